"""The officer's referral form, served under /referrals/ with the "referrals:" names
(project/urls.py joins these to the referrals app's own)."""

from django.urls import path

from officer import views

urlpatterns = [
    path("new/", views.new_referral, name="new"),
    path("drafts/<int:draft_id>/", views.draft_tasks, name="draft"),
    path("drafts/<int:draft_id>/people/", views.draft_people, name="draft_people"),
    path("drafts/<int:draft_id>/check/", views.draft_check, name="draft_check"),
    path("drafts/<int:draft_id>/delete/", views.draft_delete, name="draft_delete"),
    path(
        "drafts/<int:draft_id>/<str:kind>/<str:key>/remove/",
        views.draft_remove,
        name="draft_remove",
    ),
    path(
        "drafts/<int:draft_id>/assessment/<str:key>/suggest/",
        views.draft_suggest,
        name="draft_suggest",
    ),
    path(
        "drafts/<int:draft_id>/<slug:section>/<str:key>/",
        views.draft_section,
        name="draft_entry",
    ),
    path("drafts/<int:draft_id>/<slug:section>/", views.draft_section, name="draft_section"),
    path("<str:reference>/correct/", views.correct_referral, name="correct"),
]
