"""The API under /api/v1/, and its OpenAPI schema and docs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from referrals.api import (
    ReferralCloseView,
    ReferralDetailView,
    ReferralIntakeView,
    ReferralMergeView,
    ReferralReopenView,
)
from referrals.search_api import SearchView
from referrals.workspace_api import (
    PersonNotesView,
    ReferralAttachmentDownloadView,
    ReferralAttachmentsView,
    ReferralNoteCorrectionView,
    ReferralNotesView,
)
from risk.api import ReferralRiskView
from vhub.api_docs import ApiDocsView

urlpatterns = [
    path("v1/referrals/", ReferralIntakeView.as_view(), name="api-referral-intake"),
    path("v1/referrals/<str:reference>/", ReferralDetailView.as_view(), name="api-referral"),
    path(
        "v1/referrals/<str:reference>/risk/", ReferralRiskView.as_view(), name="api-referral-risk"
    ),
    path(
        "v1/referrals/<str:reference>/close/",
        ReferralCloseView.as_view(),
        name="api-referral-close",
    ),
    path(
        "v1/referrals/<str:reference>/reopen/",
        ReferralReopenView.as_view(),
        name="api-referral-reopen",
    ),
    path(
        "v1/referrals/<str:reference>/merge/",
        ReferralMergeView.as_view(),
        name="api-referral-merge",
    ),
    path("v1/search/", SearchView.as_view(), name="api-search"),
    # Partner agencies' own systems (docs/partner-api.md).
    path("v1/partner/", include("partners.api_urls")),
    path(
        "v1/referrals/<str:reference>/notes/",
        ReferralNotesView.as_view(),
        name="api-referral-notes",
    ),
    path(
        "v1/referrals/<str:reference>/notes/<str:note_id>/correction/",
        ReferralNoteCorrectionView.as_view(),
        name="api-referral-note-correction",
    ),
    path("v1/people/<str:person_id>/notes/", PersonNotesView.as_view(), name="api-person-notes"),
    path(
        "v1/referrals/<str:reference>/attachments/",
        ReferralAttachmentsView.as_view(),
        name="api-referral-attachments",
    ),
    path(
        "v1/referrals/<str:reference>/attachments/<str:attachment_id>/",
        ReferralAttachmentDownloadView.as_view(),
        name="api-referral-attachment",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", ApiDocsView.as_view(), name="api-docs"),
]
