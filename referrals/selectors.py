"""Reads of referrals, shaped once for pages and APIs alike."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import (
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, JSONArray, Lower

from accounts.models import display_name, name_fields
from audit.history import (
    Source,
    change_history,
    events_of,
    published_versions,
)
from audit.models import AuditEvent
from referrals.calendars import timescale_words
from referrals.hooks import open_flags_of_outer_referral, shares_of_outer_referral
from referrals.models import (
    ENDED_STATUSES,
    OPEN_CLOCK_STATES,
    OPEN_STATUSES,
    ClosureDay,
    ClosureRequest,
    ClosureRequestState,
    MatchStatus,
    Person,
    PersonMatch,
    Referral,
    ReferralDraft,
    ReferralSubject,
    SlaClock,
    SlaPolicyVersion,
    SlaTarget,
    SubjectRole,
    full_name,
)
from referrals.sla import margin_words, time_left_words
from vhub import prepared
from vhub.grades import highest
from vhub.rows import in_order

if TYPE_CHECKING:
    from accounts.models import User

_CHILDREN = Prefetch(
    "subjects",
    queryset=ReferralSubject.objects.filter(role=SubjectRole.CHILD).select_related("person"),
    to_attr="children",
)


@dataclass(frozen=True)
class QueueFilters:
    grade: str = ""
    status: str = ""
    local_authority: int | None = None
    flagged: bool = False
    mine: bool = False
    unallocated: bool = False
    clock: str = ""  # "at_risk" or "breached"
    search: str = ""
    missing_assessment: bool = False
    import_job: int | None = None  # only the referrals this backlog import brought in


@dataclass(frozen=True)
class QueueCursor:
    """Keyset position: the last row of the previous page in the queue's order."""

    score: int
    received_at: datetime
    pk: int

    def encode(self) -> str:
        return f"{self.score}_{self.received_at.timestamp():.6f}_{self.pk}"

    @classmethod
    def decode(cls, value: str) -> "QueueCursor | None":
        try:
            score, stamp, pk = value.split("_")
            return cls(int(score), datetime.fromtimestamp(float(stamp), tz=UTC), int(pk))
        except (ValueError, OverflowError):
            return None


def _count(rows: QuerySet[Any]) -> Coalesce:
    """COUNT(*) of a correlated queryset as a scalar subquery: evaluated for the rows a query
    returns (the page), not for every row it looks at, unlike a join with an aggregate."""
    return Coalesce(
        Subquery(rows.order_by().values(n=Func(F("pk"), function="COUNT"))),
        0,
        output_field=IntegerField(),
    )


def _references(term: str, statuses: tuple[str, ...]) -> list[int]:
    """The referrals in `statuses` whose reference or incident reference is the term."""
    return list(
        Referral.objects.filter(status__in=statuses)
        .filter(Q(reference__iexact=term) | Q(incident_reference__iexact=term))
        .values_list("pk", flat=True)
    )


def _search(term: str, by_reference: list[Any], value: "_Value") -> Q:
    """Open referrals whose reference or incident reference is the term (`by_reference`, from
    `_references`), or with someone whose first or last name contains it.

    The references are looked up first (one query, on the open referrals' indexes), so that
    the usual search, by name, is a single EXISTS: PostgreSQL runs it as a semi-join, walking
    the queue's index for a common name or starting from the few people with a rare one. The
    same condition OR-ed with the references would have it collect every matching person's
    referrals first, or walk the whole queue when nobody matches."""
    # Lower(...) LIKE, so the names' trigram indexes (person_*_name_trgm) can answer.
    people = Person.objects.annotate(last=Lower("last_name"), first=Lower("first_name")).filter(
        Q(last__contains=value("term", term.lower()))
        | Q(first__contains=value("term", term.lower()))
    )
    if not by_reference:
        return Q(Exists(ReferralSubject.objects.filter(referral=OuterRef("pk"), person__in=people)))
    named = ReferralSubject.objects.filter(person__in=people).order_by().values("referral_id")
    return Q(
        pk__in=named.union(Referral.objects.filter(pk__in=by_reference).values("pk"), all=True)
    )


