from django.urls import path

from dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("overview/", views.dashboard, name="dashboard"),
    path("export/<slug:key>.csv", views.export_table, name="export"),
    path("capacity/", views.capacity, name="capacity"),
    path("capacity/absences/<int:absence_id>/remove/", views.absence_remove, name="absence_remove"),
    path("reports/", views.reports, name="reports"),
    path("reports/<str:day>.pdf", views.report, name="report"),
]
