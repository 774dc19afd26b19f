"""Returning a referral to the officer for missing information, and the officer's resubmission."""

import pytest

from audit.models import AuditEvent
from referrals.actions.allocation import do_start_triage
from referrals.actions.returns import do_return_to_officer
from referrals.models import (
    Notification,
    Referral,
    ReferralDraft,
    ReferralSource,
    ReferralStatus,
    SlaClock,
)
from referrals.selectors import QueueFilters, triage_queue
from tests.factories import submit_referral
from vhub.errors import ActionError, ActionPermissionError

REASON = "Which school does Lily attend? And what did she say?"


def _return(client, referral, reason: str = REASON):
    return client.post(
        f"/referrals/{referral.reference}/return/", {"reason": reason, "version": referral.version}
    )


def test_practitioner_returns_a_referral_with_a_reason_and_the_clocks_keep_running(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    referral.refresh_from_db()
    due_before = dict(SlaClock.objects.filter(referral=referral).values_list("kind", "due_at"))

    response = _return(client_for(practitioner), referral)

    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.RETURNED_TO_OFFICER
    assert referral.return_reason == REASON
    assert referral.returned_by == practitioner
    event = AuditEvent.objects.get(action="referral.transition", details__to="returned_to_officer")
    assert event.actor == practitioner
    assert event.details["reason"] == REASON
    notice = Notification.objects.get(user=officer)
    assert referral.reference in notice.title
    assert notice.body == REASON
    # Not paused: the child is still waiting (docs/sla.md).
    open_clocks = SlaClock.objects.filter(referral=referral, state__in=["on_track", "at_risk"])
    assert dict(open_clocks.values_list("kind", "due_at")) == due_before


def test_a_return_needs_a_reason(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    response = _return(client_for(practitioner), referral, reason=" ")
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SUBMITTED
    with pytest.raises(ActionError, match="Say what information is missing"):
        do_return_to_officer(referral, actor=practitioner, reason="")


def test_only_referrals_from_the_form_that_await_triage_can_be_returned(
    officer, practitioner
) -> None:
    referral = submit_referral(officer)
    Referral.objects.filter(pk=referral.pk).update(source=ReferralSource.API)
    referral.refresh_from_db()
    with pytest.raises(ActionError, match="records system"):
        do_return_to_officer(referral, actor=practitioner, reason=REASON)

    other = submit_referral(officer)
    Referral.objects.filter(pk=other.pk).update(status=ReferralStatus.AWAITING_APPROVAL)
    other.refresh_from_db()
    with pytest.raises(ActionError, match="cannot become returned to officer"):
        do_return_to_officer(other, actor=practitioner, reason=REASON)


@pytest.mark.parametrize("who", ["officer", "officer2", "manager"])
def test_only_hub_caseworkers_return_a_referral_and_a_refusal_is_audited(
    request, client_for, officer, who
) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)
    assert _return(client_for(user), referral).status_code in (403, 404)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SUBMITTED
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    with pytest.raises(ActionPermissionError):
        do_return_to_officer(referral, actor=user, reason=REASON)


def test_officer_fixes_the_returned_referral_through_the_form_and_resubmits(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer, children=None)
    do_start_triage(referral, actor=practitioner)
    referral.refresh_from_db()
    do_return_to_officer(referral, actor=practitioner, reason=REASON)
    client = client_for(officer)

    mine = client.get("/referrals/mine/").content.decode()
    assert "Returned to you for missing information" in mine
    assert "Which school does Lily attend?" in mine

    response = client.post(f"/referrals/{referral.reference}/correct/")
    draft = ReferralDraft.objects.get(referral=referral)
    assert response["Location"] == f"/referrals/drafts/{draft.pk}/"
    tasks = client.get(f"/referrals/drafts/{draft.pk}/").content.decode()
    assert "Which school does Lily attend?" in tasks
    assert "Correct and resubmit the referral" in tasks

    key = draft.data["children"][0]["key"]
    child_page = client.get(f"/referrals/drafts/{draft.pk}/child/{key}/").content.decode()
    assert 'value="Lily"' in child_page  # the referral's answers, ready to correct
    data = {k: v[0] for k, v in draft.data["children"][0]["child"].items()}
    data["school"] = "St Mary's Primary"
    assert client.post(f"/referrals/drafts/{draft.pk}/child/{key}/", data).status_code == 302
    client.post(
        f"/referrals/drafts/{draft.pk}/voice/{key}/",
        {"voice_of_child": "Lily said she hides under the bed."},
    )
    client.post(
        f"/referrals/drafts/{draft.pk}/assessment/{key}/",
        {"factors": ["da_child_present"], "proposed_grade": "medium", "rationale": "Present."},
    )
    check = client.get(f"/referrals/drafts/{draft.pk}/check/").content.decode()
    assert "Resubmit the referral" in check
    response = client.post(f"/referrals/drafts/{draft.pk}/check/")

    assert response["Location"] == f"/referrals/{referral.reference}/"
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SUBMITTED
    assert Referral.objects.count() == 1  # the same referral, corrected; no duplicate
    subject = referral.subjects.get()
    assert subject.school == "St Mary's Primary"
    assert subject.voice_of_child == "Lily said she hides under the bed."
    assert subject.assessment.proposed_grade == "medium"
    resubmit = AuditEvent.objects.get(action="referral.resubmit")
    assert resubmit.actor == officer
    assert set(resubmit.details["changed"]) >= {"children", "assessments"}
    assert Notification.objects.filter(user=practitioner, title__contains="resubmitted").exists()
    assert not ReferralDraft.objects.exists()
    # Back in the queue, still with the practitioner who asked.
    queue = triage_queue(user=practitioner, filters=QueueFilters(mine=True))
    assert referral in list(queue)


def test_another_officer_cannot_correct_a_returned_referral(
    client_for, officer, officer2, practitioner
) -> None:
    referral = submit_referral(officer)
    do_return_to_officer(referral, actor=practitioner, reason=REASON)
    assert client_for(officer2).post(f"/referrals/{referral.reference}/correct/").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=officer2).exists()
    assert not ReferralDraft.objects.exists()