def _statuses(f: QueueFilters) -> tuple[str, ...]:
    return (f.status,) if f.status in ENDED_STATUSES else OPEN_STATUSES


_Value = Callable[[str, Any], Any]


def _as_is(name: str, value: Any) -> Any:
    return value


def triage_queue(
    *, user: "User", filters: QueueFilters | None = None, after: QueueCursor | None = None
) -> QuerySet[Referral]:
    """Open referrals, highest priority first, then longest waiting, each with the number of
    open flags and of children with no risk assessment, and whether a closure waits for
    sign-off. Filtered to an ended status (closed, no further action, merged), the referrals
    in that status instead. The page reads the same statement through `queue_page_rows`,
    which compiles it once per shape of filters; tests and the benchmark compare it with this.

    No filter joins a to-many relation (each is an EXISTS) and the per-row figures are
    correlated subqueries, so there is no DISTINCT and no GROUP BY: PostgreSQL reads the open
    referrals in the order of `referral_open_queue_idx` and stops after the page."""
    f = filters or QueueFilters()
    by_reference = _references(f.search.strip(), _statuses(f)) if f.search else []
    return _triage_queue(user, f, after, by_reference)


def _triage_queue(
    user: "User",
    f: QueueFilters,
    after: QueueCursor | None,
    by_reference: list[int],
    value: _Value = _as_is,
) -> QuerySet[Referral]:
    """`triage_queue`'s queryset, each request's own value (user, area, import, search term,
    cursor, references found) written as `value(name, it)` gives it: the value itself, or for
    the statement `queue_page_rows` compiles once, a `prepared.Param` of that name."""
    open_flags = open_flags_of_outer_referral()  # risk's flags (referrals/hooks.py)
    unassessed = ReferralSubject.objects.filter(
        referral=OuterRef("pk"), role=SubjectRole.CHILD, assessment__isnull=True
    )
    statuses = _statuses(f)
    closure_pending = ClosureRequest.objects.filter(
        referral=OuterRef("pk"), state=ClosureRequestState.PENDING
    )
    rows = Referral.objects.filter(status__in=statuses).annotate(
        open_flags=_count(open_flags),
        unassessed_children=_count(unassessed),
        closure_pending=Exists(closure_pending),
    )
    if f.grade == "none":
        rows = rows.filter(current_grade="", provisional_grade="")
    elif f.grade:
        rows = rows.filter(
            Q(current_grade=f.grade) | Q(current_grade="", provisional_grade=f.grade)
        )
    if f.status:
        rows = rows.filter(status=f.status)
    if f.local_authority:
        rows = rows.filter(local_authority_id=value("local_authority", f.local_authority))
    if f.import_job is not None:
        rows = rows.filter(import_job_id=value("import_job", f.import_job))
    if f.flagged:
        rows = rows.filter(Exists(open_flags))
    if f.missing_assessment:
        rows = rows.filter(Exists(unassessed))
    if f.mine:
        rows = rows.filter(allocated_to_id=value("user", user.pk))
    if f.unallocated:
        rows = rows.filter(allocated_to__isnull=True)
    if f.clock in ("at_risk", "breached"):
        rows = rows.filter(
            Exists(SlaClock.objects.filter(referral=OuterRef("pk"), state=f.clock, share=None))
        )
    if f.search:
        references = [value(f"reference{i}", pk) for i, pk in enumerate(by_reference)]
        rows = rows.filter(_search(f.search.strip(), references, value))
    if after is not None:
        score, at = value("score", after.score), value("received_at", after.received_at)
        rows = rows.filter(
            # Redundant with the next condition, but an index bound PostgreSQL can seek to.
            Q(priority_score__lte=score)
            & (
                Q(priority_score__lt=score)
                | Q(priority_score=score, received_at__gt=at)
                | Q(priority_score=score, received_at=at, pk__gt=value("pk", after.pk))
            )
        )
    return rows.order_by("-priority_score", "received_at", "id")


