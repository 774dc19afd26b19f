"""Request types for views that only a signed-in user reaches, so `request.user` is a `User`."""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails
from rest_framework.request import Request

from accounts.models import User


class AuthenticatedHttpRequest(HttpRequest):
    """A page request behind `login_required` (or a check that refuses anonymous users)."""

    user: User
    htmx: HtmxDetails  # set by django-htmx's middleware


class AuthenticatedRequest(Request):
    """An API request behind `IsAuthenticated` or the integration client's authentication."""

    user: User
