from django.urls import path

from referrals import views

app_name = "referrals"
urlpatterns = [
    path("mine/", views.my_referrals, name="mine"),
    path("new/", views.new_referral, name="new"),
    path("queue/", views.queue, name="queue"),
    path("queue/next/", views.next_case, name="next_case"),
    path("queue/allocate/", views.allocate, name="allocate"),
    path("sla/", views.sla_policy, name="sla"),
    path("imports/", views.imports, name="imports"),
    path("imports/<int:job_id>/", views.import_job, name="import_job"),
    path("people/<int:person_id>/", views.person_detail, name="person"),
    path("matches/<int:match_id>/", views.decide_match, name="decide_match"),
    path(
        "sla/closures/<int:closure_id>/remove/", views.sla_closure_remove, name="sla_closure_remove"
    ),
    path("<str:reference>/", views.detail, name="detail"),
    path("<str:reference>/triage/", views.start_triage, name="start_triage"),
    path("<str:reference>/route/", views.route_referral, name="route"),
]