@dataclass(frozen=True, slots=True)
class QueueClock:
    """A row's most urgent open clock: what its cell shows."""

    kind: str
    state: str
    due_at: datetime


@dataclass(slots=True)
class QueueRow:
    """One row of the triage queue, read as plain values (referrals/templatetags/queue_tags.py
    builds its markup): a model instance a row, four joined rows and the children's and clocks'
    instances were 476 objects a page, 40 % of the page's CPU (bench/README.md)."""

    pk: int
    reference: str
    status: str
    received_at: datetime
    priority_score: int
    priority_breakdown: Any  # the parts of the score; {} before the first scoring
    current_grade: str
    provisional_grade: str
    incident_type: str  # its label
    area: str | None  # the local authority's; None when the referral has none
    allocated_to: str  # the holder as str(user) shows them; "" when unallocated
    closure_outcome: str | None  # its label, when the referral is closed
    open_flags: int
    unassessed_children: int
    closure_pending: bool
    children: list[tuple[str, date | None]]  # each child's full name and date of birth
    urgent_clock: QueueClock | None
    urgent_words: str = ""  # how long the clock has left, in words (set by the view)

    @property
    def effective_grade(self) -> str:
        return highest([self.current_grade, self.provisional_grade]) or ""


_QUEUE_COLUMNS = (
    "pk",
    "reference",
    "status",
    "received_at",
    "priority_score",
    "priority_breakdown",
    "current_grade",
    "provisional_grade",
    "incident_type__label",
    "local_authority__area",
    "allocated_to__first_name",
    "allocated_to__last_name",
    "allocated_to__username",
    "closure_outcome__label",
    "open_flags",
    "unassessed_children",
    "closure_pending",
    "child_list",
    "urgent_clock",
)


def _queue_read(rows: QuerySet[Referral]) -> QuerySet[Referral, tuple[Any, ...]]:
    """`rows` (from `triage_queue`) as the values `QueueRow` is built from: the referral's
    columns, the names of its incident type, area, holder and outcome joined, its children
    (full name and date of birth, in the order they were added) and its most urgent open clock
    as JSON, each a correlated subquery PostgreSQL runs for the page's rows only."""
    children = ArraySubquery(
        ReferralSubject.objects.filter(referral=OuterRef("pk"), role=SubjectRole.CHILD)
        .order_by("id")
        .values(child=JSONArray("person__first_name", "person__last_name", "person__date_of_birth"))
    )
    urgent_clock = Subquery(
        SlaClock.objects.filter(
            referral=OuterRef("pk"), state__in=OPEN_CLOCK_STATES, share__isnull=True
        )
        .order_by("due_at", "id")
        .values(clock=JSONArray("kind", "state", "due_at"))[:1]
    )
    return rows.annotate(child_list=children, urgent_clock=urgent_clock).values_list(
        *_QUEUE_COLUMNS
    )


def _queue_row(values: Any) -> QueueRow:
    (
        pk,
        reference,
        status,
        received_at,
        score,
        breakdown,
        current_grade,
        provisional_grade,
        incident_type,
        area,
        first_name,
        last_name,
        username,
        outcome,
        open_flags,
        unassessed,
        closure_pending,
        child_list,
        clock,
    ) = values
    return QueueRow(
        pk=pk,
        reference=reference,
        status=status,
        received_at=received_at,
        priority_score=score,
        priority_breakdown=breakdown,
        current_grade=current_grade,
        provisional_grade=provisional_grade,
        incident_type=incident_type,
        area=area,
        allocated_to=display_name(first_name, last_name, username) if username else "",
        closure_outcome=outcome,
        open_flags=open_flags,
        unassessed_children=unassessed,
        closure_pending=closure_pending,
        children=[
            (full_name(first, last), date.fromisoformat(born) if born else None)
            for first, last, born in child_list
        ],
        urgent_clock=(
            QueueClock(clock[0], clock[1], datetime.fromisoformat(clock[2])) if clock else None
        ),
    )


