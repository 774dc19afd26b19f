"""Calls to other systems (vhub/outbound.py): only https to public addresses (loopback http by a
setting), never following a redirect, with the answer's status kept."""

import socket

import pytest

from tests.receiver import receiver
from vhub.outbound import (
    OutboundCallFailed,
    OutboundURLError,
    check_outbound_url,
    post_json,
)


def test_loopback_http_only_when_the_setting_allows_it(settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True
    assert check_outbound_url(" http://127.0.0.1:8123/hook ") == "http://127.0.0.1:8123/hook"
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = False
    with pytest.raises(OutboundURLError, match="https://"):
        check_outbound_url("http://127.0.0.1:8123/hook")
    for url in ("https://192.168.1.10/x", "https://[::1]/x", "https://169.254.169.254/latest"):
        with pytest.raises(OutboundURLError, match="public address"):
            check_outbound_url(url)
    with pytest.raises(OutboundURLError, match="full web address"):
        check_outbound_url("https://hfd.example:port/x")
    assert check_outbound_url("https://hfd.example/x") == "https://hfd.example/x"


def test_a_named_host_that_leads_into_a_private_network_is_not_called(settings, monkeypatch):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = False

    def resolve(host: str, port: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.20.30.40", 0))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(OutboundURLError, match="private network"):
        post_json("https://intranet.hfd.example/hook", b"{}", {})


def test_a_redirect_is_a_failure_not_followed_and_a_2xx_is_returned(settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True
    with receiver([302, 404]) as r:
        with pytest.raises(OutboundCallFailed) as redirected:
            post_json(r.url, b'{"a":1}', {"webhook-id": "msg_1"})
        assert redirected.value.status == 302
        with pytest.raises(OutboundCallFailed, match="HTTP 404") as missing:
            post_json(r.url, b"{}", {})
        assert missing.value.status == 404
        answer = post_json(r.url, b"{}", {})
    assert answer.status == 200
    assert len(r.calls) == 3
    assert r.calls[0].body == b'{"a":1}'
    assert r.calls[0].headers["webhook-id"] == "msg_1"
    assert r.calls[0].headers["content-type"] == "application/json"


def test_a_refused_connection_is_a_failure(settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True
    with receiver() as r:
        url = r.url
    with pytest.raises(OutboundCallFailed) as refused:
        post_json(url, b"{}", {})
    assert refused.value.status is None
