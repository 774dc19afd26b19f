from django.urls import path

from risk import views

app_name = "risk"
urlpatterns = [
    path("approvals/", views.approvals, name="approvals"),
    path("assessments/<int:assessment_id>/decide/", views.decide, name="decide"),
    path(
        "referrals/<str:reference>/children/<int:subject_id>/assess/", views.assess, name="assess"
    ),
]
