"""Sign-in and browser hardening: lockout, session limits, passwords, security headers, CSP."""

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.actions import do_sign_out_everywhere, do_unlock_sign_in
from accounts.models import User
from audit.models import AuditEvent
from tests.factories import TEST_PASSWORD, UserFactory
from tests.two_factor import pass_two_factor
from vhub.errors import ActionPermissionError

ROOT = Path(__file__).resolve().parents[2]
START = timezone.now().replace(microsecond=0)


def _sign_in(client: Client, username: str, password: str = TEST_PASSWORD, ip: str = "192.0.2.1"):
    """Sign in through the login page; on success, pass the second factor too."""
    response = client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )
    if response.status_code == 302:
        pass_two_factor(client, User.objects.get(username=username))
    return response


# --- Brute force ---------------------------------------------------------------------------


def test_five_failed_sign_ins_lock_the_account_with_a_clear_message(
    db, practitioner, settings
) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _sign_in(client, practitioner.username, "wrong-password-123").status_code == 200
    locked = _sign_in(client, practitioner.username, "wrong-password-123")
    assert locked.status_code == 429
    assert "Sign-in is locked for now" in locked.content.decode()
    # Even the right password is refused while locked, from another address too.
    again = _sign_in(Client(), practitioner.username, ip="198.51.100.7")
    assert again.status_code == 429
    assert "_auth_user_id" not in Client().session
    assert AuditEvent.objects.filter(action="auth.locked_out").exists()
    assert (
        AuditEvent.objects.filter(action="auth.login_failed").count() >= settings.AXES_FAILURE_LIMIT
    )


def test_an_address_that_tries_many_accounts_is_locked(db, practitioner, settings) -> None:
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, f"guess{n}", "wrong-password-123", ip="203.0.113.9")
    # A real account from that address is refused; the same account elsewhere is not.
    assert _sign_in(Client(), practitioner.username, ip="203.0.113.9").status_code == 429
    assert _sign_in(Client(), practitioner.username, ip="192.0.2.50").status_code == 302


