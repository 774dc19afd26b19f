"""Intake and triage actions: permissions, state, audit, optimistic locking."""

import re

import pytest

from audit.models import AuditEvent
from referrals.actions.allocation import do_start_triage
from referrals.models import ReferralStatus
from tests.factories import submit_referral
from vhub.errors import ActionError, ActionPermissionError, StaleError


def test_officer_submission_creates_referral_child_and_audit_event(officer) -> None:
    referral = submit_referral(officer)

    assert re.fullmatch(r"VH-\d{4}-\d{6}", referral.reference)
    assert referral.status == ReferralStatus.SUBMITTED
    subject = referral.subjects.get()
    assert subject.person.full_name == "Lily Smith"
    assert subject.voice_of_child.startswith("Said she was scared")
    event = AuditEvent.objects.get(action="referral.submit")
    assert event.referral_id == referral.pk
    assert event.actor_id == officer.pk


def test_references_are_unique_and_increasing(officer) -> None:
    first = submit_referral(officer)
    second = submit_referral(officer)
    assert first.reference != second.reference
    assert second.reference > first.reference


@pytest.mark.parametrize("role_fixture", ["practitioner", "supervisor", "partner_a", "outsider"])
def test_only_officers_submit_referrals(db, request, role_fixture) -> None:
    user = request.getfixturevalue(role_fixture)
    with pytest.raises(ActionPermissionError):
        submit_referral(user)


def test_referral_needs_a_child(officer) -> None:
    from referrals.actions.intake import do_submit_referral
    from referrals.inputs import IncidentDetails
    from referrals.models import IncidentType
    from vhub.clock import now

    details = IncidentDetails(
        incident_reference="x",
        incident_at=now(),
        location="x",
        postcode="",
        incident_type=IncidentType.objects.first(),
        local_authority=None,
        narrative="x",
        officer_risk_view="x",
        children=[],
    )
    with pytest.raises(ActionError, match="at least one child"):
        do_submit_referral(details, actor=officer)


def test_start_triage_allocates_to_the_practitioner_and_audits_the_transition(
    officer, practitioner
) -> None:
    referral = submit_referral(officer)

    do_start_triage(referral, actor=practitioner, expected_version=referral.version)

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.IN_TRIAGE
    assert referral.allocated_to == practitioner
    event = AuditEvent.objects.get(action="referral.transition", referral=referral)
    assert event.details == {"from": "submitted", "to": "in_triage", "reason": ""}


def test_stale_form_is_refused_without_overwriting(officer, practitioner, practitioner2) -> None:
    referral = submit_referral(officer)
    seen_version = referral.version
    do_start_triage(referral, actor=practitioner, expected_version=seen_version)

    with pytest.raises(StaleError, match="changed by someone else"):
        do_start_triage(referral, actor=practitioner2, expected_version=seen_version)
    referral.refresh_from_db()
    assert referral.allocated_to == practitioner


def test_officer_cannot_start_triage(officer) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionPermissionError):
        do_start_triage(referral, actor=officer)


def test_triage_cannot_start_twice(officer, practitioner) -> None:
    referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    with pytest.raises(ActionError, match="cannot become in triage"):
        do_start_triage(referral, actor=practitioner)
