"""What a signed-in request costs in session and second-factor reads, and that making it cheap
weakened nothing: a removed device, sign-out, the idle limit and a flushed cache still hold."""

from datetime import timedelta

import time_machine
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.actions import do_reset_two_factor
from accounts.middleware import idle_seconds
from accounts.two_factor import delete_devices
from tests.factories import TEST_PASSWORD, UserFactory
from tests.two_factor import app_device, pass_two_factor

START = timezone.now().replace(microsecond=0)


def _statements(client: Client, url: str, method: str = "get") -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        getattr(client, method)(url)
    return [q["sql"] for q in queries]


def _queue(client: Client) -> int:
    return client.get(reverse("referrals:queue")).status_code


def test_a_verified_session_reads_its_device_once(db, practitioner) -> None:
    # Signed in by hand: `client_for` makes a first request already (tests/conftest.py).
    client = Client()
    assert client.login(
        request=HttpRequest(), username=practitioner.username, password=TEST_PASSWORD
    )
    pass_two_factor(client, practitioner)
    first = _statements(client, reverse("referrals:queue"))
    assert any("otp_totp_totpdevice" in sql for sql in first)
    again = _statements(client, reverse("referrals:queue"))
    assert not any("otp_totp_totpdevice" in sql for sql in again)
    assert _queue(client) == 200


def test_a_page_soon_after_another_reads_and_writes_no_session_row(
    db, practitioner, client_for
) -> None:
    with time_machine.travel(START, tick=False):
        client = client_for(practitioner)
        assert _queue(client) == 200
    with time_machine.travel(START + timedelta(seconds=20), tick=False):
        statements = _statements(client, reverse("referrals:queue"))
    assert not any("django_session" in sql for sql in statements)


def test_a_deleted_device_ends_the_sessions_it_verified(db, practitioner, client_for) -> None:
    laptop, phone = client_for(practitioner), client_for(practitioner)
    assert _queue(laptop) == 200
    assert _queue(phone) == 200
    app_device(practitioner).delete()
    for client in (laptop, phone):
        response = client.get(reverse("referrals:queue"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_all_devices_removed_ends_the_session_too(db, practitioner, client_for) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    delete_devices(practitioner)
    assert _queue(client) == 302


def test_an_administrators_reset_still_ends_the_session(db, practitioner, client_for) -> None:
    admin = UserFactory(username="admin.user", roles=["admin"], agency=None, is_staff=True)
    client = client_for(practitioner)
    assert _queue(client) == 200
    do_reset_two_factor(practitioner, actor=admin)
    assert _queue(client) == 302


def test_an_unconfirmed_device_no_longer_verifies(db, practitioner, client_for) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    device = app_device(practitioner)
    device.confirmed = False
    device.save()
    assert _queue(client) == 302


def test_a_device_given_to_someone_else_no_longer_verifies_its_owner(
    db, practitioner, supervisor, client_for
) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    device = app_device(practitioner)
    device.user = supervisor
    device.save()
    assert _queue(client) == 302


def test_a_device_saved_after_a_code_keeps_the_session(db, practitioner, client_for) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    device = app_device(practitioner)
    device.throttle_reset()  # what checking a right code saves
    assert _queue(client) == 200


def test_signing_out_ends_the_cached_session(db, practitioner, client_for) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    cookie = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    stale = Client()
    stale.cookies["sessionid"] = cookie
    assert stale.get(reverse("referrals:queue")).status_code == 302


def test_a_flushed_cache_signs_nobody_out(db, practitioner, client_for) -> None:
    client = client_for(practitioner)
    assert _queue(client) == 200
    cache.clear()
    assert _queue(client) == 200


def test_activity_noted_once_a_minute_keeps_a_busy_session_open(
    db, practitioner, client_for
) -> None:
    with time_machine.travel(START, tick=False):
        client = client_for(practitioner)
    for seconds in range(0, 40 * 60, 45):
        with time_machine.travel(START + timedelta(seconds=seconds), tick=False):
            assert _queue(client) == 200


def test_the_idle_limit_holds_within_the_resolution(db, practitioner, client_for, settings) -> None:
    with time_machine.travel(START, tick=False):
        client = client_for(practitioner)
        assert _queue(client) == 200
    # A page 50 s later notes nothing; the limit is counted from START, so it ends the session
    # a little early rather than late.
    with time_machine.travel(START + timedelta(seconds=50), tick=False):
        assert _queue(client) == 200
    limit = settings.SESSION_IDLE_MINUTES * 60
    with time_machine.travel(START + timedelta(seconds=limit + 1), tick=False):
        assert _queue(client) == 302
    # The page's warning counts on the shorter time.
    assert idle_seconds() == limit - settings.SESSION_SEEN_RESOLUTION_SECONDS
