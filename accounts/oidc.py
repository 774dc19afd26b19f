"""Single sign-on for force staff through the force's OpenID Connect provider (off unless
OIDC_ENABLED). The provider's groups map to VHub roles; a person with no mapped group gets no
account. If the provider says it checked a second factor (the `amr` claim), VHub does not ask
again; otherwise the person sets up VHub's own two-factor sign-in as everyone else does."""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from accounts.middleware import IDP_MFA_SESSION_KEY
from audit.actions import record_event
from vhub.models import Agency, AgencyKind
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User


def mapped_roles(claims: dict) -> set[str]:
    groups = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(groups, str):
        groups = [groups]
    valid = {role.value for role in Role}
    return {
        settings.OIDC_ROLE_MAP[group]
        for group in groups
        if group in settings.OIDC_ROLE_MAP and settings.OIDC_ROLE_MAP[group] in valid
    }


class VHubOIDCBackend(OIDCAuthenticationBackend):
    """People are matched on the provider's stable subject identifier, never on an e-mail
    address (addresses are reused when people leave)."""

    def verify_claims(self, claims: Any) -> bool:
        if not claims.get("sub") or not mapped_roles(claims):
            record_event(
                "auth.sso_refused",
                actor=None,
                details={"subject": str(claims.get("sub", ""))[:150], "reason": "no VHub role"},
            )
            return False
        return True

    def filter_users_by_claims(self, claims: Any) -> QuerySet["User"]:
        return self.UserModel.objects.filter(oidc_subject=claims["sub"], is_active=True)

    def create_user(self, claims: Any) -> "User":
        username = claims.get("preferred_username") or f"sso-{claims['sub']}"
        if self.UserModel.objects.filter(username=username).exists():
            username = f"sso-{claims['sub']}"
        user = self.UserModel(
            username=username[:150],
            oidc_subject=claims["sub"],
            agency=Agency.objects.filter(kind=AgencyKind.POLICE).order_by("pk").first(),
        )
        user.set_unusable_password()
        user.save()
        record_event("auth.sso_account_created", actor=None, obj=user)
        return self.update_user(user, claims)

    def update_user(self, user: "User", claims: Any) -> "User":
        user.first_name = str(claims.get("given_name", user.first_name))[:150]
        user.last_name = str(claims.get("family_name", user.last_name))[:150]
        user.email = str(claims.get("email", user.email))[:254]
        user.save(update_fields=["first_name", "last_name", "email"])
        wanted = mapped_roles(claims)
        role_names = {role.value for role in Role}
        current = set(user.groups.filter(name__in=role_names).values_list("name", flat=True))
        if current != wanted:
            user.groups.remove(*Group.objects.filter(name__in=current - wanted))
            user.groups.add(*Group.objects.filter(name__in=wanted - current))
            record_event(
                "auth.sso_roles",
                actor=None,
                obj=user,
                details={"roles": sorted(wanted), "previous": sorted(current)},
            )
        amr = claims.get("amr") or []
        self.request.session[IDP_MFA_SESSION_KEY] = bool(
            set(amr if isinstance(amr, list) else [amr]) & set(settings.OIDC_MFA_AMR)
        )
        return user


def _require_enabled() -> None:
    if not settings.OIDC_ENABLED:
        raise Http404


def start(request: HttpRequest) -> HttpResponseBase:
    _require_enabled()
    return OIDCAuthenticationRequestView.as_view()(request)


def callback(request: HttpRequest) -> HttpResponseBase:
    _require_enabled()
    return OIDCAuthenticationCallbackView.as_view()(request)
