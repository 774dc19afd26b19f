"""Single sign-on against a fake OpenID Connect provider running on loopback in the test."""

import base64
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from django.http.response import HttpResponseBase
from django.test import Client

from accounts.models import User
from audit.models import AuditEvent

SECRET = "fake-provider-client-secret-for-tests-only"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _id_token(claims: dict[str, Any]) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64(json.dumps(claims).encode())
    signature = hmac.new(SECRET.encode(), f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{_b64(signature)}"


class FakeProvider:
    """Token and userinfo endpoints of an identity provider; the test sets who signs in."""

    def __init__(self) -> None:
        self.claims: dict[str, Any] = {}
        self.nonce = ""
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def _json(self, payload: dict[str, Any]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                form = parse_qs(self.rfile.read(length).decode())
                assert form["client_secret"] == [SECRET]
                assert form["code"] == ["the-code"]
                token = _id_token({"sub": provider.claims["sub"], "nonce": provider.nonce})
                self._json({"id_token": token, "access_token": "access", "token_type": "Bearer"})

            def do_GET(self) -> None:
                self._json(provider.claims)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def provider(settings):
    fake = FakeProvider()
    settings.OIDC_ENABLED = True
    settings.OIDC_RP_CLIENT_ID = "vhub"
    settings.OIDC_RP_CLIENT_SECRET = SECRET
    settings.OIDC_RP_SIGN_ALGO = "HS256"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{fake.url}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{fake.url}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{fake.url}/userinfo"
    settings.OIDC_ROLE_MAP = {
        "VHub Practitioners": "practitioner",
        "VHub Supervisors": "supervisor",
    }
    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        "accounts.oidc.VHubOIDCBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]
    yield fake
    fake.close()


def _single_sign_on(
    client: Client, provider: FakeProvider, claims: dict[str, Any]
) -> HttpResponseBase:
    start = client.get("/oidc/authenticate/?next=/referrals/queue/")
    assert start.status_code == 302
    sent = parse_qs(urlparse(start["Location"]).query)
    assert start["Location"].startswith(f"{provider.url}/authorize?")
    assert sent["code_challenge_method"] == ["S256"]
    provider.nonce = sent["nonce"][0]
    provider.claims = claims
    return client.get(f"/oidc/callback/?code=the-code&state={sent['state'][0]}")


CLAIMS = {
    "sub": "force-0042",
    "preferred_username": "j.fletcher",
    "given_name": "Jo",
    "family_name": "Fletcher",
    "email": "jo.fletcher@police.example",
    "groups": ["VHub Practitioners", "Canteen"],
    "amr": ["pwd", "mfa"],
}


def test_single_sign_on_creates_the_account_with_mapped_roles(db, provider) -> None:
    client = Client()
    response = _single_sign_on(client, provider, CLAIMS)
    assert response.status_code == 302
    assert response["Location"] == "/referrals/queue/"
    user = User.objects.get(oidc_subject="force-0042")
    assert user.username == "j.fletcher"
    assert user.get_full_name() == "Jo Fletcher"
    assert set(user.groups.values_list("name", flat=True)) == {"practitioner"}
    assert not user.has_usable_password()
    # The provider checked a second factor, so VHub does not ask again.
    assert client.get("/referrals/queue/").status_code == 200
    assert AuditEvent.objects.filter(action="auth.login", actor=user).exists()


def test_a_sign_on_without_the_providers_second_factor_needs_vhubs(db, provider) -> None:
    client = Client()
    _single_sign_on(client, provider, {**CLAIMS, "amr": ["pwd"]})
    response = client.get("/referrals/queue/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/two-factor/set-up/")


def test_roles_follow_the_provider_at_each_sign_on(db, provider) -> None:
    _single_sign_on(Client(), provider, CLAIMS)
    _single_sign_on(Client(), provider, {**CLAIMS, "groups": ["VHub Supervisors"]})
    user = User.objects.get(oidc_subject="force-0042")
    assert set(user.groups.values_list("name", flat=True)) == {"supervisor"}
    assert User.objects.filter(oidc_subject="force-0042").count() == 1
    assert AuditEvent.objects.filter(action="auth.sso_roles").count() == 2


def test_a_person_with_no_vhub_group_is_refused(db, provider) -> None:
    client = Client()
    response = _single_sign_on(client, provider, {**CLAIMS, "groups": ["Canteen"]})
    assert response.status_code == 302
    assert response["Location"] == "/login/?sso=failed"
    assert not User.objects.filter(oidc_subject="force-0042").exists()
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="auth.sso_refused").exists()
    page = client.get(response["Location"]).content.decode()
    assert "Single sign-on did not sign you in" in page


def test_an_email_address_alone_never_takes_over_an_account(db, provider, practitioner) -> None:
    practitioner.email = CLAIMS["email"]
    practitioner.save()
    _single_sign_on(Client(), provider, CLAIMS)
    practitioner.refresh_from_db()
    assert practitioner.oidc_subject == ""
    assert User.objects.get(oidc_subject="force-0042").pk != practitioner.pk


def test_single_sign_on_is_off_by_default(db) -> None:
    assert Client().get("/oidc/authenticate/").status_code == 404
    assert Client().get("/oidc/callback/?code=x&state=y").status_code == 404
    assert "force account" not in Client().get("/login/").content.decode()


def test_login_page_offers_single_sign_on_when_on(db, provider) -> None:
    assert "Sign in with your force account" in Client().get("/login/").content.decode()
