"""Under-grading detection: each kind of flag, its explanation, review and retirement."""

from datetime import date, timedelta

import pytest

from audit.models import AuditEvent
from referrals.models import ReferralSubject
from referrals.repeats import refresh_repeat_counts
from risk.actions import (
    do_decide_assessment,
    do_publish_catalogue,
    do_resolve_flag,
    do_save_assessment,
)
from risk.models import FlagKind, FlagStatus, GradeChange, RiskSignal, UnderGradingFlag
from risk.reading import current_catalogue_version
from risk.tasks import reread_open_referrals
from tests.factories import assessment_input, child, submit_referral
from vhub.errors import ActionError, ActionPermissionError, StaleError

CALM = {
    "rationale": "Verbal argument only; children asleep.",
    "voice_of_child": "Children asleep and settled.",
}


def _grade(referral, practitioner, grade: str = "medium", factors=(), **text: str):
    values = {**CALM, **text}
    return do_save_assessment(
        referral.subjects.get(),
        assessment_input(grade, factor_codes=list(factors), **values),
        actor=practitioner,
        submit=True,
    )


def _flags(referral, kind=None):
    flags = UnderGradingFlag.objects.filter(referral=referral)
    return list(flags.filter(kind=kind) if kind else flags)


def test_a_high_risk_signal_flags_a_medium_referral_with_the_sentence_highlighted(
    officer, practitioner
) -> None:
    referral = submit_referral(
        officer,
        narrative="Officers attended at 2200. Mother said he strangled her in the kitchen "
        "while Lily watched. Lily was asleep on arrival.",
    )
    _grade(referral, practitioner, "medium")

    (flag,) = _flags(referral, FlagKind.NARRATIVE)
    assert flag.status == FlagStatus.OPEN
    assert flag.key == "indicator:strangulation"
    assert "strangulation" in flag.reason.lower()
    assert flag.patterns == ["strangle-word"]
    (match,) = flag.matches
    assert match["field"] == "What happened"
    assert match["match"] == "strangled"
    assert match["before"] == "Mother said he "
    assert match["after"] == " her in the kitchen while Lily watched."
    assert AuditEvent.objects.filter(action="flag.raise", referral=referral).exists()


def test_a_high_grade_is_not_flagged(officer, practitioner) -> None:
    referral = submit_referral(officer, narrative="He strangled her.")
    _grade(referral, practitioner, "high")
    assert [f for f in _flags(referral) if f.status == FlagStatus.OPEN] == []


def test_an_ungraded_referral_with_a_high_risk_signal_is_flagged_not_yet_assessed(officer) -> None:
    referral = submit_referral(
        officer, narrative="She says he put both hands round her throat and squeezed."
    )
    (flag,) = _flags(referral)
    assert flag.kind == FlagKind.UNASSESSED
    assert "nobody has graded this referral yet" in flag.reason
    assert "throat" in flag.matches[0]["match"]
    assert flag.matches[0]["before"] + flag.matches[0]["match"] + flag.matches[0]["after"] == (
        "She says he put both hands round her throat and squeezed."
    )


def test_an_ungraded_referral_without_a_signal_is_not_flagged(officer) -> None:
    referral = submit_referral(officer, narrative="Verbal argument about money; no one hurt.")
    assert _flags(referral) == []


def test_grading_replaces_the_not_yet_assessed_flag_with_an_under_grading_flag(
    officer, practitioner
) -> None:
    referral = submit_referral(officer, narrative="He waved a knife at her.")
    (unassessed,) = _flags(referral, FlagKind.UNASSESSED)
    _grade(referral, practitioner, "medium")
    unassessed.refresh_from_db()
    assert unassessed.status == FlagStatus.SUPERSEDED
    assert {f.key for f in _flags(referral, FlagKind.NARRATIVE)} == {"indicator:weapon"}


def test_a_negated_or_past_mention_raises_no_flag(officer) -> None:
    referral = submit_referral(
        officer,
        narrative="No weapons were seen. Her previous partner strangled her years ago.",
    )
    assert _flags(referral) == []