def test_a_referral_not_returned_cannot_be_corrected_or_resubmitted(client_for, officer) -> None:
    referral = submit_referral(officer)
    response = client_for(officer).post(f"/referrals/{referral.reference}/correct/")
    assert response.status_code == 302
    assert not ReferralDraft.objects.exists()


def test_referral_page_offers_the_return_to_caseworkers_and_the_correction_to_the_officer(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    page = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Return to the officer for missing information" in page
    assert (
        "Return to the officer"
        not in client_for(officer).get(f"/referrals/{referral.reference}/").content.decode()
    )

    do_return_to_officer(referral, actor=practitioner, reason="<script>x</script> missing")
    page = client_for(officer).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Correct and resubmit" in page
    assert "&lt;script&gt;x&lt;/script&gt; missing" in page
    assert "<script>x" not in page


def test_the_hub_can_grade_provisionally_while_the_officer_adds_the_missing_information(
    officer, practitioner
) -> None:
    from risk.actions import do_save_assessment
    from tests.factories import assessment_input

    referral = submit_referral(officer)
    do_return_to_officer(referral, actor=practitioner, reason=REASON)
    subject = referral.subjects.get()
    do_save_assessment(subject, assessment_input("high"), actor=practitioner, submit=False)
    referral.refresh_from_db()
    assert referral.provisional_grade == "high"
    assert SlaClock.objects.get(referral=referral, kind="triage").state == "met"
    with pytest.raises(ActionError, match="with the referring officer"):
        do_save_assessment(subject, assessment_input("high"), actor=practitioner, submit=True)


def test_resubmitting_keeps_a_practitioners_later_assessment_the_officer_did_not_touch(
    client_for, officer, practitioner
) -> None:
    from risk.actions import do_save_assessment
    from tests.factories import assessment_input

    referral = submit_referral(officer)
    subject = referral.subjects.get()
    do_save_assessment(
        subject,
        assessment_input("medium", factor_codes=["da_child_present"]),
        actor=officer,
        submit=False,
    )
    do_return_to_officer(referral, actor=practitioner, reason=REASON)
    client = client_for(officer)
    client.post(f"/referrals/{referral.reference}/correct/")
    draft = ReferralDraft.objects.get()
    # Meanwhile the practitioner raises the grade in their draft.
    do_save_assessment(subject, assessment_input("high"), actor=practitioner, submit=False)
    key = draft.data["children"][0]["key"]
    data = {k: v[0] for k, v in draft.data["children"][0]["child"].items()}
    data["school"] = "St Mary's Primary"
    client.post(f"/referrals/drafts/{draft.pk}/child/{key}/", data)
    response = client.post(f"/referrals/drafts/{draft.pk}/check/")

    assert response.status_code == 302
    subject.refresh_from_db()
    assert subject.school == "St Mary's Primary"
    assert subject.assessment.proposed_grade == "high"


def test_a_grade_returned_to_the_practitioner_is_not_shown_to_the_officer_as_returned(
    client_for, officer, practitioner, supervisor
) -> None:
    """Found in use: My referrals said "Returned" when a supervisor returned a grade to the
    practitioner, though nothing waited on the officer."""
    from risk.actions import do_decide_assessment
    from tests.factories import submitted_assessment

    referral = submit_referral(officer)
    assessment = submitted_assessment(referral, practitioner)
    do_decide_assessment(
        assessment, actor=supervisor, decision="return", rationale="Say more about the knife."
    )
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.RETURNED
    mine = client_for(officer).get("/referrals/mine/").content.decode()
    row = mine[mine.index(f">{referral.reference}</a>") :]
    row = row[: row.index("</tr>")]
    assert "In triage" in row
    assert "Returned" not in row
    assert "Returned to you" not in mine
    detail = client_for(officer).get(f"/referrals/{referral.reference}/").content.decode()
    assert ">Returned<" not in detail
    # the hub still sees the real status
    hub = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert ">Returned<" in hub
