"""The frontline quality loop (docs/frontline.md): the officer's initial assessment kept as sent,
what an area's single point of contact sees (their areas only; other areas' officers never
named), completion rates and the under-grading gap from known data, the reproducible officers'
audit sample, feedback that reaches the officer once, and the officer's own grade feedback."""

from datetime import date, timedelta

import pytest
from django.core import mail

from audit.models import AuditEvent
from referrals.escalation import deliver_outbox
from referrals.models import Notification, OutboxMessage
from risk.actions import do_decide_assessment, do_save_assessment
from risk.frontline import (
    OTHER_AREAS,
    Period,
    Scope,
    attention_list,
    choose_officer_sample,
    completion_rates,
    grades_for_officer,
    scope_for,
    undergrading_gap,
    voice_of_child,
)
from risk.frontline_actions import (
    OfficerRubric,
    do_score_officer_audit,
    do_send_officer_feedback,
)
from risk.models import (
    FrontlineSetting,
    OfficerAudit,
    OfficerFeedback,
    OfficerSubmission,
    QualityTeam,
    QualityTeamMember,
)
from risk.quality_actions import do_sample_quality_audits
from tests.factories import assessment_input, child, submit_referral
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError


def _today() -> date:
    return now().date()


def _period() -> Period:
    return Period(_today() - timedelta(days=30), _today() + timedelta(days=1))


def sent_by(officer, grade="medium", factors=(), area="herefordshire-cs", **answers):  # type: ignore[no-untyped-def]
    """A referral with the officer's initial assessment of its child, as the form saves it."""
    from vhub.models import Agency

    referral = submit_referral(officer, local_authority=Agency.objects.get(slug=area))
    do_save_assessment(
        referral.subjects.get(),
        assessment_input(grade, factor_codes=list(factors), **answers),
        actor=officer,
        submit=False,
    )
    return referral


def approve(referral, practitioner, supervisor, grade="high", factors=("disclosure",)):  # type: ignore[no-untyped-def]
    """The hub completes the officer's assessment and a supervisor approves it."""
    subject = referral.subjects.get()
    assessment = do_save_assessment(
        subject,
        assessment_input(grade, factor_codes=list(factors)),
        actor=practitioner,
        submit=True,
    )
    do_decide_assessment(assessment, actor=supervisor, decision="approve")
    referral.refresh_from_db()
    return referral


# --- The officer's submission kept as sent ------------------------------------------------------


def test_the_officers_assessment_is_kept_as_sent_when_the_hub_completes_it(
    officer, practitioner, supervisor
):
    referral = sent_by(officer, "medium", factors=["age_under_5"])
    approve(referral, practitioner, supervisor, "high", factors=["disclosure"])
    kept = OfficerSubmission.objects.get(referral=referral)
    assert (kept.officer, kept.grade, kept.factor_codes) == (officer, "medium", ["age_under_5"])
    assert kept.complete
    assert kept.voice_captured
    assert kept.assessment.approved_grade == "high"


def test_an_assessment_without_the_officers_reasons_or_the_childs_voice_is_incomplete(officer):
    referral = sent_by(officer, rationale="", voice_of_child="", voice_not_captured_reason="")
    kept = OfficerSubmission.objects.get(referral=referral)
    assert not kept.complete
    assert not kept.voice_captured


def test_a_hub_assessment_is_not_an_officers_submission(officer, practitioner):
    referral = submit_referral(officer)
    do_save_assessment(
        referral.subjects.get(), assessment_input("high"), actor=practitioner, submit=True
    )
    assert not OfficerSubmission.objects.exists()


# --- What an area's contact sees ----------------------------------------------------------------


def test_a_spoc_sees_only_their_areas_referrals(spoc, officer, officer2, client_for):
    west = sent_by(officer, rationale="")  # incomplete, in Herefordshire (West)
    north = sent_by(officer2, rationale="", area="shropshire-cs")  # incomplete, in North
    rows = attention_list(scope_for(spoc), _period())
    assert [r.reference for r in rows] == [west.reference]
    page = client_for(spoc).get("/dashboards/frontline/").content.decode()
    assert west.reference in page
    assert north.reference not in page
    # The other area's referral cannot be opened either: the same 404 as a missing one, audited.
    response = client_for(spoc).get(f"/dashboards/frontline/referrals/{north.reference}/write/")
    assert response.status_code == 404
    assert AuditEvent.objects.filter(
        action="access.denied", actor=spoc, details__object_id=north.reference
    ).exists()


