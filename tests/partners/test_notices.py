"""Partners told when work arrives: an e-mail with a link and no case data, once per item and
person, straight away or in the 08:00 digest (partners/notices.py, docs/partner-portal.md)."""

from datetime import UTC, datetime, timedelta
from typing import Any
from unittest import mock

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError, transaction

from audit.models import AuditEvent
from partners.encompass import do_send_encompass_notice
from partners.models import EncompassNotice, LawfulBasis, PartnerNotice
from partners.notices import (
    do_set_notice_preference,
    do_set_safeguarding_lead,
    queue_notice_digests,
)
from partners.portal_actions import IsrInput, do_raise_isr, do_respond_isr
from referrals.escalation import deliver_outbox
from tests.factories import UserFactory, approved_referral, share_with, submit_referral
from vhub.models import Agency, AgencyKind

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
WEDNESDAY_8AM = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)  # 08:00 in London (GMT)


@pytest.fixture
def lead_a(herefordshire):
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


@pytest.fixture
def lead_b(shropshire):
    return UserFactory(username="lead.b", roles=["partner_lead"], agency=shropshire)


@pytest.fixture
def riverside(db):
    return Agency.objects.create(
        name="Riverside Primary School",
        slug="riverside-primary",
        kind=AgencyKind.SCHOOL,
        area="Herefordshire",
        group=Group.objects.create(name="agency:riverside-primary"),
    )


def _to(address: str) -> list[Any]:
    return [m for m in mail.outbox if m.to == [address]]


def test_a_share_emails_each_person_at_the_agency_once_with_only_a_link(
    officer, practitioner, supervisor, partner_a, partner_b, lead_a
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    deliver_outbox()
    deliver_outbox()  # a second run sends nothing again

    sent = _to("partner.a@vhub.test")
    assert len(sent) == 1
    assert len(_to("lead.a@vhub.test")) == 1
    assert _to("partner.b@vhub.test") == []  # the other agency hears nothing
    body = sent[0].body
    assert f"{settings.SITE_URL}/partners/shares/{share.pk}/" in body
    # No case data: not the child, not the incident, not even the reference.
    child = referral.subjects.get().person
    for secret in (
        child.first_name,
        child.last_name,
        referral.narrative,
        referral.reference,
        referral.location,
        "scared",
    ):
        assert secret not in body
        assert secret not in sent[0].subject
    notice = PartnerNotice.objects.get(share=share, recipient=partner_a)
    assert notice.outbox.emailed_at is not None


def test_a_notice_is_written_once_per_item_and_person_by_a_database_constraint(
    officer, practitioner, supervisor, partner_a
) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    notice = PartnerNotice.objects.get(share=share, recipient=partner_a)
    with pytest.raises(IntegrityError), transaction.atomic():
        PartnerNotice.objects.create(
            agency=notice.agency,
            recipient=partner_a,
            what=notice.what,
            share=share,
            frequency=notice.frequency,
            created_at=notice.created_at,
        )


def test_a_digest_user_gets_one_email_at_0800_listing_the_days_shares(
    officer, practitioner, supervisor, partner_a
) -> None:
    do_set_notice_preference(partner_a, actor=partner_a, frequency="daily_digest")
    with time_machine.travel(TUESDAY_10AM, tick=False):
        first = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        deliver_outbox()
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=5), tick=False):
        second = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        deliver_outbox()
    assert _to("partner.a@vhub.test") == []  # nothing during the day
    with time_machine.travel(WEDNESDAY_8AM, tick=False):
        assert queue_notice_digests() == 1
        assert queue_notice_digests() == 0  # beat twice: still one digest
        deliver_outbox()
        deliver_outbox()
    sent = _to("partner.a@vhub.test")
    assert len(sent) == 1
    assert "2 new items for Herefordshire" in sent[0].subject
    for share in (first, second):
        assert f"/partners/shares/{share.pk}/" in sent[0].body
    assert first.referral.reference not in sent[0].body


def test_a_share_after_the_digest_waits_for_the_next_morning(
    officer, practitioner, supervisor, partner_a
) -> None:
    do_set_notice_preference(partner_a, actor=partner_a, frequency="daily_digest")
    with time_machine.travel(TUESDAY_10AM, tick=False):
        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    with time_machine.travel(WEDNESDAY_8AM, tick=False):
        queue_notice_digests()
        deliver_outbox()
    with time_machine.travel(WEDNESDAY_8AM + timedelta(hours=2), tick=False):
        late = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        queue_notice_digests()  # a rerun the same day: today's digest has gone
        deliver_outbox()
    assert len(_to("partner.a@vhub.test")) == 1
    with time_machine.travel(WEDNESDAY_8AM + timedelta(days=1), tick=False):
        queue_notice_digests()
        deliver_outbox()
    sent = _to("partner.a@vhub.test")
    assert len(sent) == 2
    assert f"/partners/shares/{late.pk}/" in sent[1].body


