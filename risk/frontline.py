"""The frontline quality loop (DESIGN.md §4, docs/frontline.md): the officers' own initial
assessments kept as they sent them, the policing areas and their single points of contact, and
the figures read from them: completion rates, the under-grading gap (the learning-needs
analysis), the voice of the child, and the monthly audit of officers' submissions."""

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import (
    Avg,
    Case,
    Count,
    DateField,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from referrals.escalation import Composed
from referrals.models import OutboxMessage, Referral, ReferralStatus, ReferralSubject, SubjectRole
from risk.models import (
    AreaContact,
    AssessmentStatus,
    ChildRiskAssessment,
    FeedbackKind,
    FrontlineSetting,
    OfficerAudit,
    OfficerFeedback,
    OfficerPosting,
    OfficerSubmission,
    PolicingArea,
    PolicingAreaCover,
    QualityAuditRound,
    QualityAuditStatus,
    QualityTeam,
    QualityTeamMember,
    RiskFactor,
)
from risk.quality import first_of_month, month_bounds
from vhub.clock import now
from vhub.grades import GRADE_ORDER, Grade
from vhub.replica import grouped_rows
from vhub.roles import Role

# Said instead of a name: an area's contact never learns who another area's officers are.
OTHER_AREAS = "Officers of other areas"
NO_AREA = "No policing area"
NO_TEAM = "No team"
# Who sees the whole force's figures; an area's contact sees their own areas'.
FORCE_ROLES = (Role.SUPERVISOR, Role.MANAGER)


def frontline_setting() -> FrontlineSetting:
    return FrontlineSetting.objects.order_by("pk").first() or FrontlineSetting()


def _rank(grade: str) -> int:
    return GRADE_ORDER[Grade(grade)]


# --- The officer's submission, kept as sent -----------------------------------------------------


def keep_officer_submission(
    assessment: ChildRiskAssessment, *, officer: User, own_rationale: bool = True
) -> OfficerSubmission:
    """Keep (or replace, when a returned referral is sent again) the officer's initial
    assessment of a child as it stands now, before the hub completes the same row. Called inside
    the action that saved it, whose audit event covers it. `own_rationale` is False for a grade
    a records system sent without the officer's reasons."""
    voice = assessment.voice_of_child.strip()
    reason = assessment.voice_not_captured_reason.strip()
    rationale = assessment.rationale.strip() if own_rationale else ""
    submission, _ = OfficerSubmission.objects.update_or_create(
        assessment=assessment,
        defaults={
            "referral_id": assessment.referral_id,
            "officer": officer,
            "grade": assessment.proposed_grade,
            "factor_codes": list(assessment.factor_codes),
            "voice_of_child": voice,
            "voice_not_captured_reason": reason,
            "rationale": rationale,
            "voice_captured": bool(voice),
            "complete": bool(assessment.proposed_grade and rationale and (voice or reason)),
            "saved_at": now(),
        },
    )
    return submission


def missing_parts(submission: OfficerSubmission) -> list[str]:
    """What an incomplete submission lacks, in words."""
    parts = []
    if not submission.grade:
        parts.append("a grade")
    if not submission.rationale:
        parts.append("the officer's reasons")
    if not (submission.voice_of_child or submission.voice_not_captured_reason):
        parts.append("the voice of the child")
    return parts


# --- Scope: which areas a person sees -----------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """The policing areas whose referrals a person sees (None: the whole force), and so whose
    officers they may name."""

    area_ids: frozenset[int] | None
    area_names: tuple[str, ...] = ()

    @property
    def whole_force(self) -> bool:
        return self.area_ids is None

    def referrals(self, prefix: str = "") -> Q:
        if self.area_ids is None:
            return Q()
        return Q(**{f"{prefix}local_authority__policing_cover__area_id__in": self.area_ids})

    def names_officer(self, posting_area_id: int | None) -> bool:
        return self.area_ids is None or posting_area_id in self.area_ids


def scope_for(user: User) -> Scope | None:
    """The whole force for supervisors and managers; an area's contact, their areas; anyone
    else, nothing (None)."""
    if user.has_role(*FORCE_ROLES):
        return Scope(None)
    if not user.has_role(Role.AREA_SPOC):
        return None
    areas = list(
        PolicingArea.objects.filter(contacts__user=user).order_by("name").values_list("pk", "name")
    )
    return Scope(frozenset(pk for pk, _ in areas), tuple(name for _, name in areas))


def contacts_areas(user: User) -> QuerySet[AreaContact]:
    return AreaContact.objects.filter(user=user)


@dataclass(frozen=True)
class Period:
    """An inclusive range of London dates."""

    start: date
    end: date

    @property
    def start_at(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_at(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def received(self, prefix: str = "") -> Q:
        return Q(
            **{f"{prefix}received_at__gte": self.start_at, f"{prefix}received_at__lt": self.end_at}
        )


def default_period(today: date) -> Period:
    """The last 90 days, today included."""
    return Period(today - timedelta(days=89), today)


def _officer_name(first: str, last: str, username: str) -> str:
    return f"{first} {last}".strip() or username


# --- The area contact's list: referrals whose officer assessment needs a look --------------------


@dataclass
class AttentionRow:
    referral_id: int
    reference: str
    received_at: datetime
    officer: str
    officer_named: bool
    problems: list[str] = field(default_factory=list)
    sort: int = 0  # 0 missing, 1 incomplete, 2 far below


def _children(
    scope: Scope, period: Period, local_authority: int | None = None
) -> QuerySet[ReferralSubject]:
    rows = ReferralSubject.objects.filter(
        scope.referrals("referral__"),
        period.received("referral__"),
        role=SubjectRole.CHILD,
    ).exclude(referral__status=ReferralStatus.MERGED)
    return rows.filter(referral__local_authority_id=local_authority) if local_authority else rows


def attention_list(scope: Scope, period: Period, limit: int = 200) -> list[AttentionRow]:
    """Referrals received in the period whose officer's initial assessment is missing,
    incomplete, or far below the final approved grade (FrontlineSetting.far_below_steps), most
    serious first. One query for the rows (and one for the setting)."""
    far = frontline_setting().far_below_steps
    subjects = _children(scope, period).select_related(
        "referral__submitted_by__policing_posting",
        "assessment__officer_submission",
    )
    rows: dict[int, AttentionRow] = {}
    for s in subjects.order_by("-referral__received_at", "referral_id", "id"):
        referral = s.referral
        problem, rank = "", 3
        assessment = getattr(s, "assessment", None)
        submission = getattr(assessment, "officer_submission", None) if assessment else None
        if submission is None:
            problem, rank = "No initial assessment of a child", 0
        elif not submission.complete:
            problem, rank = (
                f"Initial assessment without {' or '.join(missing_parts(submission))}",
                1,
            )
        elif (
            assessment is not None
            and assessment.status == AssessmentStatus.APPROVED
            and assessment.approved_grade
            and submission.grade
            and _rank(assessment.approved_grade) - _rank(submission.grade) >= far
        ):
            problem = (
                f"Graded {submission.grade} by the officer, {assessment.approved_grade} by the hub"
            )
            rank = 2
        if not problem:
            continue
        row = rows.get(referral.pk)
        if row is None:
            officer = referral.submitted_by
            posting = getattr(officer, "policing_posting", None)
            named = scope.names_officer(posting.area_id if posting else None)
            row = rows[referral.pk] = AttentionRow(
                referral_id=referral.pk,
                reference=referral.reference,
                received_at=referral.received_at,
                officer=_officer_name(officer.first_name, officer.last_name, officer.username)
                if named
                else "An officer of another area",
                officer_named=named,
                sort=rank,
            )
        row.problems.append(problem)
        row.sort = min(row.sort, rank)
    ordered = sorted(rows.values(), key=lambda r: (r.sort, -r.received_at.timestamp()))
    return ordered[:limit]


# --- Completion rates ---------------------------------------------------------------------------


@dataclass
class Rate:
    label: str
    children: int = 0
    sent: int = 0
    complete: int = 0
    voice: int = 0
    officer_id: int | None = None

    @property
    def sent_percent(self) -> float | None:
        return round(100 * self.sent / self.children, 1) if self.children else None

    @property
    def complete_percent(self) -> float | None:
        return round(100 * self.complete / self.children, 1) if self.children else None

    def add(self, children: int, sent: int, complete: int, voice: int) -> None:
        self.children += children
        self.sent += sent
        self.complete += complete
        self.voice += voice


@dataclass
class Completion:
    by_area: list[Rate]
    by_team: list[Rate]
    by_officer: list[Rate]
    total: Rate


def _group_label(scope: Scope, posting_area: int | None, label: str | None, empty: str) -> str:
    return (label or empty) if scope.names_officer(posting_area) else OTHER_AREAS


def _referrals_with_children(
    start_at: datetime, end_at: datetime, local_authority: int | None = None
) -> QuerySet[Referral]:
    """The referrals received in [start_at, end_at) with at least one child (merged duplicates
    left out), with the counts of their children each keeps (`Referral.child_count` and the
    rest, kept by database triggers: referrals/models.py CHILD_COUNTS). Read from
    `referral_received_idx`, which covers what the frontline figures filter, group and sum."""
    rows = Referral.objects.filter(
        received_at__gte=start_at, received_at__lt=end_at, child_count__gt=0
    ).exclude(status=ReferralStatus.MERGED)
    return rows.filter(local_authority_id=local_authority) if local_authority else rows


def completion_rates(
    scope: Scope, period: Period, local_authority: int | None = None
) -> Completion:
    """Per policing area, officers' team and officer: the children on referrals received in the
    period, how many have the officer's initial assessment, and how many of those are complete.
    One query (grouped_rows): the counts of children each referral keeps, summed per local
    authority and officer over the period's referrals (an index-only scan of them, never their
    children), then the few groups labelled with their area, officer and team; the three roll-ups
    are made from its rows. Officers of areas outside the scope are counted in their area but
    named nowhere (one row, OTHER_AREAS)."""
    counted = (
        _referrals_with_children(period.start_at, period.end_at, local_authority)
        .filter(scope.referrals())
        .values(area_of=F("local_authority_id"), officer=F("submitted_by_id"))
        .annotate(
            children=Sum("child_count"),
            sent=Sum("sent_children_count"),
            complete=Sum("complete_children_count"),
            voice=Sum("voiced_children_count"),
        )
        .order_by()
    )
    cover, area = PolicingAreaCover._meta.db_table, PolicingArea._meta.db_table
    posting, user = OfficerPosting._meta.db_table, User._meta.db_table
    member, team = QualityTeamMember._meta.db_table, QualityTeam._meta.db_table
    # Table names from the models; every value is a parameter of the inner query.
    labelled = f"""
        SELECT a.name, c.officer, u.first_name, u.last_name, u.username, p.area_id, t.name,
               c.children, c.sent, c.complete, c.voice
        FROM ({{counted}}) AS c
        JOIN {user} u ON u.id = c.officer
        LEFT JOIN {cover} lc ON lc.local_authority_id = c.area_of
        LEFT JOIN {area} a ON a.id = lc.area_id
        LEFT JOIN {posting} p ON p.user_id = c.officer
        LEFT JOIN {member} m ON m.user_id = c.officer
        LEFT JOIN {team} t ON t.id = m.team_id
    """  # noqa: S608 # nosec B608
    areas: dict[str, Rate] = {}
    teams: dict[str, Rate] = {}
    officers: dict[object, Rate] = {}
    total = Rate("All")
    for area_name, officer, first, last, username, posting_area, team_name, *counts in grouped_rows(
        counted, labelled
    ):
        area_label = area_name or NO_AREA
        areas.setdefault(area_label, Rate(area_label)).add(*counts)
        team_label = _group_label(scope, posting_area, team_name, NO_TEAM)
        teams.setdefault(team_label, Rate(team_label)).add(*counts)
        if scope.names_officer(posting_area):
            key: object = officer
            name = _officer_name(first, last, username)
        else:
            key, name = OTHER_AREAS, OTHER_AREAS
        rate = officers.setdefault(
            key, Rate(name, officer_id=officer if key != OTHER_AREAS else None)
        )
        rate.add(*counts)
        total.add(*counts)

    def ordered(rates: Iterable[Rate]) -> list[Rate]:
        return sorted(rates, key=lambda x: (x.label == OTHER_AREAS, x.label))

    return Completion(
        ordered(areas.values()), ordered(teams.values()), ordered(officers.values()), total
    )


# --- The under-grading gap: the learning-needs analysis -----------------------------------------


@dataclass
class GapRow:
    label: str
    approved: int = 0
    under: int = 0
    missed: Counter[str] = field(default_factory=Counter)

    @property
    def under_percent(self) -> float | None:
        return round(100 * self.under / self.approved, 1) if self.approved else None


@dataclass
class MissedFactor:
    code: str
    label: str
    missed: int  # approved assessments where the hub found it and the officer did not
    under: int  # of which the officer's grade was below the final grade


@dataclass
class Gap:
    by_area: list[GapRow]
    by_team: list[GapRow]
    by_officer: list[GapRow]
    total: GapRow
    factors: list[MissedFactor]


def factor_labels() -> dict[str, str]:
    """Factor code -> its label, the latest version's wording where it changed."""
    return dict(RiskFactor.objects.order_by("version__number").values_list("code", "label"))


