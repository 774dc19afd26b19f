"""Monthly quality audits: a reproducible sample per area, the rubric, feedback to the assessor,
results per area, team and person, and joint audits by partner reviewers."""

import random
from datetime import date, datetime

import pytest
import time_machine
from django.utils import timezone

from audit.models import AuditEvent
from partners.actions import do_withdraw_share
from referrals.models import NoteKind
from referrals.notes import do_add_case_note
from risk.models import (
    AuditKind,
    QualityAudit,
    QualityAuditRound,
    QualityAuditSetting,
    QualityTeam,
    QualityTeamMember,
)
from risk.quality import choose_sample, quality_results
from risk.quality_actions import RubricScores, do_sample_quality_audits, do_score_quality_audit
from risk.tasks import sample_quality_audits
from tests.factories import approved_referral, share_with
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency

MARCH = date(2026, 3, 1)


def _at(day: int, month: int = 3):
    return time_machine.travel(
        datetime(2026, month, day, 11, 0, tzinfo=timezone.get_current_timezone()), tick=False
    )


def _approved_in(
    day: int, officer, practitioner, supervisor, area: str = "herefordshire-cs", month: int = 3
):
    with _at(day, month):
        return approved_referral(
            officer, practitioner, supervisor, local_authority=Agency.objects.get(slug=area)
        )


@pytest.fixture
def march_assessments(officer, practitioner, supervisor):
    """Seven approved assessments in Herefordshire and two in Shropshire in March, one in
    Herefordshire in April (outside the month)."""
    hereford = [_approved_in(d, officer, practitioner, supervisor) for d in range(2, 9)]
    shrop = [
        _approved_in(d, officer, practitioner, supervisor, area="shropshire-cs") for d in (10, 11)
    ]
    april = _approved_in(2, officer, practitioner, supervisor, month=4)
    return hereford, shrop, april


def _ids(referrals) -> set[int]:
    return {r.assessments.get().pk for r in referrals}


def test_the_sample_is_reproducible_for_a_month_whatever_the_global_random_state(
    march_assessments,
) -> None:
    hereford, shrop, april = march_assessments
    QualityAuditSetting.objects.filter(local_authority__isnull=True).update(sample_size=3)
    random.seed(1)
    first = choose_sample(MARCH)
    random.seed(2)
    second = choose_sample(date(2026, 3, 17))  # any day of the month is the same month
    assert first == second
    h, s = Agency.objects.get(slug="herefordshire-cs"), Agency.objects.get(slug="shropshire-cs")
    assert len(first[h.pk]) == 3
    assert set(first[h.pk]) <= _ids(hereford)
    assert set(first[s.pk]) == _ids(shrop)  # fewer than the sample size: all of them
    assert not _ids([april]) & {pk for pks in first.values() for pk in pks}


def test_an_area_can_have_its_own_sample_size(march_assessments) -> None:
    shropshire = Agency.objects.get(slug="shropshire-cs")
    QualityAuditSetting.objects.create(local_authority=shropshire, sample_size=1)
    assert len(choose_sample(MARCH)[shropshire.pk]) == 1


def test_the_monthly_task_samples_last_month_once(march_assessments, practitioner) -> None:
    team = QualityTeam.objects.create(name="Hub team A")
    QualityTeamMember.objects.create(user=practitioner, team=team)
    with _at(1, 4):
        assert sample_quality_audits() == 7  # 5 of 7 in Herefordshire, both in Shropshire
        assert sample_quality_audits() == 0
    round_ = QualityAuditRound.objects.get()
    assert round_.month == MARCH
    drawn = set(round_.audits.filter(kind=AuditKind.INTERNAL).values_list("assessment", flat=True))
    assert drawn == {pk for pks in choose_sample(MARCH).values() for pk in pks}
    assert set(round_.audits.values_list("team", flat=True)) == {team.pk}
    event = AuditEvent.objects.get(action="quality_audit.sample")
    assert event.details["month"] == "2026-03-01"
    assert event.details["channel"] == "task"


