"""Reads of risk assessments, flags and the risk model."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils.text import capfirst

from accounts.models import name_fields
from audit.history import (
    HistoryEntry,
    Source,
    change_history,
    events_of,
    published_versions,
)
from partners.access import shares_visible_to
from referrals.models import ImportJob, Referral, ReferralSubject, SubjectRole
from risk.catalogue import to_text
from risk.models import (
    AssessmentStatus,
    AuditKind,
    ChildRiskAssessment,
    DAQuestion,
    FlagStatus,
    ForceHighCombination,
    GradeChange,
    IndicatorCatalogueVersion,
    QualityAudit,
    QualityAuditStatus,
    RiskFactor,
    RiskModelVersion,
    RiskSignal,
    SupervisorDecision,
    UnderGradingFlag,
)
from risk.scoring import FactorSpec
from vhub import prepared
from vhub.clock import now
from vhub.rows import in_order

if TYPE_CHECKING:
    from accounts.models import User


def approval_queue(*, user: "User") -> QuerySet[ChildRiskAssessment]:
    """Assessments waiting for a supervisor, most urgent referral first. Assessments the
    supervisor wrote or edited are left out: someone else must decide on them."""
    return (
        ChildRiskAssessment.objects.filter(status=AssessmentStatus.SUBMITTED)
        .exclude(editors=user)
        .select_related("referral__incident_type", "subject__person", "assessor")
        .order_by("-referral__priority_score", "-suggested_score", "submitted_at", "id")
    )


def review_list(*, user: "User") -> QuerySet[Referral]:
    """Referrals with open under-grading flags, most urgent first, each with its open flags."""
    open_flags = UnderGradingFlag.objects.filter(status=FlagStatus.OPEN).order_by("raised_at", "id")
    return (
        Referral.objects.filter(undergrading_flags__status=FlagStatus.OPEN)
        .distinct()
        .select_related("incident_type", "local_authority")
        .prefetch_related(Prefetch("undergrading_flags", queryset=open_flags, to_attr="open_flags"))
        .order_by("-priority_score", "received_at", "id")
    )


def grade_history(referral: Referral) -> QuerySet[GradeChange]:
    return referral.grade_changes.select_related("changed_by").order_by("changed_at", "id")


def referral_risk(referral: Referral) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the risk API shows, in a fixed number of queries: the data and the serializer's
    context (each assessment's factor definitions, from the model version it used)."""
    assessments = list(
        ChildRiskAssessment.objects.filter(referral=referral)
        .select_related("subject__person", "assessor", "model_version")
        .order_by("id")
    )
    versions = {a.model_version_id for a in assessments if a.model_version_id}
    specs: dict[int, dict[str, FactorSpec]] = {}
    for f in RiskFactor.objects.filter(version_id__in=versions):
        spec = FactorSpec(f.code, f.label, f.weight, f.forces_high)
        specs.setdefault(f.version_id, {})[f.code] = spec
    data = {
        "reference": referral.reference,
        "status": referral.status,
        "current_grade": referral.current_grade,
        "provisional_grade": referral.provisional_grade,
        "assessments": assessments,
        "grade_history": list(grade_history(referral)),
        "flags": list(
            UnderGradingFlag.objects.filter(referral=referral).select_related("resolved_by")
        ),
    }
    return data, {"factor_specs": specs}


def round_audits(round_: Any) -> QuerySet[Any]:
    """A month's VHub audits, by area, unscored first."""
    return (
        QualityAudit.objects.filter(round=round_, kind=AuditKind.INTERNAL)
        .select_related(
            "assessment__subject__person", "assessment__referral", "assessor", "local_authority"
        )
        .order_by("local_authority__name", "-status", "id")
    )


def joint_audits_for(user: "User") -> QuerySet[Any]:
    """Joint audits a partner reviewer may score: their agency's, on shares they can see."""
    return (
        QualityAudit.objects.filter(
            kind=AuditKind.JOINT,
            reviewer_agency_id=user.agency_id,
            share__in=shares_visible_to(user),
        )
        .select_related("share", "round")
        .order_by("-round__month", "-status", "id")
    )


