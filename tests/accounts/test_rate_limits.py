"""Rate limits on sign-in and the second factor: attempts per address and per account in a
window, apart from the django-axes lockout (which counts failures only)."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from tests.factories import TEST_PASSWORD
from tests.two_factor import app_device

START = datetime(2026, 11, 17, 10, 0, 5, tzinfo=UTC)
WRONG = "wrong-password-123"


@pytest.fixture(autouse=True)
def clock():
    # Windows are counted on the clock; a frozen one keeps each test inside one window.
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def _sign_in(username: str, ip: str, password: str = WRONG):
    return Client().post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_an_address_over_its_limit_gets_429_and_other_addresses_do_not(
    db, practitioner, settings
) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ADDRESS = "3/m"
    # Different accounts each time: the per-account limit and the axes lockout stay out of it.
    statuses = [_sign_in(f"someone{n}", "203.0.113.9").status_code for n in range(3)]
    assert statuses == [200, 200, 200]  # wrong passwords: the form again

    refused = _sign_in("someone3", "203.0.113.9")
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert "from this computer or network" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0
    # The right password from the same address is refused too; from another address it works.
    assert _sign_in(practitioner.username, "203.0.113.9", TEST_PASSWORD).status_code == 429
    assert _sign_in(practitioner.username, "198.51.100.7", TEST_PASSWORD).status_code == 302

    event = AuditEvent.objects.get(action="auth.rate_limited")  # once per window, not per refusal
    assert event.ip == "203.0.113.9"
    assert event.details["stage"] == "sign-in"
    assert event.details["limit"] == "address"


def test_an_account_over_its_limit_gets_429_from_any_address(db, practitioner, settings) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ACCOUNT = "2/10m"
    assert _sign_in(practitioner.username, "192.0.2.1").status_code == 200
    assert _sign_in(practitioner.username.upper(), "192.0.2.2").status_code == 200

    refused = _sign_in(practitioner.username, "192.0.2.3", TEST_PASSWORD)
    assert refused.status_code == 429
    assert "to this account" in refused.content.decode()
    # Another account from the same address is not affected.
    assert _sign_in("officer.x", "192.0.2.3").status_code == 200
    event = AuditEvent.objects.get(action="auth.rate_limited")
    assert (event.details["limit"], event.details["username"]) == (
        "account",
        practitioner.username,
    )


def test_the_window_passing_lets_sign_in_again(db, practitioner, settings, clock) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ACCOUNT = "1/10m"
    _sign_in(practitioner.username, "192.0.2.1")
    assert _sign_in(practitioner.username, "192.0.2.1", TEST_PASSWORD).status_code == 429
    clock.shift(timedelta(minutes=11))
    assert _sign_in(practitioner.username, "192.0.2.1", TEST_PASSWORD).status_code == 302


def test_a_rate_limited_sign_in_is_not_counted_as_a_failure_by_axes(
    db, practitioner, settings
) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ACCOUNT = "1/10m"
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        _sign_in(practitioner.username, "192.0.2.1")
    assert not AuditEvent.objects.filter(action="auth.locked_out").exists()
    assert AuditEvent.objects.filter(action="auth.login_failed").count() == 1


def test_looking_at_the_sign_in_page_is_not_counted(db, settings) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ADDRESS = "1/m"
    client = Client()
    for _ in range(3):
        assert client.get(reverse("login")).status_code == 200


def _password_only(user, ip: str) -> Client:
    client = Client(REMOTE_ADDR=ip)
    response = client.post(reverse("login"), {"username": user.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    app_device(user)  # an authenticator app set up at an earlier sign-in
    return client


def test_two_factor_codes_over_the_account_limit_get_429(
    db, practitioner, supervisor, settings
) -> None:
    settings.RATE_LIMIT_TWO_FACTOR_PER_ACCOUNT = "2/10m"
    client = _password_only(practitioner, "192.0.2.1")
    verify = reverse("accounts:two_factor_verify")
    assert [client.post(verify, {"token": "000000"}).status_code for _ in range(2)] == [200, 200]

    refused = client.post(verify, {"token": "000000"})
    assert refused.status_code == 429
    assert "too many security codes entered for your account" in refused.content.decode()
    event = AuditEvent.objects.get(action="auth.rate_limited")
    assert (event.actor_id, event.details["stage"]) == (practitioner.pk, "two-factor")
    # Someone else signing in from the same address is not affected.
    other = _password_only(supervisor, "192.0.2.1")
    assert other.post(verify, {"token": "000000"}).status_code == 200


def test_two_factor_codes_over_the_address_limit_get_429(
    db, practitioner, supervisor, settings
) -> None:
    settings.RATE_LIMIT_TWO_FACTOR_PER_ADDRESS = "1/m"
    verify = reverse("accounts:two_factor_verify")
    first = _password_only(practitioner, "203.0.113.9")
    assert first.post(verify, {"token": "000000"}).status_code == 200
    second = _password_only(supervisor, "203.0.113.9")
    assert second.post(verify, {"token": "000000"}).status_code == 429
    elsewhere = _password_only(supervisor, "198.51.100.7")
    assert elsewhere.post(verify, {"token": "000000"}).status_code == 200


def test_ipv6_addresses_are_counted_by_their_64_bit_network(db, settings) -> None:
    settings.RATE_LIMIT_SIGN_IN_PER_ADDRESS = "2/m"
    assert _sign_in("someone1", "2001:db8:1:2::10").status_code == 200
    assert _sign_in("someone2", "2001:db8:1:2::beef").status_code == 200
    assert _sign_in("someone3", "2001:db8:1:2:ffff::1").status_code == 429
    assert _sign_in("someone4", "2001:db8:1:3::10").status_code == 200  # another network
