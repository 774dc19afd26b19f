"""Person and referral access logs and subject access, served under /audit/ with the "audit:"
names (project/urls.py joins them to the audit app's own)."""

from django.urls import path

from governance import views

urlpatterns = [
    path("people/<int:person_id>/", views.person_log, name="person_log"),
    path("people/<int:person_id>/subject-access/", views.subject_access, name="subject_access"),
    path(
        "people/<int:person_id>/subject-access.<str:fmt>",
        views.subject_access_export,
        name="subject_access_export",
    ),
    path("referrals/<str:reference>/", views.referral_log, name="referral_log"),
]