def test_only_auditors_draw_a_sample(db, practitioner) -> None:
    with pytest.raises(ActionPermissionError):
        do_sample_quality_audits(MARCH, actor=practitioner)


@pytest.fixture
def sampled(officer, practitioner, supervisor, auditor):
    referral = _approved_in(4, officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    do_sample_quality_audits(MARCH, actor=auditor)
    return (
        QualityAudit.objects.get(kind=AuditKind.INTERNAL),
        QualityAudit.objects.get(kind=AuditKind.JOINT),
        share,
    )


RUBRIC = {
    "completeness": "3",
    "voice_of_child": "2",
    "rationale": "4",
    "grade_agreed": "no",
    "comments": "The child's own words are missing; medium would have been enough.",
}


def test_auditor_scores_and_the_assessor_sees_the_feedback(
    client_for, auditor, practitioner, practitioner2, sampled
) -> None:
    internal, _, _ = sampled
    page = client_for(auditor).get(f"/risk/quality/{internal.pk}/")
    assert "Rubric" in page.content.decode()
    response = client_for(auditor).post(f"/risk/quality/{internal.pk}/", RUBRIC)
    assert response.status_code == 302
    internal.refresh_from_db()
    assert (internal.completeness, internal.voice_of_child, internal.rationale) == (3, 2, 4)
    assert internal.grade_agreed is False
    assert internal.reviewer == auditor
    event = AuditEvent.objects.get(action="quality_audit.score")
    assert event.details["grade_agreed"] is False
    assert event.referral_id

    feedback = client_for(practitioner).get("/risk/quality/feedback/").content.decode()
    assert "The child&#x27;s own words are missing" in feedback
    assert "2 – Requires improvement" in feedback
    assert (
        "own words" not in client_for(practitioner2).get("/risk/quality/feedback/").content.decode()
    )
    assert AuditEvent.objects.filter(action="quality_audit.feedback_view", actor=practitioner)


def test_disagreeing_with_the_grade_needs_a_comment(client_for, auditor, sampled) -> None:
    internal, _, _ = sampled
    response = client_for(auditor).post(f"/risk/quality/{internal.pk}/", {**RUBRIC, "comments": ""})
    html = response.content.decode()
    assert "Say why you do not agree with the grade" in html
    assert 'href="#id_comments"' in html
    internal.refresh_from_db()
    assert internal.status == "pending"


def test_a_score_is_final(auditor, sampled) -> None:
    internal, _, _ = sampled
    scores = RubricScores(3, 3, 3, True, "")
    do_score_quality_audit(internal, scores, actor=auditor)
    with pytest.raises(ActionError, match="already been scored"):
        do_score_quality_audit(internal, scores, actor=auditor)


def test_partner_reviewer_scores_a_joint_audit_of_their_own_agencys_share(
    client_for, partner_a, practitioner, sampled
) -> None:
    _, joint, share = sampled
    client = client_for(partner_a)
    listing = client.get("/risk/quality/joint/")
    assert [a.pk for a in listing.context["audits"]] == [joint.pk]
    page = client.get(f"/risk/quality/joint/{joint.pk}/")
    assert share.snapshot["narrative"] in page.content.decode()
    assert client.post(f"/risk/quality/joint/{joint.pk}/", {**RUBRIC, "grade_agreed": "yes"})
    joint.refresh_from_db()
    assert joint.status == "completed"
    assert joint.reviewer == partner_a
    feedback = client_for(practitioner).get("/risk/quality/feedback/").content.decode()
    assert "Herefordshire Children&#x27;s Services" in feedback


def test_the_other_agency_cannot_reach_a_joint_audit_and_is_audited(
    client_for, partner_b, sampled
) -> None:
    _, joint, _ = sampled
    client = client_for(partner_b)
    assert client.get("/risk/quality/joint/").context["audits"] == []
    assert client.get(f"/risk/quality/joint/{joint.pk}/").status_code == 404
    assert client.post(f"/risk/quality/joint/{joint.pk}/", RUBRIC).status_code == 404
    denial = AuditEvent.objects.filter(action="access.denied", actor=partner_b).latest("id")
    assert denial.details["object_type"] == "risk.qualityaudit"
    joint.refresh_from_db()
    assert joint.status == "pending"


def test_a_withdrawn_share_ends_the_joint_audit(
    client_for, partner_a, practitioner, sampled
) -> None:
    _, joint, share = sampled
    do_withdraw_share(share, actor=practitioner, reason="Wrong area")
    assert client_for(partner_a).get(f"/risk/quality/joint/{joint.pk}/").status_code == 404


def test_a_partner_cannot_score_an_internal_audit(partner_a, sampled) -> None:
    internal, _, _ = sampled
    with pytest.raises(ActionPermissionError):
        do_score_quality_audit(internal, RubricScores(3, 3, 3, True, ""), actor=partner_a)


@pytest.mark.parametrize(
    ("who", "url"),
    [
        ("practitioner", "/risk/quality/"),
        ("supervisor", "/risk/quality/"),
        ("partner_a", "/risk/quality/"),
        ("practitioner", "/risk/quality/results/"),
        ("partner_a", "/risk/quality/results/"),
        ("partner_a", "/risk/quality/feedback/"),
        ("auditor", "/risk/quality/feedback/"),
        ("practitioner", "/risk/quality/joint/"),
        ("auditor", "/risk/quality/joint/"),
    ],
)
def test_quality_pages_refuse_the_wrong_role_and_audit_it(
    db, request, client_for, who, url
) -> None:
    user = request.getfixturevalue(who)
    assert client_for(user).get(url).status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_practitioner_cannot_open_the_scoring_page(client_for, practitioner, sampled) -> None:
    internal, _, _ = sampled
    assert client_for(practitioner).get(f"/risk/quality/{internal.pk}/").status_code == 403
    assert client_for(practitioner).post("/risk/quality/sample/").status_code == 403


# --- results: exact figures ---------------------------------------------------------------


def test_results_per_area_team_and_person_aggregate_exactly(
    officer, practitioner, practitioner2, supervisor, auditor
) -> None:
    team_a = QualityTeam.objects.create(name="Team A")
    team_b = QualityTeam.objects.create(name="Team B")
    QualityTeamMember.objects.create(user=practitioner, team=team_a)
    QualityTeamMember.objects.create(user=practitioner2, team=team_b)
    practitioner.first_name, practitioner.last_name = "Pat", "One"
    practitioner.save()
    practitioner2.first_name, practitioner2.last_name = "Sam", "Two"
    practitioner2.save()
    plan = [
        # (month, day, assessor, area, completeness, voice, rationale, agreed)
        (3, 2, practitioner, "herefordshire-cs", 4, 3, 2, True),
        (3, 3, practitioner, "herefordshire-cs", 2, 1, 4, False),
        (3, 4, practitioner2, "shropshire-cs", 3, 3, 3, True),
        (4, 2, practitioner2, "herefordshire-cs", 1, 2, 2, False),
    ]
    for month, day, assessor, area, *_ in plan:
        _approved_in(day, officer, assessor, supervisor, area=area, month=month)
    for month in (3, 4):
        do_sample_quality_audits(date(2026, month, 1), actor=auditor)
    audits = QualityAudit.objects.filter(kind=AuditKind.INTERNAL).select_related(
        "assessment__referral", "round"
    )
    by_key = {(a.round.month.month, a.assessment.submitted_at.day): a for a in audits}
    for month, day, _, _, c, v, r, agreed in plan:
        do_score_quality_audit(
            by_key[(month, day)],
            RubricScores(c, v, r, agreed, "" if agreed else "No"),
            actor=auditor,
        )

    def table(by: str) -> list[tuple]:
        return [
            (
                row["month"].month,
                row["label"],
                row["audited"],
                float(row["completeness"]),
                float(row["voice"]),
                float(row["rationale"]),
                row["agreed"],
            )
            for row in quality_results(by=by)
        ]

    assert table("area") == [
        (4, "Herefordshire Children's Services", 1, 1.0, 2.0, 2.0, 0),
        (3, "Herefordshire Children's Services", 2, 3.0, 2.0, 3.0, 1),
        (3, "Shropshire Children's Services", 1, 3.0, 3.0, 3.0, 1),
    ]
    assert table("team") == [
        (4, "Team B", 1, 1.0, 2.0, 2.0, 0),
        (3, "Team A", 2, 3.0, 2.0, 3.0, 1),
        (3, "Team B", 1, 3.0, 3.0, 3.0, 1),
    ]
    assert table("person") == [
        (4, "Sam Two", 1, 1.0, 2.0, 2.0, 0),
        (3, "Pat One", 2, 3.0, 2.0, 3.0, 1),
        (3, "Sam Two", 1, 3.0, 3.0, 3.0, 1),
    ]


def test_results_page_shows_the_figures_to_a_manager(client_for, manager, auditor, sampled) -> None:
    internal, _, _ = sampled
    do_score_quality_audit(internal, RubricScores(4, 2, 3, True, ""), actor=auditor)
    response = client_for(manager).get("/risk/quality/results/?by=area")
    html = response.content.decode()
    assert "Herefordshire Children&#x27;s Services" in html
    assert "4.00" in html
    assert "2.00" in html
    assert "1 of 1" in html
    assert AuditEvent.objects.filter(action="quality_audit.results_view", actor=manager)


# --- query counts -------------------------------------------------------------------------


def test_quality_list_queries(
    auditor, partner_a, practitioner, sampled, django_assert_num_queries
) -> None:
    from risk.selectors import feedback_for, joint_audits_for, round_audits

    internal, _, _ = sampled
    do_score_quality_audit(internal, RubricScores(3, 3, 3, True, ""), actor=auditor)
    round_ = internal.round
    with django_assert_num_queries(1):
        # 1: the month's audits with child, referral, assessor and area joined.
        [
            (a.assessment.subject.person.full_name, a.assessor, a.local_authority)
            for a in round_audits(round_)
        ]
    with django_assert_num_queries(1):
        # 1: the assessor's scored audits with child, referral, month and agency joined.
        [
            (a.assessment.referral.reference, a.round.month, a.reviewer_agency)
            for a in feedback_for(practitioner)
        ]
    partner_a.role_names  # noqa: B018  (the roles are cached on the user once per request)
    list(joint_audits_for(partner_a))  # django-guardian caches its permission lookup
    with django_assert_num_queries(1):
        # 1: the agency's joint audits on shares it can see (a subquery), share and month joined.
        [(a.share.reference, a.round.month) for a in joint_audits_for(partner_a)]
    with django_assert_num_queries(1):
        # 1: the aggregate itself.
        list(quality_results(by="person"))


def test_the_rubric_page_shows_management_oversight_but_not_to_the_partner_reviewer(
    client_for, auditor, partner_a, practitioner, supervisor, sampled
):
    internal, joint, _ = sampled
    referral = internal.assessment.referral
    do_add_case_note(
        actor=supervisor,
        kind=NoteKind.objects.get(code="management_oversight"),
        text="Strategy discussion needed today; chase the school.",
        referral=referral,
    )
    do_add_case_note(
        actor=practitioner,
        kind=NoteKind.objects.get(code="research"),
        text="Research only.",
        referral=referral,
    )
    page = client_for(auditor).get(f"/risk/quality/{internal.pk}/").content.decode()
    assert "Management oversight" in page
    assert "Strategy discussion needed today; chase the school." in page
    assert "Research only." not in page
    joint_page = client_for(partner_a).get(f"/risk/quality/joint/{joint.pk}/").content.decode()
    assert "chase the school" not in joint_page
