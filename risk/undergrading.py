"""Under-grading detection ("hidden high risk", DESIGN.md §4).

A referral graded, or provisionally graded, standard or medium is flagged when its factors
suggest high, when its text holds a word from the lexicon, when a child is under one, or when a
child is a repeat child. Each flag says why; a supervisor confirms the grade or regrades.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from audit.actions import record_event
from referrals.models import Referral, ReferralStatus, ReferralSubject, SubjectRole
from referrals.priority import recompute_one
from risk.grades import Grade
from risk.models import (
    ChildRiskAssessment,
    FlagKind,
    FlagStatus,
    LexiconTerm,
    RiskModelVersion,
    UnderGradingFlag,
)
from vhub.clock import now

SNIPPET_CONTEXT = 60


@dataclass
class Candidate:
    kind: str
    key: str
    reason: str
    matches: list[dict[str, str]] = field(default_factory=list)


def lexicon_pattern(terms: list[LexiconTerm]) -> re.Pattern[str] | None:
    """One case-insensitive pattern over every active term and variant, longest first so
    'threatened to kill' wins over 'kill'; the match is mapped back to its term."""
    words = {w.strip().lower() for t in terms for w in [t.term, *t.variants] if w.strip()}
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


def _term_for(word: str, terms: list[LexiconTerm]) -> str:
    lowered = word.lower()
    for t in terms:
        if lowered == t.term.lower() or lowered in (v.lower() for v in t.variants):
            return t.term
    return lowered


def find_lexicon_matches(
    texts: list[tuple[str, str]], terms: list[LexiconTerm]
) -> dict[str, list[dict[str, str]]]:
    """term -> matches, each with the field's label and the text around the match."""
    pattern = lexicon_pattern(terms)
    found: dict[str, list[dict[str, str]]] = {}
    if pattern is None:
        return found
    for label, text in texts:
        for m in pattern.finditer(text or ""):
            start, end = m.span()
            found.setdefault(_term_for(m.group(1), terms), []).append(
                {
                    "field": label,
                    "before": ("…" if start > SNIPPET_CONTEXT else "")
                    + text[max(0, start - SNIPPET_CONTEXT) : start],
                    "match": text[start:end],
                    "after": text[end : end + SNIPPET_CONTEXT]
                    + ("…" if end + SNIPPET_CONTEXT < len(text) else ""),
                }
            )
    return found


def _age_in_years(born, on) -> int:  # type: ignore[no-untyped-def]
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def detect(
    referral: Referral, *, terms: list[LexiconTerm], policy: RiskModelVersion
) -> list[Candidate]:
    candidates: list[Candidate] = []
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

    texts = [
        ("What happened", referral.narrative),
        ("Officer's view of risk", referral.officer_risk_view),
    ]
    for a in assessments:
        name = a.subject.person.full_name
        texts += [(f"Rationale for {name}", a.rationale), (f"Voice of {name}", a.voice_of_child)]
    for term, matches in find_lexicon_matches(texts, terms).items():
        candidates.append(
            Candidate(
                FlagKind.LEXICON,
                f"term:{term}",
                f"The text mentions “{term}”, a high-risk indicator.",
                matches,
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

    end = referral.received_at
    short_from = end - timedelta(days=policy.repeat_short_days)
    long_from = end - timedelta(days=policy.repeat_long_days)
    counts = (
        ReferralSubject.objects.filter(
            person_id__in=[c.person_id for c in children],
            role=SubjectRole.CHILD,
            referral__received_at__lte=end,
        )
        .exclude(referral__status=ReferralStatus.MERGED)
        .values("person_id")
        .annotate(
            short=Count("referral", distinct=True, filter=Q(referral__received_at__gte=short_from)),
            long=Count("referral", distinct=True, filter=Q(referral__received_at__gte=long_from)),
        )
    )
    names = {c.person_id: c.person.full_name for c in children}
    for row in counts:
        if row["short"] >= policy.repeat_short_count or row["long"] >= policy.repeat_long_count:
            candidates.append(
                Candidate(
                    FlagKind.REPEAT,
                    f"person:{row['person_id']}",
                    f"{names[row['person_id']]} is a repeat child: {row['short']} referrals in "
                    f"{policy.repeat_short_days} days and {row['long']} in "
                    f"{policy.repeat_long_days} days.",
                )
            )
    return candidates


def refresh_flags(referral: Referral) -> list[UnderGradingFlag]:
    """Raise new flags and retire open ones that no longer apply. Call inside the action's
    transaction, after its row locks (it writes audit events)."""
    from risk.scoring import current_model_version

    grade = referral.effective_grade
    applies = referral.is_open and grade in (Grade.STANDARD, Grade.MEDIUM)
    candidates = (
        detect(
            referral,
            terms=list(LexiconTerm.objects.filter(is_active=True)),
            policy=current_model_version(),
        )
        if applies
        else []
    )
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
            flag.raised_at, flag.resolved_at, flag.resolution = now(), None, ""
            flag.save(
                update_fields=[
                    "status",
                    "reason",
                    "matches",
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
            flag.reason != candidate.reason or flag.matches != candidate.matches
        ):
            flag.reason, flag.matches = candidate.reason, candidate.matches
            flag.save(update_fields=["reason", "matches"])
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
