"""The assessment and decision pages, and the approvals queue."""

import pytest

from risk.models import AssessmentStatus
from risk.selectors import approval_queue
from tests.factories import submit_referral, submitted_assessment


def test_practitioner_submits_an_assessment_through_the_form(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    url = f"/risk/referrals/{referral.reference}/children/{subject.pk}/assess/"

    response = client_for(practitioner).post(
        url,
        {
            "proposed_grade": "high",
            "voice_of_child": "Scared.",
            "rationale": "Weapon used.",
            "submit": "1",
        },
    )

    assert response.status_code == 302
    assert subject.assessment.status == AssessmentStatus.SUBMITTED


def test_missing_voice_of_the_child_is_shown_next_to_the_field(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    url = f"/risk/referrals/{referral.reference}/children/{subject.pk}/assess/"

    response = client_for(practitioner).post(
        url,
        {
            "proposed_grade": "high",
            "voice_of_child": "",
            "rationale": "x",
            "submit": "1",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#id_voice_of_child"' in html


def test_supervisor_sees_a_warning_instead_of_a_form_on_their_own_assessment(
    client_for, officer, supervisor
) -> None:
    assessment = submitted_assessment(submit_referral(officer), supervisor)
    html = client_for(supervisor).get(f"/risk/assessments/{assessment.pk}/decide/").content.decode()
    assert "another supervisor must decide" in html
    assert "Record decision" not in html


def test_supervisor_decides_through_the_form(client_for, officer, practitioner, supervisor) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner)
    response = client_for(supervisor).post(
        f"/risk/assessments/{assessment.pk}/decide/",
        {"decision": "approve", "grade": "", "rationale": "", "version": assessment.version},
    )
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.status == AssessmentStatus.APPROVED


@pytest.mark.parametrize("who", ["practitioner", "officer", "partner_a", "manager", "auditor"])
def test_only_supervisors_reach_the_approval_pages(
    db, request, client_for, officer, practitioner2, who
) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner2)
    client = client_for(request.getfixturevalue(who))
    assert client.get("/risk/approvals/").status_code == 403
    assert client.get(f"/risk/assessments/{assessment.pk}/decide/").status_code == 403


@pytest.mark.parametrize("who", ["officer2", "partner_a", "partner_b", "manager"])
def test_assessment_form_is_closed_to_other_roles(db, request, client_for, officer, who) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    response = client_for(request.getfixturevalue(who)).get(
        f"/risk/referrals/{referral.reference}/children/{subject.pk}/assess/"
    )
    assert response.status_code in (403, 404)


def test_approval_queue_leaves_out_the_supervisors_own_work(
    officer, practitioner, supervisor
) -> None:
    others = submitted_assessment(submit_referral(officer), practitioner)
    own = submitted_assessment(submit_referral(officer), supervisor)
    queue = list(approval_queue(user=supervisor))
    assert others in queue
    assert own not in queue


def test_approval_queue_uses_a_constant_number_of_queries(
    officer, practitioner, supervisor, django_assert_num_queries
) -> None:
    def evaluate():
        rows = list(approval_queue(user=supervisor))
        for a in rows:  # what the page reads
            _ = (
                a.referral.reference,
                a.referral.incident_type.label,
                a.subject.person.full_name,
                a.assessor.get_full_name(),
            )
        return rows

    submitted_assessment(submit_referral(officer), practitioner)
    # 1: assessments joined to referral, incident type, child and assessor, minus own work
    with django_assert_num_queries(1):
        assert len(evaluate()) == 1
    for _ in range(4):
        submitted_assessment(submit_referral(officer), practitioner)
    with django_assert_num_queries(1):
        assert len(evaluate()) == 5
