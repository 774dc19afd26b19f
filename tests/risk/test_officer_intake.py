"""The referring officer's initial child risk assessment, made before triage."""

import pytest

from audit.models import AuditEvent
from referrals.actions.allocation import do_start_triage
from referrals.models import ReferralStatus
from risk.actions import do_decide_assessment, do_save_assessment
from risk.models import AssessmentStatus
from tests.factories import assessment_input, submit_referral
from vhub.errors import ActionPermissionError


def _url(referral) -> str:
    return f"/risk/referrals/{referral.reference}/children/{referral.subjects.get().pk}/assess/"


def test_officer_saves_an_initial_assessment_that_the_practitioner_completes(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    initial = do_save_assessment(
        subject,
        assessment_input("medium", factor_codes=["da_child_present"]),
        actor=officer,
        submit=False,
    )
    referral.refresh_from_db()
    assert initial.status == AssessmentStatus.DRAFT
    assert referral.status == ReferralStatus.SUBMITTED  # still waiting for the hub
    assert referral.provisional_grade == "medium"

    completed = do_save_assessment(
        subject,
        assessment_input("high"),
        actor=practitioner,
        submit=True,
        expected_version=initial.version,
    )
    assert set(completed.editors.all()) == {officer, practitioner}
    do_decide_assessment(completed, actor=supervisor, decision="approve")


def test_the_practitioner_who_submits_an_officers_draft_is_its_assessor(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    draft = do_save_assessment(subject, assessment_input("medium"), actor=officer, submit=False)
    assert draft.assessor == officer
    completed = do_save_assessment(
        subject, assessment_input("medium"), actor=practitioner, submit=True
    )
    assert completed.assessor == practitioner
    name = practitioner.get_full_name()
    approvals = client_for(supervisor).get("/risk/approvals/").content.decode()
    assert name in approvals
    assert officer.get_full_name() not in approvals
    decide = client_for(supervisor).get(f"/risk/assessments/{completed.pk}/decide/")
    assert f">{name}<" in decide.content.decode()
    page = client_for(supervisor).get(f"/referrals/{referral.reference}/").content.decode()
    assert f"Assessed by {name}" in page


def test_officer_cannot_submit_for_approval(officer) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionPermissionError, match="Save your initial assessment"):
        do_save_assessment(referral.subjects.get(), assessment_input(), actor=officer, submit=True)


def test_officer_cannot_assess_after_triage_starts_or_on_anothers_referral(
    officer, officer2, practitioner
) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionPermissionError):
        do_save_assessment(
            referral.subjects.get(), assessment_input(), actor=officer2, submit=False
        )
    do_start_triage(referral, actor=practitioner)
    with pytest.raises(ActionPermissionError):
        do_save_assessment(referral.subjects.get(), assessment_input(), actor=officer, submit=False)


def test_officer_cannot_continue_or_save_the_assessment_after_sending(client_for, officer) -> None:
    """Found in use: after sending, the officer still saw "Continue risk assessment" and the
    page saved their changes. The initial assessment is sent with the referral; after that
    only the hub changes it (or the officer, through the form, when the hub returns it)."""
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    sent = do_save_assessment(
        subject,
        assessment_input("medium", factor_codes=["da_child_present"]),
        actor=officer,
        submit=False,
    )
    client = client_for(officer)
    detail = client.get(f"/referrals/{referral.reference}/").content.decode()
    assert "Continue risk assessment" not in detail
    assert "Assess risk" not in detail
    assert client.get(_url(referral)).status_code == 404
    response = client.post(
        _url(referral),
        {
            "factors": ["da_child_present", "strangulation"],
            "proposed_grade": "high",
            "voice_of_child": "Crying.",
            "rationale": "Changed after sending.",
            "draft": "1",
            "version": sent.version,
        },
    )
    assert response.status_code == 404
    subject.assessment.refresh_from_db()
    assert subject.assessment.proposed_grade == "medium"
    assert subject.assessment.version == sent.version
    assert client.post(_url(referral).replace("assess/", "suggest/"), {}).status_code == 404
    assert (
        AuditEvent.objects.filter(
            action="access.denied",
            actor=officer,
            details__reason="assessment closed to the officer once the referral is sent",
        ).count()
        == 3
    )


def test_officer_gets_404_for_the_assessment_page_once_triage_starts(
    client_for, officer, officer2, practitioner
) -> None:
    referral = submit_referral(officer)
    assert client_for(officer2).get(_url(referral)).status_code == 404
    do_start_triage(referral, actor=practitioner)
    assert client_for(officer).get(_url(referral)).status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=officer).exists()