def queue_rows(rows: QuerySet[Referral], limit: int) -> list[QueueRow]:
    """The first `limit` rows of `triage_queue`, with what each row shows, in one statement,
    compiled at each call: the reference `queue_page_rows` is held to
    (tests/referrals/test_queue_statement.py)."""
    return [_queue_row(values) for values in _queue_read(rows)[:limit]]


# The queue page's row statement, compiled once per process for each shape of filters.
# Building `triage_queue` and having Django compile it cost about a quarter of the page's CPU
# (bench/README.md, issue 21), for a statement whose text depends only on which filters are
# set. Bound in the client: PostgreSQL plans each search for its own LIKE pattern.
_QUEUE_STATEMENTS: dict[tuple[Any, ...], prepared.Rows] = {}


def _queue_shape(
    f: QueueFilters, after: QueueCursor | None, by_reference: list[int], limit: int
) -> tuple[Any, ...]:
    """What the statement's text depends on: the filters' values with few choices, and only
    whether each of the others is set."""
    return (
        f.grade,
        f.status,
        bool(f.local_authority),  # as `_triage_queue` tests it
        f.flagged,
        f.mine,
        f.unallocated,
        f.clock,
        bool(f.search),
        f.missing_assessment,
        f.import_job is not None,
        after is not None,
        len(by_reference),
        limit,
    )


def queue_page_rows(
    *, user: "User", filters: QueueFilters, after: QueueCursor | None, limit: int
) -> list[QueueRow]:
    """`queue_rows(triage_queue(user=…, filters=…, after=…), limit)`: the same rows from the
    same statement, its text compiled once per process for each shape of filters."""
    f = filters
    term = f.search.strip()
    by_reference = _references(term, _statuses(f)) if f.search else []
    shape = _queue_shape(f, after, by_reference, limit)
    read = _QUEUE_STATEMENTS.get(shape)
    if read is None:
        read = _QUEUE_STATEMENTS[shape] = prepared.Rows(
            lambda: _queue_read(
                _triage_queue(user, f, after, by_reference, lambda name, _: prepared.Param(name))
            )[:limit],
            bound_in_client=True,
        )
    values: dict[str, Any] = {
        "local_authority": f.local_authority,
        "import_job": f.import_job,
        "user": user.pk,
        "term": term.lower(),
        **{f"reference{i}": pk for i, pk in enumerate(by_reference)},
    }
    if after is not None:
        values |= {"score": after.score, "received_at": after.received_at, "pk": after.pk}
    return [_queue_row(row) for row in read(**values)]


def bulk_close_referrals(ids: list[int]) -> QuerySet[Referral]:
    """The referrals a supervisor selected to close together, in queue order, with what the
    preview shows of each: children, grade, whether it was ever shared (a high or medium one
    that was not needs sign-off) and whether a closure already waits. One query, and one for
    the children."""
    return (
        Referral.objects.filter(pk__in=ids)
        .select_related("incident_type")
        .prefetch_related(_CHILDREN)
        .annotate(
            shared=Exists(shares_of_outer_referral()),  # partners' (referrals/hooks.py)
            closure_pending=Exists(
                ClosureRequest.objects.filter(
                    referral=OuterRef("pk"), state=ClosureRequestState.PENDING
                )
            ),
        )
        .order_by("-priority_score", "received_at", "id")
    )