def test_a_spoc_cannot_write_about_another_areas_referral(spoc, officer2):
    north = sent_by(officer2, area="shropshire-cs")
    with pytest.raises(ActionPermissionError):
        do_send_officer_feedback(north, actor=spoc, kind="feedback", message="Well done")


def test_other_areas_officers_are_never_named_to_a_spoc(
    spoc, officer, officer2, practitioner, supervisor, client_for
):
    # officer2 works in North but attended an incident in West (Herefordshire).
    officer2.first_name, officer2.last_name = "Zebedee", "Quillfeather"
    officer2.save(update_fields=["first_name", "last_name"])
    visiting = sent_by(officer2, rationale="")
    approve(sent_by(officer2, "standard"), practitioner, supervisor, "high")
    sent_by(officer)
    name = officer2.get_full_name()
    client = client_for(spoc)
    pages = [
        client.get("/dashboards/frontline/"),
        client.get("/dashboards/frontline/learning-needs/"),
        client.get(f"/dashboards/frontline/referrals/{visiting.reference}/write/"),
        *(
            client.get(f"/dashboards/frontline/export/{key}.csv")
            for key in (
                "attention",
                "completion_area",
                "completion_team",
                "completion_officer",
                "gap_area",
                "gap_team",
                "gap_officer",
                "gap_factors",
            )
        ),
    ]
    for response in pages:
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert name not in text
        assert officer2.last_name not in text
        assert officer2.username not in text
    assert visiting.reference in pages[0].content.decode()
    assert "An officer of another area" in pages[0].content.decode()
    assert officer.get_full_name() in pages[0].content.decode()  # West's own officer is named
    with pytest.raises(ActionError, match="works in another area"):
        do_send_officer_feedback(visiting, actor=spoc, kind="reminder", message="Finish it")


def test_a_supervisor_sees_every_area_and_names_every_officer(supervisor, spoc, officer2):
    north = sent_by(officer2, rationale="", area="shropshire-cs")
    rows = attention_list(scope_for(supervisor), _period())
    assert [(r.reference, r.officer) for r in rows] == [(north.reference, officer2.get_full_name())]


def test_officers_and_partners_have_no_frontline_scope(officer, partner_a):
    assert scope_for(officer) is None
    assert scope_for(partner_a) is None


# --- Completion rates and the gap from known data -----------------------------------------------


def test_completion_rates_by_area_team_and_officer(spoc, officer, officer2, policing_areas):
    team = QualityTeam.objects.create(name="Response team 2")
    QualityTeamMember.objects.create(user=officer, team=team)
    sent_by(officer)  # complete
    sent_by(officer, rationale="")  # sent, incomplete
    submit_referral(officer)  # nothing sent
    sent_by(officer2, area="shropshire-cs")  # North, complete
    sent_by(officer2)  # North's officer in West: complete
    whole = completion_rates(Scope(None), _period())
    assert [(r.label, r.children, r.sent, r.complete) for r in whole.by_area] == [
        ("North", 1, 1, 1),
        ("West", 4, 3, 2),
    ]
    assert (whole.total.children, whole.total.sent, whole.total.complete) == (5, 4, 3)
    officers = {r.label: (r.children, r.sent, r.complete) for r in whole.by_officer}
    assert officers == {officer.get_full_name(): (3, 2, 1), officer2.get_full_name(): (2, 2, 2)}
    assert {r.label: r.complete_percent for r in whole.by_team} == {
        "No team": 100.0,
        "Response team 2": 33.3,
    }
    west = completion_rates(scope_for(spoc), _period())
    assert [(r.label, r.children, r.complete) for r in west.by_area] == [("West", 4, 2)]
    assert [(r.label, r.children, r.complete) for r in west.by_officer] == [
        (officer.get_full_name(), 3, 1),
        (OTHER_AREAS, 1, 1),
    ]
    assert [r.label for r in west.by_team] == ["Response team 2", OTHER_AREAS]


def test_the_under_grading_gap_and_the_factors_officers_missed(
    spoc, officer, practitioner, supervisor
):
    # Under-graded twice, missing the disclosure both times and the injury once.
    approve(sent_by(officer, "medium"), practitioner, supervisor, "high", ["disclosure", "injury"])
    approve(
        sent_by(officer, "standard", ["injury"]),
        practitioner,
        supervisor,
        "high",
        ["disclosure", "injury"],
    )
    # Agreed, with nothing missed.
    approve(
        sent_by(officer, "high", ["disclosure"]), practitioner, supervisor, "high", ["disclosure"]
    )
    sent_by(officer, "standard")  # not approved yet: not counted
    gap = undergrading_gap(scope_for(spoc), _period())
    assert (gap.total.approved, gap.total.under, gap.total.under_percent) == (3, 2, 66.7)
    assert [(r.label, r.approved, r.under) for r in gap.by_area] == [("West", 3, 2)]
    assert [(r.label, r.under) for r in gap.by_officer] == [(officer.get_full_name(), 2)]
    assert [(f.code, f.label, f.missed, f.under) for f in gap.factors] == [
        ("disclosure", "Child has disclosed harm", 2, 2),
        ("injury", "Child has an injury", 1, 1),
    ]


