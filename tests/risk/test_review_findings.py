"""Regressions from the code review: several children, drafts, moved partners, returns."""

from datetime import UTC, datetime, timedelta

import time_machine

from partners.selectors import partner_inbox
from referrals.models import ClockKind, SlaClock
from risk.actions import do_decide_assessment, do_save_assessment
from tests.factories import (
    approved_referral,
    assessment_input,
    child,
    share_with,
    submit_referral,
)

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _two_children(officer):
    return submit_referral(
        officer, children=[child(first_name="Amy"), child(first_name="Ben", date_of_birth=None)]
    )


def _assess(subject: str, actor, grade, submit: bool = True):
    return do_save_assessment(subject, assessment_input(grade), actor=actor, submit=submit)


def test_approving_one_child_never_lowers_a_high_sibling(officer, practitioner, supervisor) -> None:
    with time_machine.travel(START, tick=False):
        referral = _two_children(officer)
        amy, ben = referral.subjects.order_by("id")
        low = _assess(amy, practitioner, "standard")
        _assess(ben, practitioner, "high")
        do_decide_assessment(low, actor=supervisor, decision="approve")
    referral.refresh_from_db()
    assert referral.effective_grade == "high"
    assert referral.current_grade == ""  # no referral grade until every child is decided
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    assert (clock.calendar, clock.due_at) == ("24x7", START + timedelta(hours=4))


def test_the_officers_draft_neither_meets_triage_nor_relaxes_the_clocks(officer) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        do_save_assessment(
            referral.subjects.get(),
            assessment_input("standard", factor_codes=["weapon"]),  # suggestion: medium
            actor=officer,
            submit=False,
        )
    referral.refresh_from_db()
    assert referral.provisional_grade == "medium"  # never below the suggestion
    triage = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)
    assert triage.state == "on_track"


def test_a_partner_moved_to_another_agency_loses_the_old_agencys_shares(
    officer, practitioner, supervisor, partner_a, shropshire
) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    assert list(partner_inbox(user=partner_a)) == [share]
    partner_a.agency = shropshire  # the admin changed the agency but not the groups
    partner_a.save()
    partner_a = type(partner_a).objects.get(pk=partner_a.pk)
    assert list(partner_inbox(user=partner_a)) == []


def test_a_supervisor_may_return_each_child_and_before_all_are_submitted(
    officer, practitioner, supervisor
) -> None:
    referral = _two_children(officer)
    amy, ben = referral.subjects.order_by("id")
    first = _assess(amy, practitioner, "medium")
    do_decide_assessment(first, actor=supervisor, decision="return", rationale="More detail.")
    second = _assess(ben, practitioner, "medium")
    do_decide_assessment(second, actor=supervisor, decision="return", rationale="More detail.")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("returned", "returned")


def test_a_superseded_flag_is_raised_again_when_its_reason_returns(
    officer, practitioner, supervisor
) -> None:
    from risk.models import FlagStatus, UnderGradingFlag

    referral = submit_referral(officer, narrative="He strangled her.")
    subject = referral.subjects.get()
    _assess(subject, practitioner, "standard", submit=False)
    flag = UnderGradingFlag.objects.get(
        referral=referral, kind="narrative", key="indicator:strangulation"
    )
    assessment = _assess(subject, practitioner, "high")
    flag.refresh_from_db()
    assert flag.status == FlagStatus.SUPERSEDED
    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="change",
        grade="medium",
        rationale="Not corroborated.",
    )
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN


def test_audit_ip_addresses_are_stored_as_postgres_stores_them() -> None:
    from audit.middleware import client_ip

    assert client_ip({"REMOTE_ADDR": "2001:0DB8:0000::0001"}, 0) == "2001:db8::1"
    assert client_ip({"REMOTE_ADDR": "unknown"}, 0) is None
    assert client_ip({"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "1.2.3.4:5678"}, 1) is None


def test_an_ipv6_audit_event_still_verifies_after_a_round_trip(client, practitioner) -> None:
    from audit.models import AuditEvent
    from audit.verify import verify_chain
    from tests.factories import TEST_PASSWORD

    client.post(
        "/login/",
        {"username": practitioner.username, "password": TEST_PASSWORD},
        REMOTE_ADDR="2001:0DB8:0000::0001",
    )
    assert AuditEvent.objects.get(action="auth.login").ip == "2001:db8::1"
    assert verify_chain().ok


def test_a_page_refused_for_a_role_is_audited(client_for, partner_a) -> None:
    from audit.models import AuditEvent

    assert client_for(partner_a).get("/risk/approvals/").status_code == 403
    denial = AuditEvent.objects.get(action="access.denied", actor=partner_a)
    assert denial.details["reason"] == "role not allowed"


def test_a_malformed_reference_is_an_audited_404_not_a_500(client_for, practitioner) -> None:
    from audit.models import AuditEvent

    client = client_for(practitioner)
    assert client.get("/referrals/VH%00/").status_code == 404
    assert client.get("/api/v1/referrals/VH%00x/").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=practitioner).count() == 2


def test_an_invalid_allocation_with_filters_returns_to_the_filtered_queue(
    client_for, officer, supervisor
) -> None:
    referral = submit_referral(officer)
    response = client_for(supervisor).post(
        "/referrals/queue/allocate/", {"referrals": [referral.pk], "back": "grade=high"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/referrals/queue/?grade=high"


def test_one_refused_email_does_not_stop_the_other_escalations(
    officer, practitioner, supervisor, monkeypatch
) -> None:
    from django.core import mail

    from referrals.actions.allocation import do_start_triage
    from referrals.escalation import deliver_outbox, sweep_clocks
    from referrals.models import Notification, OutboxMessage

    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        do_start_triage(referral, actor=practitioner)
    real_send = mail.send_mail

    def refuse_practitioner(*args, recipient_list, **kwargs):
        if recipient_list == [practitioner.email]:
            raise ConnectionRefusedError("mailbox unavailable")
        return real_send(*args, recipient_list=recipient_list, **kwargs)

    monkeypatch.setattr("referrals.escalation.send_mail", refuse_practitioner)
    with time_machine.travel(START + timedelta(hours=3), tick=False):
        sweep_clocks()
        deliver_outbox()
    assert any(supervisor.email in m.to for m in mail.outbox)  # the others were sent
    stuck = OutboxMessage.objects.filter(escalation__recipient=practitioner, delivered_at=None)
    assert stuck.exists()
    assert stuck.first().last_error.startswith("ConnectionRefusedError")
    notices = Notification.objects.filter(user=practitioner).count()
    assert notices == stuck.count()  # the in-app notice is written although the e-mail failed
    monkeypatch.setattr("referrals.escalation.send_mail", real_send)
    with time_machine.travel(START + timedelta(hours=4), tick=False):
        deliver_outbox()
    assert not stuck.exists()
    assert Notification.objects.filter(user=practitioner).count() == notices  # not written twice


def test_a_twin_on_the_same_referral_is_never_suggested_as_a_match(officer, practitioner) -> None:
    from datetime import date

    from referrals.models import PersonMatch

    referral = submit_referral(
        officer,
        children=[
            child(first_name="Lily", last_name="Smith", date_of_birth=date(2020, 1, 1)),
            child(first_name="Lila", last_name="Smith", date_of_birth=date(2020, 1, 1)),
        ],
    )
    assert not PersonMatch.objects.filter(subject__referral=referral).exists()