def test_an_administrator_unlocks_a_locked_account_and_it_is_audited(
    db, practitioner, settings
) -> None:
    admin = UserFactory(username="admin.user", roles=["admin"], agency=None, is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(Client(), practitioner.username, "wrong-password-123", ip="192.0.2.1")
    assert _sign_in(Client(), practitioner.username, ip="192.0.2.2").status_code == 429

    cleared = do_unlock_sign_in(username=practitioner.username, actor=admin)

    assert cleared >= 1
    assert _sign_in(Client(), practitioner.username, ip="192.0.2.2").status_code == 302
    event = AuditEvent.objects.get(action="auth.unlock")
    assert event.actor_id == admin.pk
    assert event.details["username"] == practitioner.username


def test_only_an_administrator_may_unlock(db, practitioner, supervisor) -> None:
    with pytest.raises(ActionPermissionError):
        do_unlock_sign_in(username=practitioner.username, actor=supervisor)
    assert not AuditEvent.objects.filter(action="auth.unlock").exists()


# --- Sessions -------------------------------------------------------------------------------


def test_session_is_rotated_at_sign_in(db, practitioner) -> None:
    client = Client()
    client.get(reverse("login"))
    client.cookies["sessionid"] = "before-sign-in"
    _sign_in(client, practitioner.username)
    assert client.cookies["sessionid"].value != "before-sign-in"


def test_idle_session_is_signed_out_after_fifteen_minutes_and_says_why(db, practitioner) -> None:
    client = Client()
    with time_machine.travel(START, tick=False):
        assert _sign_in(client, practitioner.username).status_code == 302
    with time_machine.travel(START + timedelta(minutes=14), tick=False):
        assert client.get(reverse("referrals:queue")).status_code == 200
    # 14 minutes after the last request is still inside the limit.
    with time_machine.travel(START + timedelta(minutes=28), tick=False):
        assert client.get(reverse("referrals:queue")).status_code == 200
    with time_machine.travel(START + timedelta(minutes=44), tick=False):
        response = client.get(reverse("referrals:queue"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        followed = client.get(response["Location"])
    assert "had not been used for 15 minutes" in followed.content.decode()
    event = AuditEvent.objects.get(action="auth.session_expired")
    assert event.details["reason"] == "idle"
    assert event.actor_id == practitioner.pk


def test_session_ends_at_the_absolute_limit_however_busy(db, practitioner, settings) -> None:
    client = Client()
    with time_machine.travel(START, tick=False):
        _sign_in(client, practitioner.username)
    hours = settings.SESSION_ABSOLUTE_HOURS
    for minute in range(10, hours * 60, 10):
        with time_machine.travel(START + timedelta(minutes=minute), tick=False):
            assert client.get(reverse("referrals:queue")).status_code == 200
    with time_machine.travel(START + timedelta(hours=hours, minutes=5), tick=False):
        assert client.get(reverse("referrals:queue")).status_code == 302
    assert AuditEvent.objects.get(action="auth.session_expired").details["reason"] == "absolute"


def test_keep_alive_counts_as_activity(db, practitioner) -> None:
    client = Client()
    with time_machine.travel(START, tick=False):
        _sign_in(client, practitioner.username)
    with time_machine.travel(START + timedelta(minutes=13), tick=False):
        response = client.post(reverse("accounts:keep_alive"), HTTP_X_REQUESTED_WITH="fetch")
        assert response.status_code == 204
    with time_machine.travel(START + timedelta(minutes=26), tick=False):
        assert client.get(reverse("referrals:queue")).status_code == 200


def test_pages_carry_the_idle_warning_for_signed_in_people_only(
    db, practitioner, client_for
) -> None:
    page = client_for(practitioner).get(reverse("referrals:queue")).content.decode()
    assert 'id="session-warning"' in page
    # 15 minutes, less the minute within which activity is noted once (accounts/middleware.py).
    assert 'data-idle-seconds="840"' in page
    assert 'id="session-warning"' not in Client().get(reverse("login")).content.decode()


def test_sign_out_everywhere_ends_every_other_session(db, practitioner) -> None:
    laptop, phone = Client(), Client()
    _sign_in(laptop, practitioner.username)
    _sign_in(phone, practitioner.username)
    response = laptop.post(reverse("accounts:sign_out_everywhere"))
    assert response.status_code == 302
    assert phone.get(reverse("referrals:queue")).status_code == 302
    assert laptop.get(reverse("referrals:queue")).status_code == 302
    assert AuditEvent.objects.filter(action="auth.sign_out_everywhere").count() == 1
    assert AuditEvent.objects.get(action="auth.session_expired").details["reason"] == "everywhere"


def test_only_an_administrator_signs_someone_else_out(db, practitioner, supervisor) -> None:
    with pytest.raises(ActionPermissionError):
        do_sign_out_everywhere(practitioner, actor=supervisor)
    practitioner.refresh_from_db()
    assert practitioner.session_generation == 0


# --- Passwords ------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["short-pw1", "password1234", "123456789012", "practitioner1"])
def test_weak_passwords_are_refused(db, password: str) -> None:
    user = UserFactory.build(username="practitioner1")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_uncommon_password_is_accepted(db) -> None:
    validate_password("lantern-orchard-gravel-71")


def test_passwords_are_hashed_with_argon2_in_every_environment() -> None:
    import vhub.settings as configured

    assert configured.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    from django.contrib.auth.hashers import Argon2PasswordHasher

    assert (
        Argon2PasswordHasher()
        .encode("lantern-orchard-gravel-71", "saltsaltsalt")
        .startswith("argon2$argon2id$")
    )


# --- Headers and browser policy -------------------------------------------------------------


def test_every_page_sends_a_strict_content_security_policy(db, practitioner, client_for) -> None:
    for client, url in [
        (Client(), reverse("login")),
        (client_for(practitioner), reverse("referrals:queue")),
        (client_for(practitioner), reverse("api-docs")),
    ]:
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy, url
        assert "style-src 'self'" in policy, url
        assert "frame-ancestors 'none'" in policy, url
        assert "unsafe-inline" not in policy, url
        assert "unsafe-eval" not in policy, url


def test_security_headers_are_set(db) -> None:
    response = Client().get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "HttpOnly" in str(response.cookies["csrftoken"])


def test_api_docs_page_has_no_inline_script(db, practitioner, client_for) -> None:
    page = client_for(practitioner).get(reverse("api-docs")).content.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    assert "<style" not in page


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"""(<style\b|\sstyle\s*=\s*["'])""", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"""\son[a-z]+\s*=\s*["']""", re.IGNORECASE)


def _templates() -> list[Path]:
    roots = [ROOT / "templates", *ROOT.glob("*/templates")]
    return [path for root in roots for path in root.rglob("*.html")]


def test_no_template_served_to_browsers_has_inline_script_style_or_handlers() -> None:
    # Templates rendered only into PDFs by WeasyPrint (they carry an @page rule) may style
    # themselves: no browser ever runs them.
    offenders = []
    for path in _templates():
        text = path.read_text()
        if "@page" in text:
            continue
        for pattern in (INLINE_SCRIPT, INLINE_STYLE, EVENT_HANDLER):
            if pattern.search(text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern.pattern}")
    assert offenders == []


def test_deploy_checks_pass_with_production_settings() -> None:
    # The browser tests' conftest allows async-unsafe calls in this process; a deployment never.
    dropped = {"SECRET_KEY", "SECRET_KEY_FILE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(
        {
            "VHUB_ENV": "production",
            "SECRET_KEY": "k7Qv2-Lr9xWm4Zp8Ty1Hs6Nd3Fb5Jc0Gu7Ea2Vo9Ri4Xk8Pw1Mq6Sl3Dn5Bh0Cz",
            "ALLOWED_HOSTS": "vhub.example.police.uk",
            "EMAIL_URL": "smtp+tls://vhub:secret@mail.example.police.uk:587",
            "AUDIT_CHECKPOINT_KEY": "Zx81-q2Lr9Vn4TbW7yHs0KdP3mGc6JfA5eRu-w3Ty",
            "DATABASE_URL": env.get("DATABASE_URL", "postgres://u:p@127.0.0.1:1/none"),
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
