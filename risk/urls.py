from django.urls import path

from risk import views

app_name = "risk"
urlpatterns = [
    path("approvals/", views.approvals, name="approvals"),
    path("assessments/<int:assessment_id>/decide/", views.decide, name="decide"),
    path(
        "referrals/<str:reference>/children/<int:subject_id>/assess/", views.assess, name="assess"
    ),
    path(
        "referrals/<str:reference>/children/<int:subject_id>/suggest/",
        views.suggest,
        name="suggest",
    ),
    path("reviews/", views.reviews, name="reviews"),
    path("reviews/<int:flag_id>/", views.review_flag, name="review_flag"),
    path("model/", views.risk_model, name="model"),
    path("lexicon/", views.lexicon, name="lexicon"),
    path("lexicon/<int:term_id>/toggle/", views.lexicon_toggle, name="lexicon_toggle"),
]
