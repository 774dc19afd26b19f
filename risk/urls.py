from django.urls import path

from risk import bulk_views, quality_views, views

app_name = "risk"
urlpatterns = [
    path("approvals/", views.approvals, name="approvals"),
    path("assessments/<int:assessment_id>/decide/", views.decide, name="decide"),
    path(
        "assessments/<int:assessment_id>/history/",
        views.assessment_history,
        name="assessment_history",
    ),
    path(
        "referrals/<str:reference>/children/<int:subject_id>/assess/", views.assess, name="assess"
    ),
    path(
        "referrals/<str:reference>/children/<int:subject_id>/suggest/",
        views.suggest,
        name="suggest",
    ),
    path("reviews/", views.reviews, name="reviews"),
    path("reviews/bulk/", bulk_views.bulk_review, name="bulk_review"),
    path("reviews/<int:flag_id>/", views.review_flag, name="review_flag"),
    path("model/", views.risk_model, name="model"),
    path("model/history/", views.risk_model_history, name="model_history"),
    path("catalogue/", views.catalogue, name="catalogue"),
    path("catalogue/progress/", views.catalogue_progress, name="catalogue_progress"),
    path("catalogue/patterns.csv", views.catalogue_outcomes_csv, name="catalogue_outcomes_csv"),
    path("catalogue/history/", views.catalogue_history, name="catalogue_history"),
    path("quality/", quality_views.quality_home, name="quality"),
    path("quality/sample/", quality_views.quality_sample, name="quality_sample"),
    path("quality/<int:audit_id>/", quality_views.quality_score, name="quality_score"),
    path("quality/results/", quality_views.quality_results_page, name="quality_results"),
    path("quality/feedback/", quality_views.quality_feedback, name="quality_feedback"),
    path("quality/joint/", quality_views.joint_list, name="joint_list"),
    path("quality/joint/<int:audit_id>/", quality_views.joint_score, name="joint_score"),
]