def test_far_below_is_configuration(spoc, officer, practitioner, supervisor):
    medium = approve(sent_by(officer, "medium"), practitioner, supervisor, "high")
    standard = approve(sent_by(officer, "standard"), practitioner, supervisor, "high")
    rows = attention_list(scope_for(spoc), _period())
    assert [r.reference for r in rows] == [standard.reference]  # two grades below, by default
    assert rows[0].problems == ["Graded standard by the officer, high by the hub"]
    FrontlineSetting.objects.update(far_below_steps=1)
    rows = attention_list(scope_for(spoc), _period())
    assert {r.reference for r in rows} == {standard.reference, medium.reference}


def test_the_voice_of_the_child_by_area_and_month(officer, herefordshire, shropshire):
    submit_referral(officer)  # the default child: voice captured
    submit_referral(
        officer, children=[child(voice_of_child="", voice_not_captured_reason="Asleep")]
    )
    submit_referral(
        officer,
        local_authority=shropshire,
        children=[child(), child(first_name="Tom", voice_of_child="")],
    )
    areas, months = voice_of_child(_period().start_at, _period().end_at)
    assert [(v.label, v.referrals, v.captured, v.reason_only, v.not_recorded) for v in areas] == [
        (herefordshire.name, 2, 1, 1, 0),
        (shropshire.name, 1, 0, 0, 1),
    ]
    assert [(v.referrals, v.captured, v.percent) for _day, v in months] == [(3, 1, 33.3)]


# --- Each list in a constant number of queries --------------------------------------------------


def _some(officer, officer2, practitioner, supervisor, n):  # type: ignore[no-untyped-def]
    for i in range(n):
        approve(
            sent_by(officer, "standard", rationale="" if i % 2 else "Why"), practitioner, supervisor
        )
        sent_by(officer2, rationale="")
        submit_referral(officer)


@pytest.mark.parametrize("n", [1, 4])
def test_the_frontline_lists_take_a_constant_number_of_queries(
    spoc, officer, officer2, practitioner, supervisor, django_assert_num_queries, n
):
    _some(officer, officer2, practitioner, supervisor, n)
    scope, period = scope_for(spoc), _period()
    with django_assert_num_queries(2):  # the setting; the children with their assessments
        rows = attention_list(scope, period)
    assert len(rows) == 3 * n
    with django_assert_num_queries(1):  # the children grouped by area, officer and team
        completion = completion_rates(scope, period)
    assert completion.total.children == 3 * n
    with django_assert_num_queries(2):  # the approved submissions; the factors' labels
        gap = undergrading_gap(scope, period)
    assert gap.total.approved == n
    with django_assert_num_queries(1):  # grouped by area and month
        areas, _months = voice_of_child(period.start_at, period.end_at)
    assert areas[0].referrals == 3 * n


# --- The officers' audit sample -----------------------------------------------------------------


def test_the_officers_sample_is_reproducible_per_area(
    spoc, officer, officer2, practitioner, supervisor, auditor
):
    FrontlineSetting.objects.update(officer_sample_size=2)
    for _ in range(4):
        approve(sent_by(officer), practitioner, supervisor)
        approve(sent_by(officer2, area="shropshire-cs"), practitioner, supervisor)
    month = _today()
    first = choose_officer_sample(month)
    assert first == choose_officer_sample(month)
    assert sorted(len(ids) for ids in first.values()) == [2, 2]
    round_, _ = do_sample_quality_audits(month, actor=auditor)
    drawn = sorted(
        OfficerAudit.objects.filter(round=round_).values_list("submission_id", flat=True)
    )
    assert drawn == sorted(pk for ids in first.values() for pk in ids)
    assert all(a.grade_agreed is False for a in OfficerAudit.objects.all())  # medium against high


