from django.urls import path

from dashboards import frontline_views, views

app_name = "dashboards"
urlpatterns = [
    path("overview/", views.dashboard, name="dashboard"),
    path("export/<slug:key>.csv", views.export_table, name="export"),
    path("capacity/", views.capacity, name="capacity"),
    path("capacity/absences/<int:absence_id>/remove/", views.absence_remove, name="absence_remove"),
    path("reports/", views.reports, name="reports"),
    path("reports/<str:day>.pdf", views.report, name="report"),
    # The frontline quality loop (docs/frontline.md)
    path("frontline/", frontline_views.frontline, name="frontline"),
    path(
        "frontline/referrals/<str:reference>/write/",
        frontline_views.frontline_feedback,
        name="frontline_feedback",
    ),
    path("frontline/learning-needs/", frontline_views.learning_needs, name="learning_needs"),
    path(
        "frontline/export/<slug:key>.csv", frontline_views.frontline_export, name="frontline_export"
    ),
    path("frontline/officer-audits/", frontline_views.officer_audits, name="officer_audits"),
    path(
        "frontline/officer-audits/<int:audit_id>/",
        frontline_views.officer_audit_score,
        name="officer_audit_score",
    ),
    path(
        "frontline/officer-audits/results/",
        frontline_views.officer_audit_results,
        name="officer_audit_results",
    ),
]