def feedback_for(user: "User") -> QuerySet[Any]:
    """Scored audits of this person's own assessments, newest first."""
    return (
        QualityAudit.objects.filter(assessor=user, status=QualityAuditStatus.COMPLETED)
        .select_related(
            "assessment__subject__person", "assessment__referral", "round", "reviewer_agency"
        )
        .order_by("-scored_at", "-id")
    )


# --- Change history (docs/audit.md) ------------------------------------------------------------


def assessment_history(assessment: ChildRiskAssessment) -> list[HistoryEntry]:
    """Field-level changes of a child's risk assessment and the supervisors' decisions on it,
    newest first. Queries: the two event sources (2), then one per kind of related record
    named in them (users, model versions, subjects, referrals)."""
    return change_history(
        [
            Source(
                events_of(ChildRiskAssessment).filter(pgh_obj_id=assessment.pk),
                describe=lambda ev, show: "Risk assessment",
                hidden=("referral", "subject"),
                labels={"model_version": "Risk model version"},
            ),
            Source(
                events_of(SupervisorDecision).filter(assessment_id=assessment.pk),
                describe=lambda ev, show: "Supervisor decision",
                hidden=("assessment",),
            ),
        ]
    )


def risk_model_history(*, limit: int = 20) -> dict[str, list[HistoryEntry]]:
    """The risk model's published versions, each compared with the one before (a version is
    never edited once published, so its rows are what was published), plus any direct edit of
    a model row. Queries: versions with publishers (1), factors, questions and combinations
    (3), the four edit sources (4), related names (0-2)."""
    versions = list(
        RiskModelVersion.objects.select_related("created_by")
        .prefetch_related("factors", "da_questions", "combinations")
        .order_by("-number")[: limit + 1]
    )

    def flat(v: RiskModelVersion) -> dict[str, str]:
        values = {
            # Only concrete fields are listed, which all have a verbose_name.
            capfirst(str(RiskModelVersion._meta.get_field(name).verbose_name)): str(  # type: ignore[union-attr]
                getattr(v, name)
            )
            for name in RiskModelVersion.THRESHOLDS
        }
        for f in v.factors.all():
            values[f"{f.label}: weight"] = str(f.weight)
            values[f"{f.label}: forces high"] = "Yes" if f.forces_high else "No"
            values[f"{f.label}: guidance"] = f.guidance or "Not set"
        for q in v.da_questions.all():
            values[f"Checklist: {q.text}: high on its own"] = "Yes" if q.high_on_its_own else "No"
        for c in v.combinations.all():
            values[f"Makes high together: {c.label}"] = ", ".join(c.factor_codes)
        return values

    published = published_versions(versions, flat, limit)
    edits = change_history(
        [
            Source(
                events_of(model).exclude(pgh_label__in=("insert", "baseline")),
                # mypy cannot infer a lambda with a bound default argument.
                describe=lambda ev, show, name=name: f"{name} (version row {ev.pk})",  # type: ignore[misc]
            )
            for model, name in (
                (RiskModelVersion, "Risk model version"),
                (RiskFactor, "Risk factor"),
                (DAQuestion, "Checklist question"),
                (ForceHighCombination, "Combination"),
            )
        ]
    )
    return {"published": published, "edits": edits}


def catalogue_history(*, limit: int = 20) -> list[HistoryEntry]:
    """The catalogue's published versions, each compared line by line with the one before.
    Queries: versions with publishers (1)."""
    versions = list(
        IndicatorCatalogueVersion.objects.select_related("created_by").order_by("-number")[
            : limit + 1
        ]
    )

    def flat(v: IndicatorCatalogueVersion) -> dict[str, str]:
        # Indicators and patterns have codes; an exclusion or cue is its own name.
        values = {f"Indicator {i['code']}": i["label"] for i in v.content["indicators"]}
        values |= {
            f"Pattern {p['code']}": f"{p['indicator']}: {p['pattern']}"
            for p in v.content["patterns"]
        }
        text = to_text(v.content)
        for section, label in (("exclusions", "Exclusion"), ("cues", "Cue")):
            values |= {f"{label}: {line}": "Included" for line in text[section].splitlines()}
        return values

    return published_versions(versions, flat, limit)


