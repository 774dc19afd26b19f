"""The partner API's URLs, under /api/v1/partner/ (docs/partner-api.md). Ids are taken as text
and read by the views (partners.api_partner.object_id), so an id that is not a number is the
API's JSON 404 rather than Django's page for an unknown URL."""

from django.urls import path

from partners import api_partner as api

urlpatterns = [
    path("shares/", api.ShareListView.as_view(), name="api-partner-shares"),
    path("shares/<str:share_id>/", api.ShareDetailView.as_view(), name="api-partner-share"),
    path("shares/<str:share_id>/pack/", api.SharePackView.as_view(), name="api-partner-share-pack"),
    path(
        "shares/<str:share_id>/acknowledge/",
        api.ShareAcknowledgeView.as_view(),
        name="api-partner-share-acknowledge",
    ),
    path(
        "shares/<str:share_id>/outcome/",
        api.ShareOutcomeView.as_view(),
        name="api-partner-share-outcome",
    ),
    path(
        "shares/<str:share_id>/decline/",
        api.ShareDeclineView.as_view(),
        name="api-partner-share-decline",
    ),
    path(
        "shares/<str:share_id>/messages/",
        api.ShareMessagesView.as_view(),
        name="api-partner-share-messages",
    ),
    path("isrs/", api.IsrListView.as_view(), name="api-partner-isrs"),
    path("isrs/<str:isr_id>/", api.IsrDetailView.as_view(), name="api-partner-isr"),
    path(
        "isrs/<str:isr_id>/attachments/<str:attachment_id>/",
        api.IsrAttachmentView.as_view(),
        name="api-partner-isr-attachment",
    ),
]
