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


def _two_children(officer):  # type: ignore[no-untyped-def]
    return submit_referral(
        officer, children=[child(first_name="Amy"), child(first_name="Ben", date_of_birth=None)]
    )


def _assess(subject, actor, grade, submit=True):  # type: ignore[no-untyped-def]
    return do_save_assessment(subject, assessment_input(grade), actor=actor, submit=submit)


def test_approving_one_child_never_lowers_a_high_sibling(officer, practitioner, supervisor):
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


def test_the_officers_draft_neither_meets_triage_nor_relaxes_the_clocks(officer):
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
):
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    assert list(partner_inbox(user=partner_a)) == [share]
    partner_a.agency = shropshire  # the admin changed the agency but not the groups
    partner_a.save()
    partner_a = type(partner_a).objects.get(pk=partner_a.pk)
    assert list(partner_inbox(user=partner_a)) == []


def test_a_supervisor_may_return_each_child_and_before_all_are_submitted(
    officer, practitioner, supervisor
):
    referral = _two_children(officer)
    amy, ben = referral.subjects.order_by("id")
    first = _assess(amy, practitioner, "medium")
    do_decide_assessment(first, actor=supervisor, decision="return", rationale="More detail.")
    second = _assess(ben, practitioner, "medium")
    do_decide_assessment(second, actor=supervisor, decision="return", rationale="More detail.")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("returned", "returned")
