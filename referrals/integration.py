"""Integration clients: records systems that push referrals through the API with a token."""

import functools
import hashlib
import secrets
from typing import Any

from django.contrib.auth.models import Group
from django.db import connection, transaction
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions, throttling
from rest_framework.request import Request
from rest_framework.views import APIView

from accounts.models import User
from audit.actions import record_event
from referrals.models import IntegrationClient
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind
from vhub.roles import PARTNER_ROLES, Role

TOKEN_PREFIX_LENGTH = 8


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def do_create_integration_client(
    *, actor: User | None, name: str, source_system: str
) -> tuple[IntegrationClient, str]:
    """Register a records system. Returns the client and its token, which is shown this once
    and stored only as a hash."""
    if actor is not None and not (actor.is_superuser or actor.has_role(Role.ADMIN)):
        raise ActionPermissionError("Only administrators register integration clients.")
    if IntegrationClient.objects.filter(source_system=source_system).exists():
        raise ActionError(f"A client for {source_system} already exists.", field="source_system")
    token = secrets.token_urlsafe(32)
    police = Agency.objects.filter(kind=AgencyKind.POLICE).first()
    service_user = User.objects.create(
        username=f"integration:{source_system}",
        first_name=name,
        last_name="(records system)",
        agency=police,
    )
    service_user.set_unusable_password()  # it authenticates by token only, never by login
    service_user.save()
    service_user.groups.add(Group.objects.get(name=Role.OFFICER))
    client = IntegrationClient.objects.create(
        name=name,
        source_system=source_system,
        token_prefix=token[:TOKEN_PREFIX_LENGTH],
        token_hash=hash_token(token),
        service_user=service_user,
        created_at=now(),
        created_by=actor,
    )
    record_event(
        "integration.create",
        actor=actor,
        obj=client,
        details={"name": name, "source_system": source_system},
    )
    return client, token


@transaction.atomic
def do_revoke_integration_client(client: IntegrationClient, *, actor: User) -> IntegrationClient:
    client = IntegrationClient.objects.select_for_update().get(pk=client.pk)
    if client.revoked_at is None:
        client.revoked_at = now()
        client.save(update_fields=["revoked_at"])
        record_event(
            "integration.revoke",
            actor=actor,
            obj=client,
            details={"source_system": client.source_system},
        )
    return client


@functools.cache
def _token_statement() -> str:
    """The client of a token that is not revoked, its service user and the user's roles, in one
    statement built once per process from the models' columns. Sent with every intake: the
    ORM's compiling of the same read cost over 1.5 ms of CPU a request, running it 0.05 ms."""
    q = connection.ops.quote_name
    client, user, group = IntegrationClient._meta, User._meta, Group._meta
    membership = User.groups.through._meta

    def column(meta: Any, name: str) -> str:
        return q(meta.get_field(name).column)

    columns = [f"c.{q(f.column)}" for f in client.concrete_fields]
    columns += [f"u.{q(f.column)}" for f in user.concrete_fields]
    roles = (
        f"SELECT g.{column(group, 'name')} FROM {q(group.db_table)} g "  # noqa: S608 # nosec B608: model names
        f"JOIN {q(membership.db_table)} m "
        f"ON m.{column(membership, 'group')} = g.{q(group.pk.column)} "
        f"WHERE m.{column(membership, 'user')} = u.{q(user.pk.column)}"
    )
    return (
        f"SELECT {', '.join(columns)}, ARRAY({roles}) "  # noqa: S608 # nosec B608: model names
        f"FROM {q(client.db_table)} c JOIN {q(user.db_table)} u "
        f"ON u.{q(user.pk.column)} = c.{column(client, 'service_user')} "
        f"WHERE c.{column(client, 'token_hash')} = %(token_hash)s "
        f"AND c.{column(client, 'revoked_at')} IS NULL"
    )


def _client_of(token: str) -> IntegrationClient | None:
    """The token's client, not revoked, with its service user and the user's roles (read at
    every request: a revoked client is refused at its next request)."""
    rows, _ = prepared.execute(_token_statement(), {"token_hash": hash_token(token)})
    if not rows:
        return None
    row = rows[0]
    client_names = [f.attname for f in IntegrationClient._meta.concrete_fields]
    user_names = [f.attname for f in User._meta.concrete_fields]
    split = len(client_names)
    client = IntegrationClient.from_db(connection.alias, client_names, row[:split])
    user = User.from_db(connection.alias, user_names, row[split : split + len(user_names)])
    if user.is_active:
        # `role_names` is a cached property: set what it would have read.
        user.__dict__["role_names"] = frozenset(row[-1])
    client.service_user = user
    return client


class IntegrationTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <token>`; a revoked or unknown token is refused with 401."""

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[User, IntegrationClient] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                "Send the token as: Authorization: Bearer <token>"
            )
        try:
            token = header[1].decode()
        except UnicodeError as exc:
            raise exceptions.AuthenticationFailed("The token is not valid.") from exc
        # The service user's roles come in the same statement, so the intake's role check
        # does not read them again (one statement fewer for every referral sent).
        client = _client_of(token)
        if client is None:
            record_event(
                "auth.token_failed", actor=None, details={"prefix": token[:TOKEN_PREFIX_LENGTH]}
            )
            raise exceptions.AuthenticationFailed("The token is not valid or has been revoked.")
        return client.service_user, client

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class IsIntegrationClient(permissions.BasePermission):
    message = "Only a registered records system may submit referrals here."

    def has_permission(self, request: Request, view: APIView) -> bool:
        return isinstance(request.auth, IntegrationClient)


class IsVerifiedStaffOrRecordsSystem(permissions.BasePermission):
    """The API's schema and docs: VHub staff signed in with the second factor, or a registered
    records system by its token. Partner users and people with no role have no API to read."""

    message = "The API documentation is for VHub staff and registered records systems."

    def has_permission(self, request: Request, view: APIView) -> bool:
        if isinstance(request.auth, IntegrationClient):
            return True
        user = request.user
        # is_verified is added to the user by django-otp's middleware.
        if not (user and user.is_authenticated and user.is_verified()):  # type: ignore[attr-defined]
            return False
        return user.has_role(*(role for role in Role if role not in PARTNER_ROLES))


class IntegrationClientThrottle(throttling.SimpleRateThrottle):
    """Rate limit per integration client (not per address: a client may sit behind a NAT)."""

    scope = "intake"

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        if isinstance(request.auth, IntegrationClient):
            return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
        return None


class IntegrationTokenScheme(OpenApiAuthenticationExtension):
    """Documents the records-system token in the OpenAPI schema."""

    target_class = "referrals.integration.IntegrationTokenAuthentication"
    name = "RecordsSystemToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "description": "An integration client's token."}