def test_a_supervisor_dismisses_a_not_yet_assessed_flag(officer, supervisor) -> None:
    referral = submit_referral(officer, narrative="He pulled a knife on the neighbour.")
    (flag,) = _flags(referral)
    with pytest.raises(ActionError, match="no grade to confirm"):
        do_resolve_flag(flag, actor=supervisor, outcome="confirm", rationale="Fine.")
    do_resolve_flag(
        flag, actor=supervisor, outcome="dismiss", rationale="A film prop; checked with PC."
    )
    flag.refresh_from_db()
    assert flag.status == FlagStatus.DISMISSED


def test_factors_suggesting_high_flag_a_supervisor_downgrade(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer, narrative="Baby brought to hospital with a mark.")
    assessment = _grade(
        referral, practitioner, "high", ["age_under_1", "age_under_5", "non_mobile_baby", "injury"]
    )
    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="change",
        grade="medium",
        rationale="Birthmark confirmed by the GP.",
    )

    (flag,) = _flags(referral, FlagKind.FACTORS)
    assert "suggest high" in flag.reason
    assert "non-mobile baby with injury" in flag.reason
    assert "the grade is medium" in flag.reason


def test_a_child_under_one_is_flagged(officer, practitioner) -> None:
    referral = submit_referral(
        officer,
        children=[child(date_of_birth=date.today() - timedelta(days=200))],
        narrative="Parents arguing loudly.",
    )
    _grade(referral, practitioner, "medium", ["age_under_1", "age_under_5"])  # scores 15
    (flag,) = _flags(referral, FlagKind.UNDER_ONE)
    assert "was under one" in flag.reason


def test_a_repeat_child_is_flagged_at_three_referrals_in_three_months(
    officer, practitioner
) -> None:
    first = submit_referral(officer, narrative="Argument.")
    person = first.subjects.get().person
    referrals = [first]
    for _ in range(2):
        r = submit_referral(officer, narrative="Argument.")
        ReferralSubject.objects.filter(referral=r).update(person=person)  # the same child
        referrals.append(r)
    refresh_repeat_counts([person.pk])  # kept by the actions; this test moved the child itself

    _grade(referrals[1], practitioner, "standard")
    assert _flags(referrals[1], FlagKind.REPEAT) == []  # only two referrals by then

    _grade(referrals[2], practitioner, "standard")
    (flag,) = _flags(referrals[2], FlagKind.REPEAT)
    assert "repeat child: 3 referrals in 91 days" in flag.reason


def test_each_reason_is_raised_once(officer, practitioner, supervisor) -> None:
    referral = submit_referral(officer, narrative="He had a knife.")
    assessment = _grade(referral, practitioner, "medium")
    do_decide_assessment(assessment, actor=supervisor, decision="approve")
    assert len(_flags(referral, FlagKind.NARRATIVE)) == 1


def test_supervisor_confirms_the_grade_with_a_rationale(officer, practitioner, supervisor) -> None:
    referral = submit_referral(officer, narrative="He had a knife in the garage for work.")
    _grade(referral, practitioner, "medium")
    (flag,) = _flags(referral, FlagKind.NARRATIVE)

    with pytest.raises(ActionError, match="Explain"):
        do_resolve_flag(flag, actor=supervisor, outcome="confirm", rationale="")
    do_resolve_flag(
        flag,
        actor=supervisor,
        outcome="confirm",
        rationale="A work tool, never used or threatened.",
    )

    flag.refresh_from_db()
    assert flag.status == FlagStatus.CONFIRMED
    assert flag.resolved_by == supervisor
    with pytest.raises(StaleError):
        do_resolve_flag(flag, actor=supervisor, outcome="confirm", rationale="again")


