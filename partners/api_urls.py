"""The partner API's URLs, under /api/v1/partner/ (docs/partner-api.md)."""

from django.urls import path

from partners import api_partner as api

urlpatterns = [
    path("shares/", api.ShareListView.as_view(), name="api-partner-shares"),
    path("shares/<int:share_id>/", api.ShareDetailView.as_view(), name="api-partner-share"),
    path("shares/<int:share_id>/pack/", api.SharePackView.as_view(), name="api-partner-share-pack"),
    path(
        "shares/<int:share_id>/acknowledge/",
        api.ShareAcknowledgeView.as_view(),
        name="api-partner-share-acknowledge",
    ),
    path(
        "shares/<int:share_id>/outcome/",
        api.ShareOutcomeView.as_view(),
        name="api-partner-share-outcome",
    ),
    path(
        "shares/<int:share_id>/decline/",
        api.ShareDeclineView.as_view(),
        name="api-partner-share-decline",
    ),
    path(
        "shares/<int:share_id>/messages/",
        api.ShareMessagesView.as_view(),
        name="api-partner-share-messages",
    ),
    path("isrs/", api.IsrListView.as_view(), name="api-partner-isrs"),
    path("isrs/<int:isr_id>/", api.IsrDetailView.as_view(), name="api-partner-isr"),
    path(
        "isrs/<int:isr_id>/attachments/<int:attachment_id>/",
        api.IsrAttachmentView.as_view(),
        name="api-partner-isr-attachment",
    ),
]
