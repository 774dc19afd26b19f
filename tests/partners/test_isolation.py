"""Agency isolation, walked automatically: every URL of the partners app, taken from the URL
resolver (so a new page is covered the day it is added), is requested by users of another agency
with the real ids of Herefordshire's share, ISR, attachment, message thread and users.

- A URL about an object (it has an id in it) must answer 404 to the other agency, exactly as for
  a missing object, and the refusal must be in the audit trail. The only other answer allowed is
  403 where the rightful agency is refused too (a VHub-only page: the role is wrong, not the
  agency), also audited.
- A URL without an id (a list or a blank form) may open, but must show nothing of Herefordshire's.
"""

import re
from datetime import date

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLPattern, get_resolver

from audit.models import AuditEvent
from partners.models import InformationRequest
from partners.portal_actions import (
    IsrInput,
    do_post_share_message,
    do_raise_isr,
    do_respond_isr,
)
from partners.webhooks import do_create_webhook
from tests.factories import UserFactory, approved_referral, partner_system, share_with

PDF = b"%PDF-1.4\n%%EOF\n"


def _partners_patterns() -> list[tuple[str, str]]:
    """(name, route) of every URL in the partners namespace, read from the resolver."""
    resolver = get_resolver()
    _, namespace_resolver = resolver.namespace_dict["partners"]
    found = []
    for pattern in namespace_resolver.url_patterns:
        assert isinstance(pattern, URLPattern), "nested includes: walk them too"
        found.append((pattern.name, f"/partners/{pattern.pattern._route}"))
    return found


@pytest.fixture
def herefordshire_world(
    officer, practitioner, supervisor, partner_a, django_capture_on_commit_callbacks
):
    """Herefordshire's objects, each with a real id."""
    with django_capture_on_commit_callbacks(execute=True):
        referral = approved_referral(officer, practitioner, supervisor)
        share = share_with(referral, practitioner, "herefordshire-cs")
    share.refresh_from_db()
    assert share.pack_sha256  # the pack exists, so pack.pdf would really be served
    message = do_post_share_message(share, actor=partner_a, body="Herefordshire's question")
    isr = do_raise_isr(
        IsrInput(
            urgency="urgent",
            reason="Herefordshire asks",
            lawful_basis="ca1989_s47",
            subject_name="Sam Jones",
        ),
        actor=partner_a,
    )
    do_respond_isr(
        isr,
        actor=practitioner,
        response="Answer for Herefordshire",
        files=[SimpleUploadedFile("answer.pdf", PDF)],
    )
    isr = InformationRequest.objects.get(pk=isr.pk)
    # Configuration rows that some VHub-side pages take an id of (kept by a manager).
    apps.get_model("partners", "MaracMeeting").objects.create(date=date(2026, 12, 1))
    lead_a = UserFactory(username="lead.a", roles=["partner_lead"], agency=partner_a.agency)
    # Herefordshire's system hears of VHub's messages: a webhook with one delivery (not sent).
    webhook, _secret = do_create_webhook(
        actor=lead_a, url="https://systems.herefordshire.example/vhub", events=["message.received"]
    )
    do_post_share_message(share, actor=practitioner, body="VHub's answer")
    return {
        "referral": referral,
        "share": share,
        "message": message,
        "isr": isr,
        "attachment": isr.attachments.get(),
        "lead_a": lead_a,
        "webhook": webhook,
        "webhook_delivery": webhook.deliveries.get(),
        # Herefordshire's case system on the partner API (its lead's page revokes it).
        "system": partner_system("herefordshire-cs")[0],
    }


def _first_pk(model_name: str) -> int:
    model = apps.get_model("partners", model_name)
    pk = model.objects.order_by("pk").values_list("pk", flat=True).first()
    if pk is None:
        pytest.fail(f"The isolation walk needs a real {model_name}: create one in the fixture")
    return pk


def _url_values(world, partner_a) -> dict:
    """A real Herefordshire object for each URL parameter. A new parameter name fails the walk
    until it is given a real object here."""
    return {
        "share_id": lambda: world["share"].pk,
        "isr_id": lambda: world["isr"].pk,
        "message_id": lambda: world["message"].pk,
        "attachment_id": lambda: world["attachment"].pk,
        "user_id": lambda: partner_a.pk,
        "reference": lambda: world["referral"].reference,
        "notice_id": lambda: _first_pk("EncompassNotice"),
        "meeting_id": lambda: _first_pk("MaracMeeting"),
        "webhook_id": lambda: world["webhook"].pk,
        "delivery_id": lambda: world["webhook_delivery"].pk,
        "system_id": lambda: world["system"].pk,
    }


