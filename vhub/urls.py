"""URL map of the whole service."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from referrals import views as referral_views
from vhub import health, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("referrals/", include("referrals.urls")),
    path("notifications/", referral_views.notifications, name="notifications"),
    path("notifications/read/", referral_views.notifications_read, name="notifications_read"),
    path("risk/", include("risk.urls")),
    path("partners/", include("partners.urls")),
    path("audit/", include("audit.urls")),
    path("api/", include("vhub.api_urls")),
    path("admin/", admin.site.urls),
]
