"""The API under /api/v1/, and its OpenAPI schema and docs."""

from django.contrib.auth.views import redirect_to_login
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.authentication import SessionAuthentication

from referrals.api import (
    ReferralCloseView,
    ReferralDetailView,
    ReferralIntakeView,
    ReferralMergeView,
    ReferralReopenView,
)
from risk.api import ReferralRiskView


class ApiDocsView(SpectacularSwaggerSplitView):
    """The docs page, for people in a browser with a session (records systems read the
    schema). Someone not signed in is asked to sign in and brought back, not refused."""

    authentication_classes = [SessionAuthentication]

    def dispatch(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)


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
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", ApiDocsView.as_view(url_name="api-schema"), name="api-docs"),
]