@contextmanager
def serial_plans() -> Iterator[None]:
    """Within the block, PostgreSQL plans without parallel workers. The queue reads one page in
    index order; on a search by a common name the planner would otherwise gather two workers,
    whose start-up costs more than the few hundred rows they share (bench/README.md).
    SET LOCAL: the setting ends with the block's transaction, so no other query inherits it."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        yield


def officer_referrals(*, user: "User") -> QuerySet[Referral]:
    return (
        Referral.objects.filter(submitted_by=user)
        .select_related("incident_type", "returned_by", "amendment", "closure_outcome")
        .prefetch_related(_CHILDREN)
        .order_by("-received_at")
    )


def closures_awaiting_sign_off() -> QuerySet[ClosureRequest]:
    """Closures waiting for a supervisor's sign-off, oldest first, with what the list shows."""
    return (
        ClosureRequest.objects.filter(state=ClosureRequestState.PENDING)
        .select_related("referral", "outcome", "requested_by")
        .order_by("requested_at", "id")
    )


def officer_drafts(*, user: "User") -> QuerySet[ReferralDraft]:
    """The officer's unsent referrals (corrections of returned ones are listed with those)."""
    return ReferralDraft.objects.filter(owner=user, referral__isnull=True).order_by(
        "-updated_at", "-id"
    )


# Every signed-in page shows the person's unread count (the bell). The statement never
# changes, so it is written once here rather than compiled by the ORM on each page: that
# compiling cost three times the statement's own CPU (bench/README.md, issue 21).
_UNREAD_COUNT = (
    'SELECT COUNT(*) FROM "referrals_notification" WHERE "user_id" = %s AND "read_at" IS NULL'
)


def unread_notification_count(*, user: "User") -> int:
    with connection.cursor() as cursor:
        cursor.execute(_UNREAD_COUNT, [user.pk])
        return int(cursor.fetchone()[0])


# What the referral page shows of each person, child and clock (templates/referrals/detail.html,
# and the household that `partners.marac.check_marac` reads): only these columns are selected.
# Each ordered statement costs Django a hash of every column it selects, so the whole rows of
# the people, the assessments (checklists, explanations) and the clocks' shares (the pack's
# snapshot) cost more to compile and build than the page's reading of them (bench/README.md,
# issue 21).
_PERSON = ("first_name", "last_name", "date_of_birth", "address", "postcode")
_SUBJECT_SHOWN = (
    "role",
    "school",
    "gp",
    "lives_at_address",
    "was_present",
    "witnessed",
    "was_injured",
    "parental_responsibility",
    "voice_of_child",
    "voice_not_captured_reason",
    "expected_date",
    *(f"person__{f}" for f in _PERSON),
    "assessment__status",
    "assessment__proposed_grade",
    "assessment__approved_grade",
    *name_fields("assessment__assessor"),
)
_CLOCK_SHOWN = (
    "kind",
    "state",
    "calendar",
    "started_at",
    "due_at",
    "breached_at",
    "breached_before_import",
    "met_at",
    "margin_minutes",
    "share__agency__name",
)


# The referral page's reads of referrals' own records, compiled once per process
# (vhub/prepared.py): Django compiling them cost more than running them (bench/README.md,
# issue 21). Each reads the referral's few rows unordered; `referral_detail` orders them.
_SUBJECTS = prepared.Read(
    lambda: (
        ReferralSubject.objects.select_related("person", "assessment__assessor")
        .only(*_SUBJECT_SHOWN)
        .filter(referral_id=prepared.Param("referral"))
        .order_by()
    )
)
_SUGGESTED_MATCHES = prepared.Read(
    lambda: (
        PersonMatch.objects.select_related("candidate")
        .only(
            "subject_id", "similarity", "probable", "reason", *(f"candidate__{f}" for f in _PERSON)
        )
        .filter(subject__referral_id=prepared.Param("referral"), status=MatchStatus.SUGGESTED)
        .order_by()
    )
)
_CLOCKS = prepared.Read(
    lambda: (
        SlaClock.objects.select_related("share__agency")
        .only(*_CLOCK_SHOWN)
        .filter(referral_id=prepared.Param("referral"))
        .order_by()
    )
)


