from django.urls import path

from partners import (
    portal_views,
    search_views,
    sharing_views,
    system_views,
    views,
    webhook_views,
)

app_name = "partners"
urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("search/", search_views.search, name="search"),
    path("shares/<int:share_id>/", views.share_detail, name="share"),
    path("shares/<int:share_id>/history/", views.share_history, name="share_history"),
    path("shares/<int:share_id>/pack.pdf", views.share_pack, name="share_pack"),
    path(
        "shares/<int:share_id>/attachments/<int:attachment_id>/",
        views.share_attachment,
        name="share_attachment",
    ),
    path(
        "shares/<int:share_id>/messages/<int:message_id>/attachments/<int:attachment_id>/",
        views.message_attachment,
        name="message_attachment",
    ),
    path("shares/<int:share_id>/acknowledge/", views.share_acknowledge, name="share_acknowledge"),
    path("shares/<int:share_id>/withdraw/", views.share_withdraw, name="share_withdraw"),
    # VHub's side of sharing (docs/sharing.md)
    path("referrals/<str:reference>/share/", sharing_views.share_new, name="share_new"),
    path("referrals/<str:reference>/marac/", sharing_views.marac_refer, name="marac_refer"),
    path(
        "referrals/<str:reference>/disclosures.csv",
        sharing_views.disclosures_csv,
        name="disclosures_csv",
    ),
    path("shares/<int:share_id>/authorise/", sharing_views.share_authorise, name="share_authorise"),
    path("shares/<int:share_id>/refuse/", sharing_views.share_refuse, name="share_refuse"),
    path("authorisations/", sharing_views.authorisations, name="authorisations"),
    path("sharing-rules/", sharing_views.sharing_rules, name="sharing_rules"),
    path("encompass/<int:notice_id>/", sharing_views.encompass_notice, name="encompass"),
    path("marac/", sharing_views.marac_meeting_list, name="marac_list"),
    path("marac/meetings/", sharing_views.marac_meetings, name="marac_meetings"),
    path(
        "marac/meetings/<int:meeting_id>/remove/",
        sharing_views.marac_meeting_remove,
        name="marac_meeting_remove",
    ),
    # The partner portal (docs/partner-portal.md)
    path("shares/<int:share_id>/outcome/", portal_views.share_outcome, name="share_outcome"),
    path("shares/<int:share_id>/decline/", portal_views.share_decline, name="share_decline"),
    path("shares/<int:share_id>/messages/", portal_views.share_message, name="share_message"),
    path("isrs/", portal_views.isrs, name="isrs"),
    path("isrs/new/", portal_views.isr_new, name="isr_new"),
    path("isrs/queue/", portal_views.isr_queue, name="isr_queue"),
    path("isrs/<int:isr_id>/", portal_views.isr_detail, name="isr"),
    path(
        "isrs/<int:isr_id>/attachments/<int:attachment_id>/",
        portal_views.isr_attachment,
        name="isr_attachment",
    ),
    path("team/", portal_views.team, name="team"),
    path("team/invite/", portal_views.team_invite, name="team_invite"),
    path("team/<int:user_id>/active/", portal_views.team_user_active, name="team_user_active"),
    path(
        "team/<int:user_id>/safeguarding-lead/",
        portal_views.team_user_safeguarding_lead,
        name="team_user_safeguarding_lead",
    ),
    path("preferences/", portal_views.preferences, name="preferences"),
    path("notices/", portal_views.notices, name="notices"),
    # The partner lead's webhooks to the agency's own system (docs/webhooks.md)
    path("webhooks/", webhook_views.webhooks, name="webhooks"),
    path("webhooks/new/", webhook_views.webhook_new, name="webhook_new"),
    path("webhooks/<int:webhook_id>/", webhook_views.webhook, name="webhook"),
    path("webhooks/<int:webhook_id>/active/", webhook_views.webhook_active, name="webhook_active"),
    path(
        "webhooks/<int:webhook_id>/deliveries/<int:delivery_id>/replay/",
        webhook_views.webhook_replay,
        name="webhook_replay",
    ),
    # The agency's case systems on the partner API (docs/partner-api.md)
    path("systems/", system_views.systems, name="systems"),
    path("systems/new/", system_views.system_new, name="system_new"),
    path("systems/<int:system_id>/revoke/", system_views.system_revoke, name="system_revoke"),
]
