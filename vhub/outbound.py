"""Calls VHub makes to other systems (a partner's webhook receiver, a Teams channel): only to a
URL someone configured, over https (plain http only to this machine's loopback address, and only
where OUTBOUND_ALLOW_LOOPBACK_HTTP is on), with a timeout, never following a redirect."""

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPResponse
from urllib.parse import urlsplit

from django.conf import settings

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
# How much of an answer is kept for the delivery log (never shown as HTML).
KEEP_ANSWER = 200


class OutboundURLError(ValueError):
    """A URL VHub will not call; the message says why, for the person who typed it."""


class OutboundCallFailed(Exception):
    """The call went wrong: a refused connection, a timeout, or an answer other than 2xx."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Answer:
    status: int
    body: str


def check_outbound_url(url: str) -> str:
    """The URL as VHub will call it, or OutboundURLError. https to a named host or a public
    address; http only to the loopback address when the setting allows it (tests, development)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise OutboundURLError("Enter a full web address, starting https://") from exc
    if not host:
        raise OutboundURLError("Enter a full web address, starting https://")
    if parts.username or parts.password:
        raise OutboundURLError("Leave user names and passwords out of the address.")
    if parts.scheme == "http" and host in LOOPBACK_HOSTS and settings.OUTBOUND_ALLOW_LOOPBACK_HTTP:
        return url.strip()
    if parts.scheme != "https":
        raise OutboundURLError("The address must start https:// so the call is encrypted.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if host in LOOPBACK_HOSTS or (address is not None and not address.is_global):
        raise OutboundURLError("Give the receiver's public address, not a private network's.")
    return url.strip()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer like any other (and a failure): VHub calls only the URL given."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _check_resolves_publicly(url: str) -> None:
    """A named host must not lead into a private network (a partner lead's address pointing at
    one of the force's own internal services): every address it resolves to must be public.
    The loopback receiver of tests and development is the one exception, by its setting."""
    host = urlsplit(url).hostname or ""
    if host in LOOPBACK_HOSTS and settings.OUTBOUND_ALLOW_LOOPBACK_HTTP:
        return
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except OSError as exc:
        raise OutboundCallFailed(f"The address's host name was not found: {exc}") from exc
    for address in addresses:
        if not ipaddress.ip_address(address.split("%")[0]).is_global:
            raise OutboundURLError("The address leads to a private network; VHub will not call it.")


def post_json(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    """POST `body` (JSON) to `url`, checked again here in case the setting changed since it was
    saved. A 2xx answer is returned; anything else raises OutboundCallFailed."""
    url = check_outbound_url(url)
    _check_resolves_publicly(url)
    # The scheme is checked just above: https, or http to the loopback address in tests.
    request = urllib.request.Request(  # noqa: S310
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "VHub", **headers},
    )
    try:
        response: HTTPResponse = _opener.open(  # nosec B310
            request, timeout=settings.OUTBOUND_TIMEOUT_SECONDS
        )
        with response:
            text = response.read(KEEP_ANSWER).decode("utf-8", "replace")
            return Answer(response.status, text)
    except urllib.error.HTTPError as exc:
        text = exc.read(KEEP_ANSWER).decode("utf-8", "replace") if exc.fp else ""
        raise OutboundCallFailed(f"HTTP {exc.code} {text}".strip()[:300], status=exc.code) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OutboundCallFailed(f"{type(exc).__name__}: {reason}"[:300]) from exc