def _fill(route: str, values) -> str:
    def one(match: re.Match[str]) -> str:
        name = match[2]
        if name not in values:
            pytest.fail(f"{route}: give the isolation walk a real object for <{name}>")
        return str(values[name]())

    return re.sub(r"<(?:(\w+):)?(\w+)>", one, route)


def _denials(user) -> int:
    return AuditEvent.objects.filter(action="access.denied", actor=user).count()


def _request(client, url: str, user):
    """GET, or POST where the URL only takes POST (rolled back afterwards, so one URL's
    request cannot change what the next one sees). Returns the response and whether a denial
    was audited for it."""
    before = _denials(user)
    response = client.get(url)
    if response.status_code != 405:
        return response, _denials(user) > before
    with transaction.atomic():
        response = client.post(url, {})
        audited = _denials(user) > before
        transaction.set_rollback(True)
    return response, audited


def _herefordshire_markers(world, partner_a) -> list[str]:
    return [
        world["share"].snapshot["reference"],
        "Herefordshire&#x27;s question",
        "Herefordshire asks",
        f"ISR-{world['isr'].pk}<",
        partner_a.username,
        "Lily Smith",
        "systems.herefordshire.example",
    ]


def test_the_walk_covers_the_portal(herefordshire_world) -> None:
    names = {name for name, _ in _partners_patterns()}
    assert {
        "inbox",
        "share",
        "share_pack",
        "share_acknowledge",
        "share_outcome",
        "share_decline",
        "share_message",
        "isrs",
        "isr",
        "isr_attachment",
        "isr_new",
        "isr_queue",
        "team",
        "team_user_active",
    } <= names


@pytest.mark.parametrize("intruder", ["lead_b", "partner_b"])
def test_another_agency_gets_404_for_every_portal_url_and_each_refusal_is_audited(
    client_for, herefordshire_world, partner_a, shropshire, request, intruder
) -> None:
    world = herefordshire_world
    # Each intruder is compared with Herefordshire's person in the same role.
    if intruder == "lead_b":
        other = UserFactory(username="lead.b", roles=["partner_lead"], agency=shropshire)
        twin = world["lead_a"]
    else:
        other, twin = request.getfixturevalue("partner_b"), partner_a
    intruder_client = client_for(other)
    rightful_client = client_for(twin)
    values = _url_values(world, partner_a)
    markers = _herefordshire_markers(world, partner_a)
    checked = 0
    for name, route in _partners_patterns():
        url = _fill(route, values)
        response, audited = _request(intruder_client, url, other)
        where = f"{name} {url} as {other.username}: {response.status_code}"
        if "<" in route:  # about one object
            if response.status_code == 403:
                # allowed only where Herefordshire's own person in the same role is refused
                # too (a page for VHub, or for partner leads only: the role is wrong)
                rightful, _ = _request(rightful_client, url, twin)
                assert rightful.status_code == 403, where
            else:
                assert response.status_code == 404, where
            assert audited, f"{where}: refusal not audited"
        else:  # a list or a blank form: may open, must not show Herefordshire's work
            assert response.status_code in (200, 403), where
            if response.status_code == 403:
                assert audited, f"{where}: refusal not audited"
            else:
                body = response.content.decode()
                leaked = [m for m in markers if m in body]
                assert not leaked, f"{where} shows {leaked}"
        checked += 1
    assert checked >= 14
    # and nothing of Herefordshire's changed
    world["share"].refresh_from_db()
    assert world["share"].acknowledged_at is None
    partner_a.refresh_from_db()
    assert partner_a.is_active


def test_the_rightful_agency_reaches_the_same_urls(
    client_for, herefordshire_world, partner_a
) -> None:
    """The walk's 404s mean something: the same ids open for Herefordshire."""
    world = herefordshire_world
    client = client_for(world["lead_a"])
    values = _url_values(world, partner_a)
    for name in ("share", "share_pack", "share_outcome", "share_decline", "share_message", "isr"):
        route = dict(_partners_patterns())[name]
        assert client.get(_fill(route, values)).status_code == 200, name
    attachment = _fill(dict(_partners_patterns())["isr_attachment"], values)
    assert client.get(attachment).status_code == 200