def test_an_auditor_scores_an_officers_submission(officer, practitioner, supervisor, auditor, spoc):
    approve(sent_by(officer), practitioner, supervisor)
    do_sample_quality_audits(_today(), actor=auditor)
    audit = OfficerAudit.objects.get()
    do_score_officer_audit(audit, OfficerRubric(3, 2, 1, "Missed the disclosure"), actor=auditor)
    audit.refresh_from_db()
    assert (audit.status, audit.completeness, audit.voice_of_child, audit.factors) == (
        "completed",
        3,
        2,
        1,
    )
    with pytest.raises(ActionPermissionError):
        do_score_officer_audit(audit, OfficerRubric(3, 2, 1, ""), actor=supervisor)


# --- Feedback reaches the officer once ----------------------------------------------------------


def test_feedback_reaches_the_officer_once(spoc, officer, client_for, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    referral = sent_by(officer, rationale="")
    feedback = do_send_officer_feedback(
        referral, actor=spoc, kind="reminder", message="Please add your reasons for the grade."
    )
    assert AuditEvent.objects.filter(action="frontline.reminder_sent", actor=spoc).count() == 1
    with pytest.raises(ActionError, match="already sent"):
        do_send_officer_feedback(
            referral, actor=spoc, kind="reminder", message="Please add your reasons for the grade."
        )
    deliver_outbox()
    deliver_outbox()
    assert OutboxMessage.objects.filter(kind="officer_feedback").count() == 1
    assert OfficerFeedback.objects.count() == 1
    assert Notification.objects.filter(user=officer).count() == 1
    assert [m.to for m in mail.outbox] == [[officer.email]]
    assert "Please add your reasons" not in mail.outbox[0].body  # read in VHub, not in e-mail
    assert referral.reference in mail.outbox[0].body
    page = client_for(officer).get("/referrals/mine/").content.decode()
    assert page.count("Please add your reasons for the grade.") == 1
    assert feedback.sender.get_full_name() in page


def test_only_a_spoc_sends_feedback(officer, supervisor, spoc):
    referral = sent_by(officer)
    with pytest.raises(ActionPermissionError):
        do_send_officer_feedback(referral, actor=supervisor, kind="feedback", message="Hi")


def test_an_empty_message_is_refused_on_the_page(spoc, officer, client_for):
    referral = sent_by(officer)
    response = client_for(spoc).post(
        f"/dashboards/frontline/referrals/{referral.reference}/write/", {"kind": "feedback"}
    )
    assert response.status_code == 200
    assert "Write what you want to tell the officer" in response.content.decode()
    assert not OfficerFeedback.objects.exists()


# --- The officer's own grade feedback -----------------------------------------------------------


def test_after_approval_the_officer_sees_the_final_grade_and_what_made_the_difference(
    officer, officer2, practitioner, supervisor, client_for
):
    referral = sent_by(officer, "medium", ["age_under_5"])
    url = f"/referrals/{referral.reference}/"
    assert "Your grade and the hub" not in client_for(officer).get(url).content.decode()
    approve(referral, practitioner, supervisor, "high", ["disclosure", "age_under_5"])
    [grades] = grades_for_officer(referral)
    assert (grades.officer_grade, grades.final_grade, grades.found) == (
        "medium",
        "high",
        ["Child has disclosed harm"],
    )
    page = client_for(officer).get(url).content.decode()
    assert "Your grade and the hub" in page
    assert "The hub also found:" in page
    assert "Child has disclosed harm" in page
    hub = client_for(practitioner).get(url).content.decode()
    assert "Your grade and the hub" not in hub


def test_an_agreed_grade_says_so(officer, practitioner, supervisor, client_for):
    referral = approve(sent_by(officer, "high", ["disclosure"]), practitioner, supervisor)
    page = client_for(officer).get(f"/referrals/{referral.reference}/").content.decode()
    assert "The hub agreed with your grade." in page


# --- The dashboard and the daily report ---------------------------------------------------------


def test_the_dashboard_and_the_daily_report_carry_the_frontline_figures(
    spoc, officer, practitioner, supervisor, manager, client_for
):
    approve(sent_by(officer, "standard"), practitioner, supervisor, "high")
    sent_by(officer, rationale="")
    page = client_for(manager).get("/dashboards/overview/").content.decode()
    assert "Officers&#x27; risk assessments by policing area" in page or (
        "Officers' risk assessments by policing area" in page
    )
    assert "Voice of the child captured, by area" in page
    from dashboards.report import frontline_figures

    figures = frontline_figures(_today())
    assert figures["frontline_completion"].children == 2
    assert figures["frontline_completion"].complete == 1
    assert (figures["frontline_gap"].approved, figures["frontline_gap"].under) == (1, 1)
    assert figures["frontline_voice_captured"] == 2