def test_supervisor_regrades_and_other_flags_no_longer_apply(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer, narrative="He strangled her and threatened to kill her.")
    _grade(referral, practitioner, "medium")
    flags = _flags(referral, FlagKind.NARRATIVE)
    assert {f.key for f in flags} == {"indicator:strangulation", "indicator:threats_to_kill"}

    do_resolve_flag(
        flags[0],
        actor=supervisor,
        outcome="regrade",
        grade="high",
        rationale="Strangulation with a child present is high risk.",
    )

    referral.refresh_from_db()
    assert referral.current_grade == "high"
    change = GradeChange.objects.get(referral=referral)
    assert (change.to_grade, change.source, change.changed_by) == (
        "high",
        "flag_review",
        supervisor,
    )
    statuses = {f.key: f.status for f in _flags(referral, FlagKind.NARRATIVE)}
    assert statuses[flags[0].key] == FlagStatus.REGRADED
    assert statuses[flags[1].key] == FlagStatus.SUPERSEDED


def test_only_supervisors_review_flags(officer, practitioner) -> None:
    referral = submit_referral(officer, narrative="A knife was found.")
    _grade(referral, practitioner, "medium")
    (flag,) = _flags(referral, FlagKind.NARRATIVE)
    with pytest.raises(ActionPermissionError):
        do_resolve_flag(flag, actor=practitioner, outcome="confirm", rationale="fine")


def test_a_new_catalogue_version_rereads_open_referrals_and_flags_them(
    officer, practitioner, manager, django_capture_on_commit_callbacks
) -> None:
    referral = submit_referral(officer, narrative="The child was found with a trebuchet.")
    _grade(referral, practitioner, "medium")
    assert _flags(referral, FlagKind.NARRATIVE) == []

    content = current_catalogue_version().content
    pattern = {"indicator": "weapon", "code": "siege-engine", "pattern": "trebuchet"}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        version = do_publish_catalogue(
            actor=manager,
            content={**content, "patterns": [*content["patterns"], pattern]},
            note="Siege engines",
        )
    assert len(callbacks) == 1  # the re-read, queued once the version is committed
    assert reread_open_referrals(version.pk) >= 1

    (flag,) = _flags(referral, FlagKind.NARRATIVE)
    assert flag.patterns == ["siege-engine"]
    version.refresh_from_db()
    assert version.reread_done == version.reread_total
    assert version.reread_finished_at is not None
    assert RiskSignal.objects.get(referral=referral).version == version
    assert AuditEvent.objects.filter(action="catalogue.publish", actor=manager).exists()


def test_publishing_the_catalogue_needs_a_manager_and_a_change(manager, practitioner) -> None:
    content = current_catalogue_version().content
    with pytest.raises(ActionPermissionError):
        do_publish_catalogue(actor=practitioner, content=content, note="Nothing")
    with pytest.raises(ActionError, match="Nothing has changed"):
        do_publish_catalogue(actor=manager, content=content, note="Nothing")


def test_the_referral_page_shows_flags_with_highlighted_words(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer, narrative="Mum was choked <b>hard</b>.")
    _grade(referral, practitioner, "medium")
    html = client_for(supervisor).get(f"/referrals/{referral.reference}/").content.decode()
    assert '<mark class="vhub-mark">choked</mark>' in html
    assert "&lt;b&gt;hard&lt;/b&gt;" in html  # user text around the mark is still escaped
    assert "Review this flag" in html


def test_approving_an_earlier_assessment_never_undoes_a_review_regrade(
    officer, practitioner, supervisor, supervisor2
) -> None:
    referral = submit_referral(officer, narrative="He strangled her in front of the baby.")
    assessment = _grade(referral, practitioner, "standard")
    flag = next(
        f for f in _flags(referral, FlagKind.NARRATIVE) if f.key == "indicator:strangulation"
    )
    do_resolve_flag(
        flag,
        actor=supervisor,
        outcome="regrade",
        grade="high",
        rationale="Strangulation: high risk.",
    )

    do_decide_assessment(assessment, actor=supervisor2, decision="approve")

    referral.refresh_from_db()
    assert referral.current_grade == "high"
    assert referral.status == "approved"