@dataclass(frozen=True, slots=True)
class MergedDuplicate:
    """A referral merged into the one on the page: what the page lists of it."""

    reference: str
    closed_at: datetime | None


# Whether a closure of the referral waits for sign-off, and the duplicates merged into it
# (reference and when, in the order they were merged), in one statement compiled once per
# process (vhub/prepared.py): two reads of the page that were a statement each.
_MERGED_AND_CLOSURE = prepared.Read(
    lambda: (
        Referral.objects.filter(pk=prepared.Param("referral"))
        .annotate(
            closure_pending=Exists(
                ClosureRequest.objects.filter(
                    referral=OuterRef("pk"), state=ClosureRequestState.PENDING
                )
            ),
            duplicates=ArraySubquery(
                Referral.objects.filter(merged_into=OuterRef("pk"))
                .order_by("id")
                .values(duplicate=JSONArray("reference", "closed_at"))
            ),
        )
        .only("id")
    )
)


def merged_and_closure(referral: Referral) -> tuple[list[MergedDuplicate], bool]:
    """The duplicates merged into the referral, oldest merge first, and whether a closure of
    it waits for a supervisor's sign-off: one statement."""
    (row,) = _MERGED_AND_CLOSURE(referral=referral.pk)
    duplicates = [
        MergedDuplicate(reference, datetime.fromisoformat(closed) if closed else None)
        for reference, closed in row.duplicates  # type: ignore[attr-defined]
    ]
    return duplicates, row.closure_pending  # type: ignore[attr-defined]


def referral_detail(referral: Referral) -> Referral:
    """What the referral page shows of referrals' own records, loaded in a fixed number of
    queries (risk's and partners' panels: `referrals.hooks.REFERRAL_PAGE_PANELS`). A referral's
    few rows are put in order here (`vhub.rows.in_order`), not by its statements."""
    # The page's lists ride on the referral as plain attributes, not model fields, so mypy is told.
    referral.subject_list = in_order(_SUBJECTS(referral=referral.pk), "id")  # type: ignore[attr-defined]
    matches: dict[int, list[PersonMatch]] = {}
    if referral.subject_list:  # type: ignore[attr-defined]
        for match in _SUGGESTED_MATCHES(referral=referral.pk):
            matches.setdefault(match.subject_id, []).append(match)
    for subject in referral.subject_list:  # type: ignore[attr-defined]
        # As above: its matches waiting for a decision, most similar first.
        subject.suggested_matches = in_order(matches.get(subject.pk, ()), "-similarity", "id")
    # As above.
    referral.clock_list = in_order(_CLOCKS(referral=referral.pk), "started_at", "id")  # type: ignore[attr-defined]

    # As above: the clocks just attached.
    for clock in referral.clock_list:  # type: ignore[attr-defined]
        clock.time_left = time_left_words(clock) if clock.is_open else ""
        clock.margin_words = margin_words(clock) if clock.margin_minutes is not None else ""
    return referral


TIMELINE_HIDDEN_ACTIONS = (
    "referral.view",
    "share.view",
    "assessment.view",
    "flag.view",
    "isr.view",
    "note.view",
    "note.list_view",
    "attachment.download",
    "attachment.list_view",
)


# Compiled once per process, as the page's reads above.
_TIMELINE = prepared.Read(
    lambda: (
        AuditEvent.objects.filter(referral_id=prepared.Param("referral"))
        .exclude(action__in=TIMELINE_HIDDEN_ACTIONS)
        .select_related("actor")
        # What an entry shows (the chain's hashes, the address and browser are not).
        .only("occurred_at", "action", "actor_label", "details", *name_fields("actor"))
        .order_by()
    )
)


def referral_timeline(referral: Referral) -> list[AuditEvent]:
    """What happened to the referral, oldest first; reads are in the access log, not here."""
    return in_order(_TIMELINE(referral=referral.pk), "id")