def undergrading_gap(scope: Scope, period: Period, local_authority: int | None = None) -> Gap:
    """For every approved assessment of a child on a referral received in the period that has
    the officer's initial assessment: the officer's grade against the final approved grade.
    Under-graded: the officer's grade is below the final one (or the officer gave none). The
    factors the hub ticked that the officer did not are counted as missed. Two queries."""
    rows = (
        OfficerSubmission.objects.filter(
            scope.referrals("referral__"),
            period.received("referral__"),
            assessment__status=AssessmentStatus.APPROVED,
        )
        .filter(**({"referral__local_authority_id": local_authority} if local_authority else {}))
        .exclude(assessment__approved_grade="")
        .exclude(referral__status=ReferralStatus.MERGED)
        .values_list(
            "referral__local_authority__policing_cover__area__name",
            "officer_id",
            "officer__first_name",
            "officer__last_name",
            "officer__username",
            "officer__policing_posting__area_id",
            "officer__quality_team__team__name",
            "grade",
            "assessment__approved_grade",
            "factor_codes",
            "assessment__factor_codes",
        )
    )
    areas: dict[str, GapRow] = {}
    teams: dict[str, GapRow] = {}
    officers: dict[object, GapRow] = {}
    total = GapRow("All")
    missed_all: Counter[str] = Counter()
    missed_under: Counter[str] = Counter()
    for area, officer, first, last, username, posting, team, grade, final, own, hubs in rows:
        under = not grade or _rank(grade) < _rank(final)
        missed = set(hubs) - set(own)
        named = scope.names_officer(posting)
        groups = [
            areas.setdefault(area or NO_AREA, GapRow(area or NO_AREA)),
            teams.setdefault(
                (team or NO_TEAM) if named else OTHER_AREAS,
                GapRow((team or NO_TEAM) if named else OTHER_AREAS),
            ),
            officers.setdefault(
                officer if named else OTHER_AREAS,
                GapRow(_officer_name(first, last, username) if named else OTHER_AREAS),
            ),
            total,
        ]
        for g in groups:
            g.approved += 1
            g.under += under
            g.missed.update(missed)
        missed_all.update(missed)
        if under:
            missed_under.update(missed)
    labels = factor_labels() if missed_all else {}
    factors = [
        MissedFactor(code, labels.get(code, code), n, missed_under[code])
        for code, n in sorted(missed_all.items(), key=lambda kv: (-kv[1], kv[0]))
    ]

    def ordered(groups: Iterable[GapRow]) -> list[GapRow]:
        return sorted(groups, key=lambda x: (x.label == OTHER_AREAS, x.label))

    return Gap(
        ordered(areas.values()), ordered(teams.values()), ordered(officers.values()), total, factors
    )


