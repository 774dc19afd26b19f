"""URL map of the whole service."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts import oidc
from accounts.views import SignInView
from audit import urls as audit_urls
from governance import urls as governance_urls
from officer import urls as officer_urls
from partners import portal_views as partner_portal_views
from project import metrics
from referrals import urls as referral_urls
from referrals import views as referral_views
from risk import scan_urls as risk_scan_urls
from vhub import health, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics.metrics, name="metrics"),
    path("login/", SignInView.as_view(), name="login"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("oidc/authenticate/", oidc.start, name="oidc_authentication_init"),
    path("oidc/callback/", oidc.callback, name="oidc_authentication_callback"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "invitation/<uidb64>/<token>/",
        partner_portal_views.InvitationView.as_view(),
        name="invitation",
    ),
    path("account/", include("accounts.urls")),
    # One "referrals:" namespace for the referral pages, the officer's form (officer app) and the
    # import's risk scan (risk app).
    path(
        "referrals/",
        include(
            (
                officer_urls.urlpatterns + risk_scan_urls.urlpatterns + referral_urls.urlpatterns,
                "referrals",
            ),
            namespace="referrals",
        ),
    ),
    path("notifications/", referral_views.notifications, name="notifications"),
    path("notifications/read/", referral_views.notifications_read, name="notifications_read"),
    path("risk/", include("risk.urls")),
    path("partners/", include("partners.urls")),
    # One "audit:" namespace for the trail's own pages and governance's, which read case data.
    path(
        "audit/",
        include((audit_urls.urlpatterns + governance_urls.urlpatterns, "audit"), namespace="audit"),
    ),
    path("dashboards/", include("dashboards.urls")),
    path("api/", include("project.api_urls")),
    path("admin/", admin.site.urls),
]
