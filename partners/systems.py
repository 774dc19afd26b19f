"""Agencies' own case systems on the partner API: registering and revoking their tokens, and
recognising a token on a request (docs/partner-api.md).

A system acts through a service account of its own: a partner user of its agency that has no
password and cannot sign in. So the API reaches shares through the same object permissions
(`partners.access`), runs the same actions and writes the same audit events as the portal; the
only thing new here is how the caller proves who it is.
"""

import hashlib
import secrets
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import QuerySet
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import authentication, exceptions, permissions, throttling
from rest_framework.request import Request
from rest_framework.views import APIView

from accounts.models import User
from audit.actions import record_event
from partners.models import PartnerSystem
from referrals.integration import IsVerifiedStaffOrRecordsSystem
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency
from vhub.roles import Role

# Every partner token starts with this, so a token pasted in the wrong place (a log, a
# repository) is recognisable, and a request's token is known to be a partner system's before
# it is looked up (the schema accepts both kinds of token).
TOKEN_PREFIX = "vhp_"  # noqa: S105 # nosec B105 # a marker, not a secret
SHOWN_PREFIX_LENGTH = 12  # "vhp_" and 8 characters: enough to tell a lead's systems apart


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _require_registrar(actor: User | None, agency: Agency) -> None:
    """An administrator (or a command, with no actor) registers any agency's systems; a partner
    lead only their own agency's."""
    if actor is None or actor.is_superuser or actor.has_role(Role.ADMIN):
        return
    if actor.is_partner and actor.has_role(Role.PARTNER_LEAD) and actor.agency_id == agency.pk:
        return
    raise ActionPermissionError(
        "Only an administrator or the agency's partner lead registers its systems."
    )


@transaction.atomic
def do_register_partner_system(
    *, actor: User | None, agency: Agency, name: str
) -> tuple[PartnerSystem, str]:
    """Register an agency's system. Returns it with its token, which is shown this once and
    stored only as a hash."""
    _require_registrar(actor, agency)
    name = name.strip()
    if not name:
        raise ActionError("Give the system a name your agency will recognise.", field="name")
    if len(name) > 100:
        raise ActionError("Use a name of 100 characters or fewer.", field="name")
    if PartnerSystem.objects.filter(agency=agency, name__iexact=name).exists():
        raise ActionError(f"{agency} already has a system called {name}.", field="name")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    service_user = User(
        # Unique whatever the name; never used to sign in.
        username=f"partner-system:{agency.slug}:{secrets.token_hex(4)}",
        first_name=name[:150],
        last_name="(case system)",
        agency=agency,
    )
    service_user.set_unusable_password()  # it authenticates by token only, never by sign-in
    service_user.save()
    # A partner user of the agency, so the agency group's object permissions and every
    # portal action's "only the receiving agency" check apply to it as to a person there.
    service_user.groups.add(Group.objects.get(name=Role.PARTNER_USER), agency.group)
    system = PartnerSystem.objects.create(
        agency=agency,
        name=name,
        token_prefix=token[:SHOWN_PREFIX_LENGTH],
        token_hash=hash_token(token),
        service_user=service_user,
        created_at=now(),
        created_by=actor,
    )
    record_event(
        "partner_system.register",
        actor=actor,
        obj=system,
        details={"agency": agency.name, "name": name, "prefix": system.token_prefix},
    )
    return system, token


@transaction.atomic
def do_revoke_partner_system(system: PartnerSystem, *, actor: User | None) -> PartnerSystem:
    """Revoke a system's token: refused from its next request. Its service account is
    deactivated too, so nothing can act through it."""
    system = PartnerSystem.objects.select_for_update().select_related("agency").get(pk=system.pk)
    _require_registrar(actor, system.agency)
    if system.revoked_at is not None:
        raise ActionError(f"{system.name} was already revoked.")
    system.revoked_at, system.revoked_by = now(), actor
    system.save(update_fields=["revoked_at", "revoked_by"])
    User.objects.filter(pk=system.service_user_id).update(is_active=False)
    record_event(
        "partner_system.revoke",
        actor=actor,
        obj=system,
        details={"agency": system.agency.name, "name": system.name},
    )
    return system


def agency_systems(agency_id: int) -> QuerySet[PartnerSystem]:
    """An agency's systems for its partner lead: active ones first, then by name."""
    return (
        PartnerSystem.objects.filter(agency_id=agency_id)
        .select_related("created_by", "revoked_by")
        .order_by("revoked_at", "name")
    )


# --- Recognising a system on a request ----------------------------------------------------------


class PartnerSystemAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer vhp_…`. A token without the partner prefix is not this class's
    (it may be a records system's); an unknown or revoked partner token is refused with 401."""

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[User, PartnerSystem] | None:
        header = authentication.get_authorization_header(request).split()
        if len(header) != 2 or header[0].lower() != self.keyword.lower().encode():
            return None
        try:
            token = header[1].decode()
        except UnicodeError:
            return None
        if not token.startswith(TOKEN_PREFIX):
            return None
        system = (
            PartnerSystem.objects.select_related("service_user", "agency")
            .filter(token_hash=hash_token(token), revoked_at__isnull=True)
            .first()
        )
        if system is None or not system.service_user.is_active:
            record_event(
                "auth.token_failed",
                actor=None,
                details={"prefix": token[:SHOWN_PREFIX_LENGTH], "kind": "partner system"},
            )
            raise exceptions.AuthenticationFailed("The token is not valid or has been revoked.")
        used = now()
        PartnerSystem.objects.filter(pk=system.pk).update(last_used_at=used)
        system.last_used_at = used
        return system.service_user, system

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class IsPartnerSystem(permissions.BasePermission):
    message = "Send a partner system's token: Authorization: Bearer vhp_…"

    def has_permission(self, request: Request, view: APIView) -> bool:
        return isinstance(request.auth, PartnerSystem)


class PartnerSystemThrottle(throttling.SimpleRateThrottle):
    """A rate limit per system (PARTNER_API_RATE_LIMIT), not per address: several systems may
    share one gateway, and one system may call from several."""

    scope = "partner_api"

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        if isinstance(request.auth, PartnerSystem):
            return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
        return None


class CanReadApiSchema(IsVerifiedStaffOrRecordsSystem):
    """The schema and docs: as for the records systems, and a partner system by its token."""

    message = "The API documentation is for VHub staff and registered systems."

    def has_permission(self, request: Request, view: APIView) -> bool:
        if isinstance(request.auth, PartnerSystem):
            return True
        return super().has_permission(request, view)


class PartnerSystemScheme(OpenApiAuthenticationExtension):
    """Documents the partner system's token in the OpenAPI schema."""

    target_class = "partners.systems.PartnerSystemAuthentication"
    name = "PartnerSystemToken"

    def get_security_definition(self, auto_schema: AutoSchema) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner agency's system token (it starts with `vhp_`).",
        }
