from django.urls import path

from partners import views

app_name = "partners"
urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("shares/<int:share_id>/", views.share_detail, name="share"),
    path("shares/<int:share_id>/pack.pdf", views.share_pack, name="share_pack"),
    path("shares/<int:share_id>/acknowledge/", views.share_acknowledge, name="share_acknowledge"),
    path("shares/<int:share_id>/withdraw/", views.share_withdraw, name="share_withdraw"),
    path("referrals/<str:reference>/share/", views.share_new, name="share_new"),
]
