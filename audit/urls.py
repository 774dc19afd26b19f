from django.urls import path

from audit import views

app_name = "audit"
urlpatterns = [
    path("events/", views.events, name="events"),
    path("events.csv", views.events_csv, name="events_csv"),
    path("people/<int:person_id>/", views.person_log, name="person_log"),
    path("people/<int:person_id>/subject-access/", views.subject_access, name="subject_access"),
    path(
        "people/<int:person_id>/subject-access.<str:fmt>",
        views.subject_access_export,
        name="subject_access_export",
    ),
    path("referrals/<str:reference>/", views.referral_log, name="referral_log"),
    path("retention/", views.retention, name="retention"),
    path("retention/<int:review_id>/", views.retention_decide, name="retention_decide"),
]
