from django.urls import path

from referrals import rota_views, search_views, views, workspace_views

app_name = "referrals"
urlpatterns = [
    path("mine/", views.my_referrals, name="mine"),
    path("search/", search_views.search, name="search"),
    path("queue/", views.queue, name="queue"),
    path("queue/close/", views.bulk_close, name="bulk_close"),
    path("closures/", views.closures_waiting, name="closures"),
    path("queue/next/", views.next_case, name="next_case"),
    path("queue/allocate/", views.allocate, name="allocate"),
    path("sla/", views.sla_policy, name="sla"),
    path("sla/history/", views.sla_policy_history, name="sla_history"),
    path("rota/", rota_views.rota, name="rota"),
    path("rota/<int:entry_id>/remove/", rota_views.rota_remove, name="rota_remove"),
    path("imports/", views.imports, name="imports"),
    path("imports/<int:job_id>/", views.import_job, name="import_job"),
    path("people/<int:person_id>/", views.person_detail, name="person"),
    path("people/<int:person_id>/notes/", workspace_views.add_person_note, name="person_add_note"),
    path(
        "people/<int:person_id>/notes/<int:note_id>/",
        workspace_views.person_note,
        name="person_note",
    ),
    path("matches/", views.matches, name="matches"),
    path("matches/confirm/", views.confirm_matches, name="confirm_matches"),
    path("matches/reject/", views.reject_matches, name="reject_matches"),
    path("matches/<int:match_id>/", views.decide_match, name="decide_match"),
    path(
        "sla/closures/<int:closure_id>/remove/", views.sla_closure_remove, name="sla_closure_remove"
    ),
    path("<str:reference>/", views.detail, name="detail"),
    path("<str:reference>/history/", views.referral_history, name="history"),
    path("<str:reference>/triage/", views.start_triage, name="start_triage"),
    path("<str:reference>/route/", views.route_referral, name="route"),
    path("<str:reference>/return/", views.return_to_officer, name="return_to_officer"),
    path("<str:reference>/close/", views.close_referral, name="close"),
    path("<str:reference>/reopen/", views.reopen_referral, name="reopen"),
    path("<str:reference>/merge/", views.merge_referral, name="merge"),
    path("<str:reference>/notes/", workspace_views.add_note, name="add_note"),
    path("<str:reference>/notes/<int:note_id>/", workspace_views.referral_note, name="note"),
    path("<str:reference>/attachments/", workspace_views.add_attachment, name="add_attachment"),
    path(
        "<str:reference>/attachments/<int:attachment_id>/",
        workspace_views.attachment,
        name="attachment",
    ),
]