def top_missed(row: GapRow, labels: dict[str, str], n: int = 3) -> str:
    return "; ".join(
        f"{labels.get(code, code)} ({count})"
        for code, count in sorted(row.missed.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    )


# --- The voice of the child ---------------------------------------------------------------------


@dataclass
class VoiceRow:
    label: str
    referrals: int = 0
    captured: int = 0  # every child's voice: their words, feelings or behaviour
    reason_only: int = 0  # not captured for some child, with the reason why for each of them

    @property
    def percent(self) -> float | None:
        return round(100 * self.captured / self.referrals, 1) if self.referrals else None

    @property
    def not_recorded(self) -> int:
        return self.referrals - self.captured - self.reason_only


def _month_of(field: str, start_at: datetime, end_at: datetime) -> Case:
    """The month (its first day) in which `field`, an instant in [start_at, end_at), falls in
    London time: compared with the first instants of the range's few months instead of
    converting every row's time to London time to truncate it (half the time of the period's
    count at scale 1, bench/README.md)."""
    month = first_of_month(timezone.localtime(start_at).date())
    firsts: list[tuple[date, datetime]] = []
    while True:
        first_at, next_at = month_bounds(month)
        firsts.append((month, first_at))
        if next_at >= end_at:
            break
        month = timezone.localtime(next_at).date()
    return Case(
        *(When(**{f"{field}__gte": at}, then=Value(m)) for m, at in reversed(firsts[1:])),
        default=Value(firsts[0][0]),
        output_field=DateField(),
    )


def voice_of_child(
    start_at: datetime, end_at: datetime, local_authority: int | None = None
) -> tuple[list[VoiceRow], list[tuple[date, VoiceRow]]]:
    """Referrals received in [start_at, end_at) with at least one child, by local authority area
    and by month: in how many the voice of every child was captured (their words, feelings or
    behaviour), in how many only a reason it was not, and in how many neither. One query: the
    period's referrals counted by area and month from the counts of children each keeps (its
    children, those voiced, those with only a reason; kept by database triggers), an index-only
    scan of the period that never reads a child; the two roll-ups are summed from its rows."""
    referrals = _referrals_with_children(start_at, end_at, local_authority)
    every_voice = Q(voiced_children_count=F("child_count"))
    reason_for_the_rest = Q(
        child_count=F("voiced_children_count") + F("reason_only_children_count")
    )
    grouped = (
        referrals.values(
            area=F("local_authority__name"), month=_month_of("received_at", start_at, end_at)
        )
        .annotate(
            referrals=Count("id"),
            captured=Count("id", filter=every_voice),
            reason_only=Count("id", filter=~every_voice & reason_for_the_rest),
        )
        .order_by()
        .values_list("area", "month", "referrals", "captured", "reason_only")
    )
    areas: dict[str, VoiceRow] = {}
    months: dict[date, VoiceRow] = {}
    for area, day, n, captured, reason_only in grouped:
        label = area or "No area"
        for row in (
            areas.setdefault(label, VoiceRow(label)),
            months.setdefault(day, VoiceRow(f"{day:%b %Y}")),
        ):
            row.referrals += n
            row.captured += captured
            row.reason_only += reason_only
    return sorted(areas.values(), key=lambda r: r.label), sorted(months.items())


# --- The monthly audit of officers' submissions -------------------------------------------------


def choose_officer_sample(month: date) -> dict[int, list[int]]:
    """Per policing area, the officers' submissions audited for the month: drawn from the
    submissions saved in the month whose child's assessment has been approved (so grade
    agreement is known). Reproducible: the generator is seeded by the month and the area and
    the candidates are taken in id order, so the same data always gives the same sample."""
    start, end = month_bounds(month)
    candidates: dict[int, list[int]] = defaultdict(list)
    rows = (
        OfficerSubmission.objects.filter(
            saved_at__gte=start,
            saved_at__lt=end,
            assessment__status=AssessmentStatus.APPROVED,
            referral__local_authority__policing_cover__isnull=False,
        )
        .order_by("id")
        .values_list("referral__local_authority__policing_cover__area_id", "id")
    )
    for area, pk in rows:
        candidates[area].append(pk)
    size = frontline_setting().officer_sample_size
    chosen = {}
    for area, ids in sorted(candidates.items()):
        # Not for secrecy: a seeded generator is what makes the sample reproducible.
        rng = random.Random(f"vhub-officer-audit:{first_of_month(month):%Y-%m}:{area}")  # noqa: S311 # nosec B311
        chosen[area] = sorted(rng.sample(ids, min(size, len(ids))))
    return chosen


def draw_officer_sample(round_: QualityAuditRound) -> int:
    """Add the month's officer audits to the round (inside the action drawing the hub's own
    sample, whose audit event covers both). Drawing again adds nothing. Returns how many."""
    chosen = choose_officer_sample(round_.month)
    area_of = {pk: area for area, pks in chosen.items() for pk in pks}
    submissions = OfficerSubmission.objects.filter(pk__in=area_of).select_related("assessment")
    teams = dict(
        QualityTeamMember.objects.filter(user_id__in=submissions.values("officer_id")).values_list(
            "user_id", "team_id"
        )
    )
    audits = [
        OfficerAudit(
            round=round_,
            submission=s,
            area_id=area_of[s.pk],
            officer_id=s.officer_id,
            team_id=teams.get(s.officer_id),
            grade_agreed=s.grade == s.assessment.approved_grade,
        )
        for s in submissions
    ]
    return len(OfficerAudit.objects.bulk_create(audits, ignore_conflicts=True))


def officer_audits_of(round_: QualityAuditRound) -> QuerySet[OfficerAudit]:
    return (
        OfficerAudit.objects.filter(round=round_)
        .select_related("area", "officer", "team", "submission__referral")
        .order_by("area__name", "id")
    )


OFFICER_AUDIT_GROUPINGS = {
    "area": F("area__name"),
    "team": F("team__name"),
    "officer": Concat(F("officer__first_name"), Value(" "), F("officer__last_name")),
}


def officer_audit_results(*, by: str) -> QuerySet[OfficerAudit, dict[str, Any]]:
    """Scored officer audits per month and per area, team or officer, aggregated in SQL."""
    return (
        OfficerAudit.objects.filter(status=QualityAuditStatus.COMPLETED)
        .values(month=F("round__month"), label=OFFICER_AUDIT_GROUPINGS[by])
        .annotate(
            audited=Count("id"),
            completeness=Avg("completeness"),
            voice=Avg("voice_of_child"),
            factors=Avg("factors"),
            agreed=Count("id", filter=Q(grade_agreed=True)),
        )
        .order_by("-month", "label")
    )


# --- What the officer sees ----------------------------------------------------------------------


@dataclass
class ChildGrade:
    """On the officer's referral page once approved: their grade beside the final one."""

    child: str
    officer_grade: str
    final_grade: str
    found: list[str]  # factors the hub found that the officer did not tick
    not_kept: list[str]  # factors the officer ticked that the hub did not keep

    @property
    def differs(self) -> bool:
        return self.officer_grade != self.final_grade


def grades_for_officer(referral: Referral) -> list[ChildGrade]:
    """Each approved child's assessment with the officer's own grade (two queries, or one when
    no factor differs)."""
    submissions = list(
        OfficerSubmission.objects.filter(
            referral=referral, assessment__status=AssessmentStatus.APPROVED
        )
        .exclude(assessment__approved_grade="")
        .select_related("assessment__subject__person")
        .order_by("assessment__subject_id")
    )
    differing = [s for s in submissions if set(s.factor_codes) ^ set(s.assessment.factor_codes)]
    labels = factor_labels() if differing else {}
    return [
        ChildGrade(
            child=s.assessment.subject.person.full_name,
            officer_grade=s.grade,
            final_grade=s.assessment.approved_grade,
            found=[labels.get(c, c) for c in s.assessment.factor_codes if c not in s.factor_codes],
            not_kept=[
                labels.get(c, c) for c in s.factor_codes if c not in s.assessment.factor_codes
            ],
        )
        for s in submissions
    ]


def feedback_for_officer(user: User, limit: int = 50) -> QuerySet[OfficerFeedback]:
    return (
        OfficerFeedback.objects.filter(officer=user)
        .select_related("referral", "sender")
        .order_by("-created_at", "-id")[:limit]
    )


def compose_feedback(message: OutboxMessage, at: datetime) -> Composed | None:
    """The words of the outbox row for a reminder or feedback: who wrote about which referral,
    and a link; the message itself is read in VHub, never put in an e-mail."""
    feedback = (
        OfficerFeedback.objects.filter(outbox=message)
        .select_related("referral", "sender", "officer")
        .first()
    )
    if feedback is None:
        return None
    what = "A reminder" if feedback.kind == FeedbackKind.REMINDER else "Feedback"
    title = f"{what} about {feedback.referral.reference}"
    text = (
        f"{what} from {feedback.sender}, your area's single point of contact, about referral "
        f"{feedback.referral.reference}. Read it on My referrals."
    )
    return Composed(feedback.officer, title, text, text, reverse("referrals:mine") + "#feedback")
