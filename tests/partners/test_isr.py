"""Information sharing requests: raised by partners, timed, answered by VHub with attachments."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from audit.models import AuditEvent
from partners.models import InformationRequest, IsrStatus
from partners.portal_actions import IsrInput, do_raise_isr, do_respond_isr
from referrals.escalation import deliver_outbox, sweep_clocks
from referrals.models import ClockKind, ClockState, Escalation, Notification, SlaClock
from tests.factories import approved_referral, share_with
from vhub.errors import ActionPermissionError

SATURDAY_11PM = datetime(2026, 11, 21, 23, 0, tzinfo=UTC)
FRIDAY_4PM = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)  # GMT in November: 16:00 in London
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _person_isr(actor, urgency: str = "urgent", **extra):
    return do_raise_isr(
        IsrInput(
            urgency=urgency,
            reason="Child starting at our school; any known risks at home?",
            lawful_basis="dpa2018_sch8",
            subject_name="Sam Jones",
            subject_date_of_birth=date(2016, 5, 1),
            **extra,
        ),
        actor=actor,
    )


def test_an_urgent_request_is_due_in_four_hours_day_or_night(partner_a) -> None:
    with time_machine.travel(SATURDAY_11PM, tick=False):
        isr = _person_isr(partner_a, "urgent")
    clock = SlaClock.objects.get(isr=isr)
    assert (clock.kind, clock.calendar, clock.referral) == (ClockKind.ISR_URGENT, "24x7", None)
    assert clock.due_at == SATURDAY_11PM + timedelta(hours=4)
    assert AuditEvent.objects.filter(action="isr.raise", actor=partner_a).exists()


def test_a_routine_request_is_due_in_five_working_days(partner_a) -> None:
    with time_machine.travel(FRIDAY_4PM, tick=False):
        isr = _person_isr(partner_a, "routine")
    clock = SlaClock.objects.get(isr=isr)
    assert (clock.kind, clock.calendar) == (ClockKind.ISR_ROUTINE, "working_hours")
    # one hour on Friday, four full days, seven hours the Friday after
    assert clock.due_at == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


def test_a_request_about_a_shared_referral_belongs_to_it(
    officer, practitioner, supervisor, partner_a, partner_b
) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    isr = do_raise_isr(
        IsrInput(urgency="routine", reason="History?", lawful_basis="ca1989_s47", share=share),
        actor=partner_a,
    )
    assert SlaClock.objects.get(isr=isr).referral == share.referral
    with pytest.raises(ActionPermissionError):
        do_raise_isr(
            IsrInput(urgency="routine", reason="x", lawful_basis="ca1989_s47", share=share),
            actor=partner_b,
        )


def test_an_urgent_request_without_a_referral_escalates_like_an_unallocated_case(
    partner_a, supervisor, manager
) -> None:
    with time_machine.travel(SATURDAY_11PM, tick=False):
        isr = _person_isr(partner_a, "urgent")
    clock = SlaClock.objects.get(isr=isr)
    with time_machine.travel(clock.escalate_at + timedelta(minutes=1), tick=False):
        sweep_clocks()
        assert deliver_outbox() >= 2
    levels = set(Escalation.objects.filter(clock=clock).values_list("level", "recipient"))
    assert ("breached", supervisor.pk) in levels
    assert ("breached_further", manager.pk) in levels
    notice = Notification.objects.filter(user=manager).first()
    assert notice.title.startswith(f"ISR-{isr.pk}")
    assert notice.url == f"/partners/isrs/{isr.pk}/"


def test_the_partner_raises_a_request_through_the_portal(client_for, partner_a) -> None:
    client = client_for(partner_a)
    response = client.post("/partners/isrs/new/", {})
    body = response.content.decode()
    assert "There is a problem" in body
    assert 'href="#id_subject_name"' in body
    response = client.post(
        "/partners/isrs/new/",
        {
            "subject_name": "Sam Jones",
            "urgency": "urgent",
            "reason": "Any known risks?",
            "lawful_basis": "dpa2018_sch8",
        },
    )
    isr = InformationRequest.objects.get()
    assert response.url == f"/partners/isrs/{isr.pk}/"
    assert isr.agency == partner_a.agency


def test_vhub_answers_with_a_file_the_clock_is_met_and_the_partner_sees_it(
    client_for, partner_a, practitioner
) -> None:
    with time_machine.travel(SATURDAY_11PM, tick=False):
        isr = _person_isr(partner_a)
    queue = client_for(practitioner).get("/partners/isrs/queue/").content.decode()
    assert f"ISR-{isr.pk}" in queue
    assert "On track" in queue
    with time_machine.travel(SATURDAY_11PM + timedelta(hours=1), tick=False):
        response = client_for(practitioner).post(
            f"/partners/isrs/{isr.pk}/",
            {
                "response": "Known to police: one incident in 2025.",
                "attachments": [SimpleUploadedFile("summary.pdf", PDF, "application/pdf")],
            },
        )
    assert response.status_code == 302
    isr.refresh_from_db()
    assert isr.status == IsrStatus.RESPONDED
    clock = SlaClock.objects.get(isr=isr)
    assert (clock.state, clock.achieved_minutes) == (ClockState.MET, 60)
    assert Notification.objects.filter(user=partner_a, title__contains=f"ISR-{isr.pk}").exists()

    client = client_for(partner_a)
    page = client.get(f"/partners/isrs/{isr.pk}/").content.decode()
    assert "Known to police: one incident in 2025." in page
    attachment = isr.attachments.get()
    assert attachment.content_type == "application/pdf"
    # stored in private storage (outside the web root), served only as a download
    assert str(attachment.file.path).startswith(str(attachment.file.storage.location))
    download = client.get(f"/partners/isrs/{isr.pk}/attachments/{attachment.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content) == PDF
    assert AuditEvent.objects.filter(action="isr.download", actor=partner_a).exists()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00 a program renamed", "must be a PDF"),
        ("notes.txt", b"\x00\x01\x02binary", "must be a PDF"),
        ("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "smaller than 10 MB"),
    ],
)
def test_attachments_are_checked_by_content_and_size(
    client_for, partner_a, practitioner, name: str, content, problem
) -> None:
    isr = _person_isr(partner_a)
    response = client_for(practitioner).post(
        f"/partners/isrs/{isr.pk}/",
        {"response": "See attached.", "attachments": [SimpleUploadedFile(name, content)]},
    )
    assert response.status_code == 200
    assert problem in response.content.decode()
    isr.refresh_from_db()
    assert isr.status == IsrStatus.OPEN


def test_a_text_attachment_is_accepted_whatever_its_name(partner_a, practitioner) -> None:
    isr = _person_isr(partner_a)
    upload = SimpleUploadedFile("notes.dat", "Plain notes – with a dash".encode())
    do_respond_isr(isr, actor=practitioner, response="Notes attached.", files=[upload])
    assert isr.attachments.get().content_type == "text/plain"


@pytest.mark.parametrize("who", ["partner_a", "partner_b", "officer", "auditor", "outsider"])
def test_only_vhub_staff_see_the_request_queue_and_refusals_are_audited(
    db, request, client_for, who
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get("/partners/isrs/queue/")
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.parametrize("who", ["practitioner", "officer", "auditor", "outsider"])
def test_only_partners_raise_requests(db, request, client_for, who) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get("/partners/isrs/new/")
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_a_partner_cannot_answer_a_request_and_a_manager_cannot_either(
    client_for, partner_a, manager
) -> None:
    isr = _person_isr(partner_a)
    response = client_for(partner_a).post(f"/partners/isrs/{isr.pk}/", {"response": "Me"})
    assert response.status_code == 403
    with pytest.raises(ActionPermissionError):
        do_respond_isr(isr, actor=manager, response="Read-only role")
    isr.refresh_from_db()
    assert isr.status == IsrStatus.OPEN


def test_the_partner_list_shows_only_their_agencys_requests(
    client_for, partner_a, partner_b
) -> None:
    mine = _person_isr(partner_a)
    theirs = _person_isr(partner_b)
    page = client_for(partner_a).get("/partners/isrs/").content.decode()
    assert f"ISR-{mine.pk}<" in page
    assert f"ISR-{theirs.pk}<" not in page


def test_isr_queue_query_count_is_independent_of_its_length(
    client_for, partner_a, practitioner, django_assert_num_queries
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(practitioner)
    for _ in range(2):
        _person_isr(partner_a)
    client.get("/partners/isrs/queue/")
    with CaptureQueriesContext(connection) as small:
        client.get("/partners/isrs/queue/")
    for _ in range(30):
        _person_isr(partner_a, "routine")
    with django_assert_num_queries(len(small)):
        response = client.get("/partners/isrs/queue/")
    assert len(response.context["page"]) == 25
