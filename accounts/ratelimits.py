"""Rate limits on signing in and on the second factor: attempts per address and per account in a
time window (django-ratelimit), apart from django-axes, whose lockout counts failures only."""

import hashlib
import ipaddress
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# django-ratelimit ships no type information (and mypy does not honour the override for it).
from django_ratelimit.core import get_usage  # type: ignore[import-untyped]

from audit.actions import record_event_once
from audit.middleware import axes_client_ip

log = logging.getLogger(__name__)


def _address(group: str, request: HttpRequest) -> str:
    """The address the audit trail records; an IPv6 client is counted by its /64, which one
    household or attacker usually holds whole."""
    address = axes_client_ip(request)
    if address is None:
        return "unknown"  # no usable address (a misconfigured proxy): one shared bucket
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return address


def _username(group: str, request: HttpRequest) -> str:
    return request.POST.get("username", "").strip().lower()[:150]


def _signed_in_account(group: str, request: HttpRequest) -> str:
    return str(request.user.pk)


@dataclass(frozen=True)
class Limit:
    name: str  # what is counted: "address" or "account"
    key: Callable[[str, HttpRequest], str]
    setting: str  # the settings name of its rate, e.g. "30/m" or "10/10m"


SIGN_IN = (
    Limit("address", _address, "RATE_LIMIT_SIGN_IN_PER_ADDRESS"),
    Limit("account", _username, "RATE_LIMIT_SIGN_IN_PER_ACCOUNT"),
)
TWO_FACTOR = (
    Limit("address", _address, "RATE_LIMIT_TWO_FACTOR_PER_ADDRESS"),
    Limit("account", _signed_in_account, "RATE_LIMIT_TWO_FACTOR_PER_ACCOUNT"),
)


def _usage(request: HttpRequest, group: str, limit: Limit) -> dict | None:
    try:
        return get_usage(
            request,
            group=group,
            key=limit.key,
            rate=getattr(settings, limit.setting),
            method="POST",
            increment=True,
        )
    except Exception:
        # The limit is a second line behind django-axes (which keeps its counts in the
        # database): an unreachable cache must not stop people signing in.
        log.exception("Rate limit not checked: the cache is unavailable")
        return None


def _refuse(request: HttpRequest, stage: str, limit: Limit, usage: dict) -> HttpResponse:
    seconds = max(int(usage["time_left"]), 1)
    user = request.user if request.user.is_authenticated else None
    details = {"stage": stage, "limit": limit.name}
    if stage == "sign-in":
        details["username"] = _username(stage, request)
    key_value = limit.key(stage, request)
    record_event_once(
        "auth.rate_limited",
        key=f"{stage}:{limit.name}:{hashlib.sha256(key_value.encode()).hexdigest()}",
        within_seconds=seconds,
        actor=user,
        details=details,
    )
    response = render(
        request,
        "registration/rate_limited.html",
        {
            "stage": stage,
            "limit": limit.name,
            "wait": timedelta(minutes=math.ceil(seconds / 60)),
        },
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


def rate_limited(
    stage: str, limits: tuple[Limit, ...]
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Refuse a POST to the view with 429 (a page, and an audit event) once any of `limits` is
    used up; GETs are not counted."""

    def decorator(view: Any) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "POST":
                for limit in limits:
                    usage = _usage(request, f"{stage}:{limit.name}", limit)
                    if usage is not None and usage["should_limit"]:
                        return _refuse(request, stage, limit, usage)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


limit_sign_in = rate_limited("sign-in", SIGN_IN)
limit_two_factor = rate_limited("two-factor", TWO_FACTOR)
