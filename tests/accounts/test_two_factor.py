"""Two-factor sign-in: nobody sees case data before the second factor."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.actions import do_reset_two_factor
from audit.models import AuditEvent
from tests.factories import TEST_PASSWORD, UserFactory
from tests.two_factor import app_device, current_code, recovery_code
from vhub.errors import ActionPermissionError

QUEUE = "/referrals/queue/"


def _password_only(user) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": user.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    return client


def test_a_first_sign_in_must_set_up_an_app_before_any_case_page(db, practitioner) -> None:
    client = _password_only(practitioner)
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert (
        response["Location"]
        == f"{reverse('accounts:two_factor_setup')}?next=%2Freferrals%2Fqueue%2F"
    )
    page = client.get(response["Location"]).content.decode()
    assert 'src="data:image/png;base64,' in page
    assert re.search(r'id="totp-secret">([A-Z2-7]{4} ){7}[A-Z2-7]{4}<', page)


def test_session_api_calls_are_refused_until_the_second_factor(db, practitioner, officer) -> None:
    from tests.factories import submit_referral

    referral = submit_referral(officer)
    client = _password_only(practitioner)
    response = client.get(f"/api/v1/referrals/{referral.reference}/")
    assert response.status_code == 403
    assert "Two-factor" in response.json()["detail"]


def test_enrolment_with_a_wrong_code_is_refused_and_audited(db, practitioner) -> None:
    client = _password_only(practitioner)
    client.get(reverse("accounts:two_factor_setup"))
    response = client.post(reverse("accounts:two_factor_setup"), {"token": "000000"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert 'href="#id_token"' in page
    assert not TOTPDevice.objects.filter(user=practitioner, confirmed=True).exists()
    assert AuditEvent.objects.filter(action="auth.two_factor_failed").count() == 1
    assert client.get(QUEUE).status_code == 302


def test_enrolment_confirms_the_app_gives_recovery_codes_and_rotates_the_session(
    db, practitioner
) -> None:
    client = _password_only(practitioner)
    client.get(reverse("accounts:two_factor_setup"))
    device = TOTPDevice.objects.get(user=practitioner, confirmed=False)
    before = client.session.session_key
    response = client.post(
        f"{reverse('accounts:two_factor_setup')}?next=/referrals/queue/",
        {"token": current_code(device), "next": "/referrals/queue/"},
    )
    page = response.content.decode()
    assert "Two-factor sign-in is set up" in page
    codes = re.findall(r"<li><code>(\w+)</code></li>", page)
    assert len(codes) == 10
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=practitioner).values_list("token", flat=True)
    )
    assert client.session.session_key != before
    assert client.get(QUEUE).status_code == 200
    assert AuditEvent.objects.filter(action="auth.two_factor_enrol", actor=practitioner).exists()


def test_every_later_sign_in_asks_for_a_code(db, practitioner) -> None:
    device = app_device(practitioner)
    client = _password_only(practitioner)
    response = client.get(QUEUE)
    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    response = client.post(
        reverse("accounts:two_factor_verify"), {"token": current_code(device), "next": QUEUE}
    )
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    assert client.get(QUEUE).status_code == 200
    event = AuditEvent.objects.get(action="auth.two_factor_verified")
    assert event.details["method"] == "app"


def test_an_app_code_cannot_be_replayed(db, practitioner) -> None:
    device = app_device(practitioner)
    code = current_code(device)
    first = _password_only(practitioner)
    assert first.post(reverse("accounts:two_factor_verify"), {"token": code}).status_code == 302
    second = _password_only(practitioner)
    response = second.post(reverse("accounts:two_factor_verify"), {"token": code})
    assert response.status_code == 200
    assert second.get(QUEUE).status_code == 302


def test_a_recovery_code_works_once(db, practitioner) -> None:
    app_device(practitioner)
    code = recovery_code(practitioner)
    first = _password_only(practitioner)
    assert first.post(reverse("accounts:two_factor_verify"), {"token": code}).status_code == 302
    assert first.get(QUEUE).status_code == 200
    second = _password_only(practitioner)
    assert second.post(reverse("accounts:two_factor_verify"), {"token": code}).status_code == 200
    assert second.get(QUEUE).status_code == 302


def test_repeated_wrong_codes_are_throttled(db, practitioner) -> None:
    device = app_device(practitioner)
    client = _password_only(practitioner)
    for _ in range(3):
        client.post(reverse("accounts:two_factor_verify"), {"token": "123456"})
    response = client.post(reverse("accounts:two_factor_verify"), {"token": current_code(device)})
    assert "Too many wrong codes" in response.content.decode()
    assert client.get(QUEUE).status_code == 302
    assert AuditEvent.objects.filter(action="auth.two_factor_failed").count() >= 3


def test_new_recovery_codes_replace_the_old_ones(db, practitioner, client_for) -> None:
    old = recovery_code(practitioner)
    response = client_for(practitioner).post(reverse("accounts:new_recovery_codes"))
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert old not in codes
    assert not StaticToken.objects.filter(token=old).exists()


def test_an_administrator_resets_a_lost_phone_which_ends_sessions(
    db, practitioner, client_for
) -> None:
    admin = UserFactory(username="admin.user", roles=["admin"], agency=None, is_staff=True)
    signed_in = client_for(practitioner)
    do_reset_two_factor(practitioner, actor=admin)
    assert not TOTPDevice.objects.filter(user=practitioner).exists()
    assert signed_in.get(QUEUE).status_code == 302
    event = AuditEvent.objects.get(action="auth.two_factor_reset")
    assert event.actor_id == admin.pk
    # Next sign-in goes to set-up again.
    response = _password_only(practitioner).get(QUEUE)
    assert response["Location"].startswith(reverse("accounts:two_factor_setup"))


def test_only_an_administrator_resets_two_factor(db, practitioner, supervisor) -> None:
    app_device(practitioner)
    with pytest.raises(ActionPermissionError):
        do_reset_two_factor(practitioner, actor=supervisor)
    assert TOTPDevice.objects.filter(user=practitioner).exists()


def test_health_checks_and_sign_out_need_no_second_factor(db, practitioner) -> None:
    client = _password_only(practitioner)
    assert client.get("/healthz").status_code == 200
    assert client.post(reverse("logout")).status_code == 302


def test_demo_accounts_come_enrolled_with_the_documented_key(db, settings) -> None:
    from vhub.demo import demo_totp_code

    settings.VHUB_ENV = "development"
    call_command("seed_demo", referrals=0)
    device = TOTPDevice.objects.get(user__username="practitioner")
    assert device.confirmed
    assert device.verify_token(demo_totp_code())