OUTCOME_DAYS = 90


@dataclass
class PatternOutcome:
    indicator: str
    pattern: str
    raised: int
    decided: int
    upheld: int
    label: str = ""

    @property
    def share_upheld(self) -> int | None:
        return round(100 * self.upheld / self.decided) if self.decided else None


def pattern_outcomes(*, days: int = OUTCOME_DAYS) -> list[PatternOutcome]:
    """For each risk reader pattern, the narrative flags it raised in the last `days` days and
    how supervisors decided them: upheld means regraded (or graded high), not upheld means the
    grade was confirmed or the flag dismissed. Patterns that mislead show a low share upheld.
    One query."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT split_part(f.key, ':', 2) AS indicator, p.pattern,
                   COUNT(*) AS raised,
                   COUNT(*) FILTER (WHERE f.status IN ('confirmed', 'regraded', 'dismissed')),
                   COUNT(*) FILTER (WHERE f.status = 'regraded')
            FROM risk_undergradingflag f, unnest(f.patterns) AS p(pattern)
            WHERE f.kind IN ('narrative', 'unassessed') AND f.raised_at >= %s
            GROUP BY 1, 2
            ORDER BY 1, 2
            """,
            [now() - timedelta(days=days)],
        )
        return [PatternOutcome(*row) for row in cursor.fetchall()]


# --- The backlog risk scan (DESIGN.md §3: "a backlog import ends in a risk scan") --------------

SCAN_LISTED = 100


@dataclass
class ImportScan:
    """What an import brought in, read live (the page refreshes while the import runs)."""

    referrals: int  # brought in by this import
    signalled: int  # of them, with a sign of high risk the risk reader found in the words
    by_indicator: list[tuple[str, int]]  # (indicator, referrals showing it), most first
    confirmed_repeats: int  # children who are repeat children on one of its referrals
    probable_repeats: int  # … only with a probable match nobody has confirmed yet
    unassessed_children: int  # children with no risk assessment at all
    high_risk: list[Referral]  # the signalled referrals, highest priority first (SCAN_LISTED)


def _scan_referrals(job_id: int) -> QuerySet[Referral]:
    return Referral.objects.filter(import_job_id=job_id)


def _acting(job_id: int) -> QuerySet[RiskSignal]:
    return RiskSignal.objects.filter(acting=True, referral__import_job_id=job_id)


def high_risk_of_import(job_id: int) -> QuerySet[Referral]:
    """The import's referrals in which the risk reader found a sign of high risk, highest
    priority first, each with its first piece of evidence (indicator and sentence)."""
    first = RiskSignal.objects.filter(referral=OuterRef("pk"), acting=True).order_by("id")
    return (
        _scan_referrals(job_id)
        .filter(Exists(first))
        .annotate(
            evidence_label=Subquery(first.values("label")[:1]),
            evidence_sentence=Subquery(first.values("sentence")[:1]),
            indicators=Subquery(
                RiskSignal.objects.filter(referral=OuterRef("pk"), acting=True)
                .order_by()
                .values("referral")
                .annotate(n=Count("indicator", distinct=True))
                .values("n")[:1]
            ),
        )
        .order_by("-priority_score", "received_at", "id")
    )


