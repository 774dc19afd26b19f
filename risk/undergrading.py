"""Hidden high risk (DESIGN.md §4): flags for a supervisor's review.

A referral not graded yet is flagged "possible high risk, not yet assessed" when the risk reader
finds a high-risk signal in its text. One graded, or provisionally graded, standard or medium is
flagged when the reader finds one, when its factors suggest high, when a child is under one, or
when a child is a repeat child. Each flag says why and shows its evidence; a supervisor confirms
the grade, regrades, or (for a referral not graded yet) dismisses the flag.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from audit.actions import record_event
from referrals.models import Referral, ReferralSubject, SubjectRole
from referrals.priority import recompute_one
from referrals.repeats import repeat_state
from risk.models import (
    ChildRiskAssessment,
    FlagKind,
    FlagStatus,
    RiskModelVersion,
    RiskSignal,
    UnderGradingFlag,
)
from risk.scoring import current_model_version
from vhub.clock import now
from vhub.grades import Grade


@dataclass
class Candidate:
    kind: str
    key: str
    reason: str
    matches: list[dict[str, str]] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)


def narrative_candidates(
    referral: Referral, *, graded: bool, signals: list[RiskSignal] | None = None
) -> list[Candidate]:
    """One candidate per high-risk indicator the risk reader found stated or reported in the
    referral's words, with every sentence that shows it. `signals`: the referral's signals when
    the caller has just read them."""
    if signals is None:
        signals = list(RiskSignal.objects.filter(referral=referral, acting=True).order_by("id"))
    by_indicator: dict[str, list[RiskSignal]] = {}
    for signal in signals:
        if signal.acting:
            by_indicator.setdefault(signal.indicator, []).append(signal)
    candidates = []
    for indicator, found in by_indicator.items():
        label = found[0].label
        if graded:
            kind = FlagKind.NARRATIVE
            reason = f"The text describes {label.lower()}, a sign of high risk."
        else:
            kind = FlagKind.UNASSESSED
            reason = (
                f"The text describes {label.lower()}, a sign of high risk, and nobody has "
                "graded this referral yet."
            )
        candidates.append(
            Candidate(
                kind,
                f"indicator:{indicator}",
                reason,
                [
                    {
                        "field": s.field,
                        "before": s.before,
                        "match": s.sentence[s.start : s.end],
                        "after": s.after,
                    }
                    for s in found
                ],
                sorted({s.pattern for s in found}),
            )
        )
    return candidates


def _age_in_years(born: Any, on: Any) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def detect(
    referral: Referral, *, policy: RiskModelVersion, signals: list[RiskSignal] | None = None
) -> list[Candidate]:
    """Why a referral graded standard or medium may really be high."""
    candidates: list[Candidate] = narrative_candidates(referral, graded=True, signals=signals)
    assessments = list(
        ChildRiskAssessment.objects.filter(referral=referral).select_related("subject__person")
    )
    for a in assessments:
        grade = a.approved_grade or a.proposed_grade
        if a.suggested_grade == Grade.HIGH and grade and grade != Grade.HIGH:
            candidates.append(
                Candidate(
                    FlagKind.FACTORS,
                    f"assessment:{a.pk}",
                    f"The risk factors for {a.subject.person.full_name} suggest high "
                    f"({a.suggestion.get('headline', '')}), but the grade is {grade}.",
                )
            )

    children = list(
        ReferralSubject.objects.filter(referral=referral, role=SubjectRole.CHILD).select_related(
            "person"
        )
    )
    on = timezone.localdate(referral.incident_at)
    for child in children:
        born = child.person.date_of_birth
        if born is not None and _age_in_years(born, on) < 1:
            candidates.append(
                Candidate(
                    FlagKind.UNDER_ONE,
                    f"person:{child.person_id}",
                    f"{child.person.full_name} was under one at the time of the incident "
                    f"(born {born:%-d %B %Y}).",
                )
            )

    # Repeat children: the counts by incident date that referrals/repeats.py keeps on each
    # child's subject. A probable repeat (a likely match nobody has decided yet) flags too,
    # marked as probable.
    for child in children:
        state = repeat_state(child, policy)
        if not state:
            continue
        if state == "confirmed":
            short, long = child.repeat_short, child.repeat_long
            what = "is a repeat child"
        else:
            short, long = child.probable_short, child.probable_long
            what = (
                "is probably a repeat child (a likely match to a known child is not yet confirmed)"
            )
        candidates.append(
            Candidate(
                FlagKind.REPEAT,
                f"person:{child.person_id}",
                f"{child.person.full_name} {what}: {short} referrals in "
                f"{policy.repeat_short_days} days and {long} in {policy.repeat_long_days} "
                "days up to this incident.",
            )
        )
    return candidates


def flag_candidates(
    referral: Referral, *, signals: list[RiskSignal] | None = None
) -> list[Candidate]:
    """The flags a referral should have now, whatever it has."""
    grade = referral.effective_grade
    if not referral.is_open or grade == Grade.HIGH:
        return []
    if grade in (Grade.STANDARD, Grade.MEDIUM):
        return detect(referral, policy=current_model_version(), signals=signals)
    return narrative_candidates(referral, graded=False, signals=signals)


def raise_new_referral_flags(
    referrals: list[tuple[Referral, list[RiskSignal]]],
) -> list[dict[str, object]]:
    """`refresh_flags` for referrals created in this transaction, each with the signals it was
    just read with (an intake or an import's batch): they have no flag yet, so their flags are
    written in one insert. Returns the `flag.raise` audit events for the caller to record with
    its own (rows first, then the chain); the caller re-scores their priority."""
    flags = []
    for referral, signals in referrals:
        wanted = {(c.kind, c.key): c for c in flag_candidates(referral, signals=signals)}
        flags += [
            UnderGradingFlag(
                referral=referral,
                kind=candidate.kind,
                key=candidate.key,
                reason=candidate.reason,
                matches=candidate.matches,
                patterns=candidate.patterns,
                raised_at=now(),
            )
            for candidate in wanted.values()
        ]
    return [
        {
            "action": "flag.raise",
            "actor": None,
            "obj": flag,
            "referral": flag.referral,
            "details": {"kind": flag.kind, "reason": flag.reason},
        }
        for flag in UnderGradingFlag.objects.bulk_create(flags)
    ]


def refresh_flags(
    referral: Referral, *, signals: list[RiskSignal] | None = None
) -> list[UnderGradingFlag]:
    """Raise new flags and retire open ones that no longer apply. Call inside the action's
    transaction, after its row locks (it writes audit events). `signals`: the referral's risk
    signals when the caller has just read them (intake), saving their query."""
    grade = referral.effective_grade
    candidates = flag_candidates(referral, signals=signals)
    wanted = {(c.kind, c.key): c for c in candidates}
    existing = {(f.kind, f.key): f for f in UnderGradingFlag.objects.filter(referral=referral)}
    raised = []
    for key, candidate in wanted.items():
        flag = existing.get(key)
        if flag is None:
            flag = UnderGradingFlag.objects.create(
                referral=referral,
                kind=candidate.kind,
                key=candidate.key,
                reason=candidate.reason,
                matches=candidate.matches,
                patterns=candidate.patterns,
                raised_at=now(),
            )
            record_event(
                "flag.raise",
                actor=None,
                obj=flag,
                referral=referral,
                details={"kind": candidate.kind, "reason": candidate.reason},
            )
            raised.append(flag)
        elif flag.status == FlagStatus.SUPERSEDED:
            # The reason is back (e.g. a grade lowered again): the flag is raised again.
            flag.status = FlagStatus.OPEN
            flag.reason, flag.matches = candidate.reason, candidate.matches
            flag.patterns = candidate.patterns
            flag.raised_at, flag.resolved_at, flag.resolution = now(), None, ""
            flag.save(
                update_fields=[
                    "status",
                    "reason",
                    "matches",
                    "patterns",
                    "raised_at",
                    "resolved_at",
                    "resolution",
                ]
            )
            record_event(
                "flag.reopen",
                actor=None,
                obj=flag,
                referral=referral,
                details={"kind": candidate.kind, "reason": candidate.reason},
            )
            raised.append(flag)
        elif flag.status == FlagStatus.OPEN and (
            flag.reason != candidate.reason
            or flag.matches != candidate.matches
            or flag.patterns != candidate.patterns
        ):
            flag.reason, flag.matches = candidate.reason, candidate.matches
            flag.patterns = candidate.patterns
            flag.save(update_fields=["reason", "matches", "patterns"])
    for key, flag in existing.items():
        if flag.status == FlagStatus.OPEN and key not in wanted:
            flag.status = FlagStatus.SUPERSEDED
            flag.resolved_at = now()
            flag.resolution = (
                f"No longer applies: the referral is graded {grade}."
                if grade == Grade.HIGH or not referral.is_open
                else "No longer applies: the reason for the flag has gone."
            )
            flag.save(update_fields=["status", "resolved_at", "resolution"])
            record_event(
                "flag.supersede",
                actor=None,
                obj=flag,
                referral=referral,
                details={"resolution": flag.resolution},
            )
    # Grades, flags and clocks feed the priority: every risk action ends here.
    recompute_one(referral)
    return raised
