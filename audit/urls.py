"""The audit trail's own pages; project/urls.py adds governance's under the same "audit:" names."""

from django.urls import path

from audit import views

app_name = "audit"
urlpatterns = [
    path("events/", views.events, name="events"),
    path("events.csv", views.events_csv, name="events_csv"),
    path("retention/", views.retention, name="retention"),
    path("retention/<int:review_id>/", views.retention_decide, name="retention_decide"),
]