def person_chronology(person: Person) -> list[ReferralSubject]:
    """Every referral about this person, newest first (merged duplicates' referrals were moved
    to the person when the match was confirmed)."""
    return list(
        ReferralSubject.objects.filter(person=person)
        .select_related("referral__incident_type", "referral__local_authority")
        .order_by("-referral__received_at")
    )


# --- Change history (docs/audit.md) ------------------------------------------------------------

# Fields whose change is recorded elsewhere or means nothing to a reader.
_REFERRAL_HIDDEN = ("reference", "source", "source_system", "external_id", "received_at")


def referral_history(referral: Referral) -> list[Any]:
    """Field-level changes of the referral and of the people on it, newest first. Queries: the
    referral's events and its subjects' events (each with its context), then one per kind of
    related record named in them (people, users, agencies, incident types)."""
    return change_history(
        [
            Source(
                events_of(Referral).filter(pgh_obj_id=referral.pk),
                describe=lambda ev, show: "Referral",
                hidden=_REFERRAL_HIDDEN,
            ),
            Source(
                events_of(ReferralSubject).filter(referral_id=referral.pk),
                describe=lambda ev, show: (
                    f"{show(ev._meta.get_field('role'), ev.role)}: "
                    f"{show(ev._meta.get_field('person'), ev.person_id)}"
                ),
                hidden=("referral",),
                labels={"gp": "GP or health visitor", "school": "School or nursery"},
            ),
        ]
    )


def sla_policy_history(*, limit: int = 20) -> dict[str, list[Any]]:
    """The SLA policy's published versions, each compared with the one before (targets are
    never edited in place, so a version's rows are what was published), plus any direct edit
    of a policy row and the closure days added and removed. Queries: versions with their
    publishers (1), their targets (1), the three edit sources (3), related names (0-2)."""
    versions = list(
        SlaPolicyVersion.objects.select_related("created_by")
        .prefetch_related(Prefetch("targets", SlaTarget.objects.order_by("kind", "grade")))
        .order_by("-number")[: limit + 1]
    )

    def flat(policy: SlaPolicyVersion) -> dict[str, str]:
        values = {}
        for t in policy.targets.all():
            name = f"{t.get_kind_display()} ({t.get_grade_display() or 'any grade'})"
            values[f"{name}: calendar"] = t.get_calendar_display()
            values[f"{name}: time allowed"] = timescale_words(t.minutes, t.calendar)
        return values

    published = published_versions(versions, flat, limit)
    edits = change_history(
        [
            Source(
                events_of(SlaPolicyVersion).exclude(pgh_label__in=("insert", "baseline")),
                describe=lambda ev, show: f"SLA policy version {ev.number}",
            ),
            Source(
                events_of(SlaTarget).exclude(pgh_label__in=("insert", "baseline")),
                describe=lambda ev, show: f"Target {ev.kind} {ev.grade or 'any grade'}",
            ),
            Source(
                events_of(ClosureDay).exclude(pgh_label="baseline"),
                describe=lambda ev, show: f"Closure day {show(ev._meta.get_field('day'), ev.day)}",
            ),
        ]
    )
    return {"published": published, "edits": edits}


MATCHES_PAGE = 200


def suggested_matches(
    *, import_job: int | None = None, probable_only: bool = False, ids: list[int] | None = None
) -> QuerySet[PersonMatch]:
    """Matches waiting for a decision on open referrals, probable first, then the most similar;
    with the child, their referral and the known person in the same query. `import_job`: only
    those on referrals that import brought in; `ids`: only these (the bulk preview)."""
    rows = PersonMatch.objects.filter(
        status=MatchStatus.SUGGESTED, subject__referral__status__in=OPEN_STATUSES
    )
    if import_job is not None:
        rows = rows.filter(subject__referral__import_job_id=import_job)
    if probable_only:
        rows = rows.filter(probable=True)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    return rows.select_related("subject__person", "subject__referral", "candidate").order_by(
        "-probable", "-similarity", "id"
    )
