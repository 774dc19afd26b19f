"""The backlog import's risk scan under /referrals/imports/, with the "referrals:" names
(project/urls.py joins these to the referrals app's list)."""

from django.urls import path

from risk import scan_views

urlpatterns = [
    path("imports/<int:job_id>/scan/", scan_views.import_scan, name="import_scan"),
    path("imports/<int:job_id>/scan.csv", scan_views.import_scan_csv, name="import_scan_csv"),
]