def import_scan(job_id: int) -> ImportScan:
    """The scan of one import in five queries: its referrals and how many were signalled; the
    indicators; the risk model's repeat rule; the children (repeat, probable, unassessed); the
    ranked high-risk referrals."""
    totals = _scan_referrals(job_id).aggregate(
        referrals=Count("id"),
        signalled=Count(
            "id", filter=Q(Exists(RiskSignal.objects.filter(referral=OuterRef("pk"), acting=True)))
        ),
    )
    by_indicator = [
        (r["label"], r["n"])
        for r in _acting(job_id)
        .values("indicator", "label")
        .annotate(n=Count("referral", distinct=True))
        .order_by("-n", "label")
    ]
    policy = RiskModelVersion.objects.order_by("-number").first()
    short_count = policy.repeat_short_count if policy else 3
    long_count = policy.repeat_long_count if policy else 5
    confirmed = Q(repeat_short__gte=short_count) | Q(repeat_long__gte=long_count)
    probable = Q(probable_short__gte=short_count) | Q(probable_long__gte=long_count)
    children = ReferralSubject.objects.filter(
        referral__import_job_id=job_id, role=SubjectRole.CHILD
    ).aggregate(
        confirmed=Count("person", distinct=True, filter=confirmed),
        probable=Count("person", distinct=True, filter=probable & ~confirmed),
        unassessed=Count("id", filter=Q(assessment__isnull=True)),
    )
    return ImportScan(
        referrals=totals["referrals"],
        signalled=totals["signalled"],
        by_indicator=by_indicator,
        confirmed_repeats=children["confirmed"],
        probable_repeats=children["probable"],
        unassessed_children=children["unassessed"],
        high_risk=list(high_risk_of_import(job_id)[:SCAN_LISTED]),
    )


def scans_finished(start: datetime, end: datetime) -> list[tuple[object, ImportScan]]:
    """The imports finished in [start, end), each with its scan (for the daily report)."""
    jobs = ImportJob.objects.filter(
        status=ImportJob.Status.DONE, finished_at__gte=start, finished_at__lt=end
    ).order_by("finished_at", "id")
    return [(job, import_scan(job.pk)) for job in jobs]


def open_flags_of_outer_referral() -> QuerySet[UnderGradingFlag]:
    """The open flags of `OuterRef("pk")`: the triage queue's count and filter (referrals)."""
    return UnderGradingFlag.objects.filter(referral=OuterRef("pk"), status=FlagStatus.OPEN)


# The referral page's risk panel's reads, compiled once per process (vhub/prepared.py): Django
# compiling them cost more than running them (bench/README.md, issue 21). Each selects only the
# columns the page shows of the people in it and reads the referral's few rows unordered.
_DECISIONS = prepared.Read(
    lambda: (
        SupervisorDecision.objects.filter(assessment__referral_id=prepared.Param("referral"))
        .select_related("supervisor", "assessment__subject__person")
        .only(
            "decision",
            "from_grade",
            "grade",
            "rationale",
            "decided_at",
            *name_fields("supervisor"),
            "assessment__subject__person__first_name",
            "assessment__subject__person__last_name",
        )
        .order_by()
    )
)
_GRADE_HISTORY = prepared.Read(
    lambda: (
        GradeChange.objects.filter(referral_id=prepared.Param("referral"))
        .select_related("changed_by")
        .only(
            "changed_at", "from_grade", "to_grade", "reason", "source", *name_fields("changed_by")
        )
        .order_by()
    )
)
_FLAGS = prepared.Read(
    lambda: UnderGradingFlag.objects.filter(referral_id=prepared.Param("referral")).order_by()
)
_SIGNALS = prepared.Read(
    lambda: RiskSignal.objects.filter(referral_id=prepared.Param("referral")).order_by()
)


def referral_page_panel(referral: Referral, user: "User") -> dict[str, object]:
    """The referral page's risk panel (referrals.hooks.REFERRAL_PAGE_PANELS): its supervisors'
    decisions, grade history, under-grading flags and risk signals, in four queries (three for
    someone who is not VHub staff: the signals are shown to VHub staff only). They ride on the
    referral as plain attributes (the page's template reads them there), in the order the page
    shows them."""
    # The page's lists ride on the referral as plain attributes, not model fields, so mypy is told.
    pk = referral.pk
    referral.decision_list = in_order(_DECISIONS(referral=pk), "decided_at", "id")  # type: ignore[attr-defined]
    # As above.
    referral.grade_history = in_order(_GRADE_HISTORY(referral=pk), "changed_at", "id")  # type: ignore[attr-defined]
    # As above (flags, then signals).
    referral.flag_list = in_order(_FLAGS(referral=pk), "raised_at", "id")  # type: ignore[attr-defined]
    signals = in_order(_SIGNALS(referral=pk), "id") if user.is_vhub_case_reader else []
    referral.signal_list = signals  # type: ignore[attr-defined]
    return {}
