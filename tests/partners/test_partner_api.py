"""The partner API (docs/partner-api.md): an agency's own case system takes its shares out of VHub
and answers them through the portal's actions, with a token of its own."""

import hashlib
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import Client

from audit.models import AuditEvent
from partners.marac import do_refer_to_marac
from partners.models import MaracMeeting, PartnerSystem, Share, ShareMessage
from partners.portal_actions import IsrInput, do_raise_isr, do_respond_isr
from partners.systems import (
    PartnerSystemThrottle,
    do_register_partner_system,
    do_revoke_partner_system,
    hash_token,
)
from referrals.integration import do_create_integration_client
from referrals.models import ClockKind, ClockState, Notification, SlaClock
from tests.factories import (
    UserFactory,
    approved_referral,
    partner_system,
    share_with,
)
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
PDF = b"%PDF-1.4\n%%EOF\n"


def _client(token: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


@pytest.fixture
def system_a(herefordshire):
    """Herefordshire children's services' case system: (system, a client with its token)."""
    system, token = partner_system("herefordshire-cs")
    return system, _client(token)


@pytest.fixture
def system_b(shropshire):
    """Shropshire's: the other agency."""
    system, token = partner_system("shropshire-cs")
    return system, _client(token)


@pytest.fixture
def shared(officer, practitioner, supervisor, django_capture_on_commit_callbacks):
    """A high referral shared with Herefordshire, its pack produced."""
    with (
        time_machine.travel(TUESDAY_10AM, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        referral = approved_referral(officer, practitioner, supervisor)
        share = share_with(referral, practitioner, "herefordshire-cs")
    share.refresh_from_db()
    assert share.pack_sha256
    return share


@pytest.fixture
def lead_a(herefordshire):
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


# --- Credentials ---------------------------------------------------------------------------------


def test_a_token_is_shown_once_and_stored_only_as_a_hash(herefordshire):
    system, token = do_register_partner_system(actor=None, agency=herefordshire, name="Mosaic")
    assert token.startswith("vhp_")
    assert len(token) > 40
    assert system.token_hash == hash_token(token) != token
    assert system.token_prefix == token[:12]
    assert token not in str(
        list(AuditEvent.objects.filter(action="partner_system.register").values())
    )


def test_the_system_acts_as_a_partner_user_of_its_agency_that_cannot_sign_in(system_a):
    user = system_a[0].service_user
    assert user.is_partner
    assert user.agency == system_a[0].agency
    assert not user.has_usable_password()
    assert not Client().login(request=HttpRequest(), username=user.username, password="")


def test_a_partner_lead_registers_systems_for_their_own_agency_only(
    lead_a, herefordshire, shropshire, partner_a
):
    system, _ = do_register_partner_system(actor=lead_a, agency=herefordshire, name="Mosaic")
    assert system.created_by == lead_a
    with pytest.raises(ActionPermissionError):
        do_register_partner_system(actor=lead_a, agency=shropshire, name="Liquidlogic")
    with pytest.raises(ActionPermissionError):  # a partner user is not a lead
        do_register_partner_system(actor=partner_a, agency=herefordshire, name="Other")
    with pytest.raises(ActionError):  # names are unique within the agency
        do_register_partner_system(actor=lead_a, agency=herefordshire, name="mosaic")


def test_a_revoked_token_is_refused_with_401(system_a, shared):
    system, client = system_a
    assert client.get("/api/v1/partner/shares/").status_code == 200
    do_revoke_partner_system(system, actor=None)
    response = client.get(f"/api/v1/partner/shares/{shared.pk}/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert AuditEvent.objects.filter(action="auth.token_failed").exists()
    system.service_user.refresh_from_db()
    assert not system.service_user.is_active


@pytest.mark.parametrize("header", [None, "Bearer vhp_not-a-token", "Bearer", "Basic eDp5"])
def test_no_token_or_an_unknown_one_is_401(db, header):
    client = Client(HTTP_AUTHORIZATION=header) if header else Client()
    response = client.get("/api/v1/partner/shares/")
    assert response.status_code == 401


def test_neither_a_session_nor_a_records_systems_token_opens_the_partner_api(client_for, partner_a):
    assert client_for(partner_a).get("/api/v1/partner/shares/").status_code == 401
    _, token = do_create_integration_client(actor=None, name="Niche", source_system="niche")
    assert _client(token).get("/api/v1/partner/shares/").status_code == 401


def test_a_partner_token_opens_nothing_of_the_records_systems(system_a):
    _, client = system_a
    response = client.post("/api/v1/referrals/", {}, content_type="application/json")
    assert response.status_code == 401


def test_the_rate_limit_counts_per_system(monkeypatch, system_a, system_b):
    monkeypatch.setattr(PartnerSystemThrottle, "THROTTLE_RATES", {"partner_api": "2/min"})
    answers = [system_a[1].get("/api/v1/partner/shares/").status_code for _ in range(3)]
    assert answers == [200, 200, 429]
    assert system_b[1].get("/api/v1/partner/shares/").status_code == 200
    assert AuditEvent.objects.filter(action="api.rate_limited").count() == 1
    # the refused call itself is not audited again as a call
    assert AuditEvent.objects.filter(action="partner_system.call").count() == 3


def test_every_call_is_audited_with_its_answer(system_a, shared):
    system, client = system_a
    client.get("/api/v1/partner/shares/")
    client.get(f"/api/v1/partner/shares/{shared.pk}/")
    client.post(f"/api/v1/partner/shares/{shared.pk}/outcome/", {}, content_type="application/json")
    calls = AuditEvent.objects.filter(action="partner_system.call", actor=system.service_user)
    assert [(e.details["method"], e.details["status"]) for e in calls.order_by("id")] == [
        ("GET", 200),
        ("GET", 200),
        ("POST", 400),
    ]
    assert {e.object_id for e in calls} == {str(system.pk)}
    system.refresh_from_db()
    assert system.last_used_at is not None


def test_the_systems_account_is_told_nothing_and_is_not_on_the_team_page(
    system_a, officer, practitioner, supervisor, partner_a, lead_a, client_for
):
    referral = approved_referral(officer, practitioner, supervisor)
    share_with(referral, practitioner)
    user = system_a[0].service_user
    assert not Notification.objects.filter(user=user).exists()
    assert not user.partner_notices.exists()
    assert partner_a.partner_notices.exists()
    page = client_for(lead_a).get("/partners/team/").content.decode()
    assert user.username not in page
    assert "(case system)" not in page


# --- Shares --------------------------------------------------------------------------------------


def _share_at(referral, practitioner, grade_rank: int) -> Share:  # type: ignore[no-untyped-def]
    share = share_with(referral, practitioner)
    Share.objects.filter(pk=share.pk).update(inbox_grade_rank=grade_rank)
    return share


def test_the_list_is_in_inbox_order_and_pages_by_cursor(
    system_a, officer, practitioner, supervisor
):
    shares = []
    for _ in range(5):
        referral = approved_referral(officer, practitioner, supervisor)
        shares.append(share_with(referral, practitioner))
    # one done (an outcome recorded), one standard, the rest high
    Share.objects.filter(pk=shares[0].pk).update(inbox_done=True)
    Share.objects.filter(pk=shares[1].pk).update(inbox_grade_rank=1)
    _, client = system_a
    first = client.get("/api/v1/partner/shares/?limit=2").json()
    second = client.get(f"/api/v1/partner/shares/?limit=2&cursor={first['next_cursor']}").json()
    third = client.get(f"/api/v1/partner/shares/?limit=2&cursor={second['next_cursor']}").json()
    ids = [s["id"] for page in (first, second, third) for s in page["results"]]
    assert ids == [shares[2].pk, shares[3].pk, shares[4].pk, shares[1].pk, shares[0].pk]
    assert third["next_cursor"] is None


def test_a_cursor_it_did_not_give_is_a_400_on_the_field(system_a):
    _, client = system_a
    for cursor in ("nonsense", "W10", "WzEsMiwzXQ", "WyJ4IiwxLG51bGwsIngiLDFd"):
        response = client.get(f"/api/v1/partner/shares/?cursor={cursor}")
        assert response.status_code == 400, cursor
        assert response.json()["errors"][0]["field"] == "cursor"


def test_updated_since_keeps_the_shares_that_changed(
    system_a, partner_a, officer, practitioner, supervisor
):
    with time_machine.travel(TUESDAY_10AM, tick=False):
        quiet = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        talked = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=2), tick=False):
        ShareMessage.objects.create(
            share=talked,
            author=practitioner,
            from_vhub=True,
            body="Any news?",
            created_at=TUESDAY_10AM + timedelta(hours=2),
        )
        fresh = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    _, client = system_a
    since = (TUESDAY_10AM + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    body = client.get("/api/v1/partner/shares/", {"updated_since": since}).json()
    assert {s["id"] for s in body["results"]} == {talked.pk, fresh.pk}
    assert quiet.pk not in {s["id"] for s in body["results"]}
    (row,) = [s for s in body["results"] if s["id"] == talked.pk]
    assert row["updated_at"].startswith("2026-11-17T12:00")


def test_the_share_is_its_snapshot_as_the_portal_shows_it(system_a, shared, client_for, partner_a):
    _, client = system_a
    body = client.get(f"/api/v1/partner/shares/{shared.pk}/").json()
    assert body["snapshot"] == shared.snapshot
    assert body["pack"]["sha256"] == shared.pack_sha256
    assert body["referral_reference"] == shared.referral.reference
    assert body["grade"] == "high"
    assert {c["kind"] for c in body["clocks"]} == {ClockKind.PARTNER_ACK, ClockKind.PARTNER_OUTCOME}
    # Every value the portal page shows is in the answer.
    page = client_for(partner_a).get(f"/partners/shares/{shared.pk}/").content.decode()
    assert shared.snapshot["children"][0]["name"] in page
    assert AuditEvent.objects.filter(
        action="share.view", referral=shared.referral, details__view="api"
    ).exists()


def test_the_pack_downloads_with_its_sha256(system_a, shared):
    _, client = system_a
    response = client.get(f"/api/v1/partner/shares/{shared.pk}/pack/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = b"".join(response.streaming_content)
    assert hashlib.sha256(pdf).hexdigest() == shared.pack_sha256 == response["X-Content-SHA256"]
    assert AuditEvent.objects.filter(action="share.download", referral=shared.referral).exists()


def test_acknowledging_through_the_api_meets_the_clock_as_the_portal_does(system_a, shared):
    system, client = system_a
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=3), tick=False):
        response = client.post(f"/api/v1/partner/shares/{shared.pk}/acknowledge/")
    assert response.status_code == 200, response.content
    assert response.json()["acknowledged_at"].startswith("2026-11-17T13:00")
    clock = SlaClock.objects.get(share=shared, kind=ClockKind.PARTNER_ACK)
    assert clock.state == ClockState.MET
    event = AuditEvent.objects.get(action="share.acknowledge", object_id=str(shared.pk))
    assert event.actor == system.service_user
    assert event.details["channel"] == "api"
    again = client.post(f"/api/v1/partner/shares/{shared.pk}/acknowledge/")
    assert again.status_code == 400
    assert "Already acknowledged" in again.json()["errors"][0]["message"]


def test_an_outcome_and_a_decline_run_the_portals_actions(
    system_a, shared, officer, practitioner, supervisor
):
    _, client = system_a
    bad = client.post(
        f"/api/v1/partner/shares/{shared.pk}/outcome/",
        {"outcome": "maybe"},
        content_type="application/json",
    )
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "outcome"
    done = client.post(
        f"/api/v1/partner/shares/{shared.pk}/outcome/",
        {"outcome": "cin_s17", "notes": "Visit booked."},
        content_type="application/json",
    )
    assert done.status_code == 200
    assert done.json()["outcome"] == "cin_s17"
    assert SlaClock.objects.get(share=shared, kind=ClockKind.PARTNER_OUTCOME).state == "met"
    assert Notification.objects.filter(user=practitioner, title__contains="recorded an outcome")
    other = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    declined = client.post(
        f"/api/v1/partner/shares/{other.pk}/decline/",
        {"reason": "The family lives in Powys."},
        content_type="application/json",
    )
    assert declined.status_code == 200
    assert declined.json()["declined_at"]
    assert AuditEvent.objects.filter(action="share.decline", object_id=str(other.pk)).exists()


def test_messages_are_read_and_written_in_the_shares_thread(system_a, shared, practitioner):
    _, client = system_a
    posted = client.post(
        f"/api/v1/partner/shares/{shared.pk}/messages/",
        {"body": "Is the father still in the house?"},
        content_type="application/json",
    )
    assert posted.status_code == 201
    assert posted.json()["from_vhub"] is False
    assert Notification.objects.filter(user=practitioner, title__contains="message from").exists()
    thread = client.get(f"/api/v1/partner/shares/{shared.pk}/messages/").json()
    assert [m["body"] for m in thread] == ["Is the father still in the house?"]
    blank = client.post(
        f"/api/v1/partner/shares/{shared.pk}/messages/",
        {"body": 5},
        content_type="application/json",
    )
    assert blank.status_code == 400


def test_marac_and_encompass_items_are_shares_of_their_purpose(system_a, shared):
    Share.objects.filter(pk=shared.pk).update(purpose="encompass")
    _, client = system_a
    assert [
        s["id"] for s in client.get("/api/v1/partner/shares/?purpose=encompass").json()["results"]
    ] == [shared.pk]
    assert client.get("/api/v1/partner/shares/?purpose=marac").json()["results"] == []
    assert client.get("/api/v1/partner/shares/?purpose=other").status_code == 400


# --- Information requests ------------------------------------------------------------------------


def test_a_system_raises_a_request_and_reads_the_answer_with_its_files(
    system_a, shared, practitioner
):
    system, client = system_a
    raised = client.post(
        "/api/v1/partner/isrs/",
        {
            "urgency": "urgent",
            "reason": "Is anyone in the household known for weapons?",
            "lawful_basis": "ca1989_s47",
            "share": shared.pk,
        },
        content_type="application/json",
    )
    assert raised.status_code == 201, raised.content
    isr_id = raised.json()["id"]
    assert raised.json()["clocks"][0]["kind"] == ClockKind.ISR_URGENT
    isr = system.agency.isrs.get(pk=isr_id)
    assert isr.raised_by == system.service_user
    do_respond_isr(
        isr, actor=practitioner, response="Nothing held.", files=[SimpleUploadedFile("a.pdf", PDF)]
    )
    body = client.get(f"/api/v1/partner/isrs/{isr_id}/").json()
    assert body["status"] == "responded"
    assert body["response"] == "Nothing held."
    (attachment,) = body["attachments"]
    file = client.get(attachment["url"])
    assert file.status_code == 200
    assert b"".join(file.streaming_content) == PDF
    assert hashlib.sha256(PDF).hexdigest() == attachment["sha256"]
    listed = client.get("/api/v1/partner/isrs/").json()
    assert [r["id"] for r in listed["results"]] == [isr_id]


def test_a_request_about_another_agencys_share_is_refused_on_the_field(system_b, shared):
    _, client = system_b
    response = client.post(
        "/api/v1/partner/isrs/",
        {"urgency": "routine", "reason": "?", "lawful_basis": "ca1989_s47", "share": shared.pk},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "share"
    assert AuditEvent.objects.filter(
        action="access.denied", actor=system_b[0].service_user
    ).exists()


# --- The other agency ----------------------------------------------------------------------------


def test_another_agencys_system_gets_404_for_every_share_pack_message_and_request(
    system_b, shared, partner_a, practitioner
):
    isr = do_raise_isr(
        IsrInput(urgency="routine", reason="Any risks?", lawful_basis="ca1989_s47", share=shared),
        actor=partner_a,
    )
    do_respond_isr(
        isr, actor=practitioner, response="None.", files=[SimpleUploadedFile("a.pdf", PDF)]
    )
    attachment = isr.attachments.get()
    system, client = system_b
    base = f"/api/v1/partner/shares/{shared.pk}/"
    gets = [
        base,
        base + "pack/",
        base + "messages/",
        f"/api/v1/partner/isrs/{isr.pk}/",
        f"/api/v1/partner/isrs/{isr.pk}/attachments/{attachment.pk}/",
    ]
    posts = [base + "acknowledge/", base + "outcome/", base + "decline/", base + "messages/"]
    for url in gets + posts:
        before = AuditEvent.objects.filter(
            action="access.denied", actor=system.service_user
        ).count()
        if url in gets:
            response = client.get(url)
        else:
            response = client.post(
                url, {"outcome": "nfa", "reason": "x", "body": "x"}, content_type="application/json"
            )
        assert response.status_code == 404, url
        after = AuditEvent.objects.filter(action="access.denied", actor=system.service_user).count()
        assert after == before + 1, url
    assert client.get("/api/v1/partner/shares/").json()["results"] == []
    assert client.get("/api/v1/partner/isrs/").json()["results"] == []
    shared.refresh_from_db()
    assert shared.acknowledged_at is None


def test_a_withdrawn_share_is_gone_from_the_api(system_a, shared, practitioner):
    from partners.actions import do_withdraw_share

    do_withdraw_share(shared, actor=practitioner, reason="Sent in error.")
    _, client = system_a
    assert client.get(f"/api/v1/partner/shares/{shared.pk}/").status_code == 404
    assert client.get("/api/v1/partner/shares/").json()["results"] == []


def test_the_list_reads_a_fixed_number_of_queries(
    system_a, officer, practitioner, supervisor, django_assert_num_queries
):
    _, client = system_a
    referral = approved_referral(officer, practitioner, supervisor)
    for _ in range(3):
        share_with(referral, practitioner)
    client.get("/api/v1/partner/shares/")  # warms the content types and the group's permission
    with django_assert_num_queries(9):
        # 1 the token's system and account, 2 its last use, 3 the account's roles (with its
        # agency's row), 4 the page of shares (responses and MARAC details joined), 5 their
        # clocks, 6-7 the list's read event (the chain's lock with its head, insert), 8-9 the
        # call's event
        assert len(client.get("/api/v1/partner/shares/").json()["results"]) == 3


# --- The lead's page ------------------------------------------------------------------------------


def test_the_lead_registers_a_system_and_sees_its_token_once(client_for, lead_a, herefordshire):
    client = client_for(lead_a)
    response = client.post("/partners/systems/new/", {"name": "Mosaic"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    system = PartnerSystem.objects.get(agency=herefordshire, name="Mosaic")
    page = response.content.decode()
    token = page.split('id="token">')[1].split("<")[0]
    assert hash_token(token) == system.token_hash
    listed = client.get("/partners/systems/").content.decode()
    assert "Mosaic" in listed
    assert system.token_prefix in listed
    assert token not in listed
    assert _client(token).get("/api/v1/partner/shares/").status_code == 200


def test_a_blank_name_is_an_error_in_the_summary(client_for, lead_a):
    page = client_for(lead_a).post("/partners/systems/new/", {"name": ""}).content.decode()
    assert "govuk-error-summary" in page
    assert "Enter the name of the system" in page


def test_the_lead_revokes_their_agencys_system_and_not_anothers(
    client_for, lead_a, shropshire, system_a
):
    other, _ = partner_system("shropshire-cs")
    client = client_for(lead_a)
    assert client.post(f"/partners/systems/{other.pk}/revoke/").status_code == 404
    other.refresh_from_db()
    assert other.revoked_at is None
    client.post(f"/partners/systems/{system_a[0].pk}/revoke/")
    system_a[0].refresh_from_db()
    assert system_a[0].revoked_by == lead_a
    assert system_a[1].get("/api/v1/partner/shares/").status_code == 401


@pytest.mark.parametrize("share_id", ["abc", "0", "99999999999999999999", "١٢"])
def test_an_id_that_is_not_a_number_is_the_apis_404(system_a, share_id):
    response = system_a[1].get(f"/api/v1/partner/shares/{share_id}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_the_administrator_registers_a_system_by_command(herefordshire):
    out = StringIO()
    call_command("create_partner_system", "herefordshire-cs", "Mosaic", stdout=out)
    token = out.getvalue().split("store it in the system): ")[1].strip()
    system = PartnerSystem.objects.get(agency=herefordshire, name="Mosaic")
    assert system.token_hash == hash_token(token)
    with pytest.raises(CommandError, match="No agency"):
        call_command("create_partner_system", "nowhere", "Mosaic", stdout=StringIO())


def test_the_administrator_revokes_in_the_admin_site(system_a, client_for):
    admin = UserFactory(username="admin", roles=["admin"], is_staff=True, is_superuser=True)
    client = client_for(admin)
    response = client.post(
        "/admin/partners/partnersystem/",
        {"action": "revoke", "_selected_action": [system_a[0].pk]},
    )
    assert response.status_code == 302
    system_a[0].refresh_from_db()
    assert system_a[0].revoked_by == admin


def test_the_marac_coordinators_system_reads_its_referrals_with_the_meeting(
    officer, practitioner, supervisor
):
    meeting = MaracMeeting.objects.create(date=now().date() + timedelta(days=7))
    case = do_refer_to_marac(
        approved_referral(officer, practitioner, supervisor),
        actor=practitioner,
        meeting=meeting,
        professional_judgement="Escalating control and threats.",
        lawful_basis="cda1998_s115",
        justification="High-risk domestic abuse.",
    )
    _, token = partner_system("marac")
    client = _client(token)
    listed = client.get("/api/v1/partner/shares/?purpose=marac").json()["results"]
    assert [s["id"] for s in listed] == [case.share.pk]
    body = client.get(f"/api/v1/partner/shares/{case.share.pk}/").json()
    assert body["purpose"] == "marac"
    assert body["marac"]["meeting_date"] == meeting.date.isoformat()
    assert body["marac"]["criteria"] == case.criteria_labels