def test_an_encompass_notice_goes_at_once_to_the_named_leads_even_on_digest(
    officer, practitioner, riverside
) -> None:
    dsl = UserFactory(username="dsl", roles=["partner_user"], agency=riverside)
    head = UserFactory(username="head", roles=["partner_lead"], agency=riverside)
    teacher = UserFactory(username="teacher", roles=["partner_user"], agency=riverside)
    for person in (dsl, teacher):
        do_set_notice_preference(person, actor=person, frequency="daily_digest")
    do_set_safeguarding_lead(dsl, actor=head, is_lead=True)
    referral = submit_referral(officer)  # a child at Riverside Primary
    notice = EncompassNotice.objects.get(referral=referral)
    do_send_encompass_notice(
        notice,
        actor=practitioner,
        agency=riverside,
        lawful_basis=LawfulBasis.CHILDREN_ACT_2004_S11,
        justification="Operation Encompass.",
    )
    deliver_outbox()
    [sent] = _to("dsl@vhub.test")
    assert "Operation Encompass notice has arrived for Riverside Primary School" in sent.body
    assert "Lily" not in sent.body  # the notice names the child; the e-mail never does
    assert len(_to("head@vhub.test")) == 1  # chose nothing: straight away
    assert _to("teacher@vhub.test") == []  # chose the digest and is not a lead


def test_a_failed_send_is_tried_again_later(officer, practitioner, supervisor, partner_a) -> None:
    at = TUESDAY_10AM
    with time_machine.travel(at, tick=False):
        share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        with mock.patch("referrals.escalation.send_mail", side_effect=OSError("refused")):
            deliver_outbox()
    message = PartnerNotice.objects.get(share=share, recipient=partner_a).outbox
    assert (message.attempts, message.emailed_at) == (1, None)
    assert message.last_error == "OSError: refused"
    assert message.deliver_after == at + timedelta(minutes=5)
    with time_machine.travel(at + timedelta(minutes=1), tick=False):
        deliver_outbox()
    assert _to("partner.a@vhub.test") == []  # backing off
    with time_machine.travel(at + timedelta(minutes=5), tick=False):
        deliver_outbox()
    assert len(_to("partner.a@vhub.test")) == 1


def test_a_share_withdrawn_before_the_digest_is_left_out(
    officer, practitioner, supervisor, partner_a
) -> None:
    from partners.actions import do_withdraw_share

    do_set_notice_preference(partner_a, actor=partner_a, frequency="daily_digest")
    with time_machine.travel(TUESDAY_10AM, tick=False):
        share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        do_withdraw_share(share, actor=practitioner, reason="Sent in error.")
    with time_machine.travel(WEDNESDAY_8AM, tick=False):
        queue_notice_digests()
        deliver_outbox()
    assert _to("partner.a@vhub.test") == []


def test_an_answered_information_request_tells_the_agency(
    practitioner, partner_a, partner_b
) -> None:
    isr = do_raise_isr(
        IsrInput(
            urgency="routine",
            reason="Child starting at our school.",
            lawful_basis=LawfulBasis.CHILDREN_ACT_2004_S11,
            subject_name="Sam Example",
        ),
        actor=partner_a,
    )
    do_respond_isr(isr, actor=practitioner, response="We hold nothing.")
    deliver_outbox()
    [sent] = _to("partner.a@vhub.test")
    assert f"/partners/isrs/{isr.pk}/" in sent.body
    assert "Sam Example" not in sent.body
    assert _to("partner.b@vhub.test") == []


def test_the_preferences_page_saves_the_choice_and_audits_it(client_for, partner_a) -> None:
    client = client_for(partner_a)
    page = client.get("/partners/preferences/").content.decode()
    assert 'value="immediately" checked' in page  # the default
    response = client.post("/partners/preferences/", {"frequency": "daily_digest"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="partner.notice_preference", actor=partner_a)
    assert event.details == {"before": "immediately", "after": "daily_digest"}
    assert 'value="daily_digest" checked' in client.get("/partners/preferences/").content.decode()
    response = client.post("/partners/preferences/", {})
    assert "Choose when VHub should e-mail you" in response.content.decode()


def test_vhub_staff_have_no_preferences_page(client_for, practitioner) -> None:
    assert client_for(practitioner).get("/partners/preferences/").status_code == 403


def test_the_lead_sees_the_agencys_deliveries_and_the_read_is_audited(
    client_for, officer, practitioner, supervisor, partner_a, lead_a, lead_b
) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    with mock.patch("referrals.escalation.send_mail", side_effect=OSError("refused")):
        deliver_outbox()
    page = client_for(lead_a).get("/partners/notices/").content.decode()
    assert share.reference in page
    assert str(partner_a) in page
    assert "Failed 1 time" in page
    assert AuditEvent.objects.filter(action="partner_notices.view", actor=lead_a).exists()
    # Shropshire's lead sees none of Herefordshire's; a partner user is refused the page.
    assert share.reference not in client_for(lead_b).get("/partners/notices/").content.decode()
    assert client_for(partner_a).get("/partners/notices/").status_code == 403


def test_only_the_schools_lead_names_its_safeguarding_leads(
    client_for, riverside, lead_a, partner_a
) -> None:
    head = UserFactory(username="head", roles=["partner_lead"], agency=riverside)
    dsl = UserFactory(username="dsl", roles=["partner_user"], agency=riverside)
    client = client_for(head)
    assert "Make lead" in client.get("/partners/team/").content.decode()
    client.post(f"/partners/team/{dsl.pk}/safeguarding-lead/", {"is_lead": "1"})
    assert list(riverside.safeguarding_leads.all()) == [dsl]
    assert AuditEvent.objects.filter(action="agency.safeguarding_lead", actor=head).exists()
    # Another agency's lead cannot reach the school's people (404, audited).
    response = client_for(lead_a).post(
        f"/partners/team/{dsl.pk}/safeguarding-lead/", {"is_lead": "0"}
    )
    assert response.status_code == 404
    assert list(riverside.safeguarding_leads.all()) == [dsl]
    assert AuditEvent.objects.filter(action="access.denied", actor=lead_a).exists()
