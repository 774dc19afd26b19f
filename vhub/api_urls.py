"""The API under /api/v1/, and its OpenAPI schema and docs."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.authentication import SessionAuthentication

from referrals.api import ReferralDetailView, ReferralIntakeView
from risk.api import ReferralRiskView

urlpatterns = [
    path("v1/referrals/", ReferralIntakeView.as_view(), name="api-referral-intake"),
    path("v1/referrals/<str:reference>/", ReferralDetailView.as_view(), name="api-referral"),
    path(
        "v1/referrals/<str:reference>/risk/", ReferralRiskView.as_view(), name="api-referral-risk"
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # A page for people in a browser: a session only (records systems read the schema).
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api-schema", authentication_classes=[SessionAuthentication]
        ),
        name="api-docs",
    ),
]
