"""SLA clocks: started, met, cancelled and recomputed by the lifecycle (DESIGN.md §5).

Due times come from `referrals.calendars.due_at`, a pure function; this module decides which
clocks run, and records what happened to them. Every function here runs inside the caller's
action transaction, and each that starts, stops or moves a share's clock says so through
`share_clocks_changed`, so partners refreshes the share's stored inbox order (partners/inbox.py)
in it without this module importing the app above it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from django.db import connection
from django.db.models import QuerySet, Subquery
from django.dispatch import Signal

from referrals.calendars import (
    SCHOOL_DAYS,
    WORKING_HOURS,
    CalendarInputs,
    add_working_minutes,
    due_at,
    elapsed_minutes,
)
from referrals.models import (
    OPEN_CLOCK_STATES,
    OPEN_STATUSES,
    PARTNER_CLOCKS,
    ClockKind,
    ClockState,
    ClosureDay,
    Referral,
    ReferralStatus,
    SlaClock,
    SlaPolicyVersion,
    SlaTarget,
    TermDates,
)
from vhub import configuration, prepared
from vhub.clock import now

if TYPE_CHECKING:  # names in annotations only: the clocks' foreign keys already point there
    from partners.models import InformationRequest, Share

# Sent with share_ids, the shares whose clocks were started, stopped or moved (partners/hooks.py
# connects the inbox order to it).
share_clocks_changed = Signal()


def refresh_inbox_order_of(share_ids: Iterable[int | None]) -> None:
    """Tell whoever keeps an order of shares by their clocks (None, a clock with no share, is
    passed on and ignored there)."""
    share_clocks_changed.send(sender=SlaClock, share_ids=list(share_ids))


# Clocks whose target depends on the referral's grade.
GRADED_KINDS = (
    ClockKind.DECISION_TO_SHARE,
    ClockKind.SUPERVISOR_DECISION,
    ClockKind.PARTNER_OUTCOME,
)


def current_policy() -> SlaPolicyVersion:
    policy = SlaPolicyVersion.objects.order_by("-number").first()
    if policy is None:
        raise RuntimeError("No SLA policy has been published; run the migrations.")
    return policy


def target_for(policy: SlaPolicyVersion, kind: str, grade: str) -> SlaTarget:
    by_grade = {t.grade: t for t in policy.targets.filter(kind=kind)}
    target = by_grade.get(grade) or by_grade.get("")
    if target is None:
        raise RuntimeError(f"The SLA policy has no target for {kind}")
    return target


def calendar_inputs(referral: Referral | None) -> CalendarInputs:
    """Closure days, and the referral's local authority's term dates (none for a clock without
    a referral, such as an information request about a person)."""
    terms = (
        TermDates.objects.filter(local_authority_id=referral.local_authority_id).values_list(
            "first_day", "last_day"
        )
        if referral is not None and referral.local_authority_id
        else []
    )
    return CalendarInputs.of(ClosureDay.objects.values_list("day", flat=True), terms)


def clock_times(
    started_at: datetime, calendar: str, minutes: int, paused: int, inputs: CalendarInputs
) -> tuple[datetime, datetime, datetime]:
    """(warn_at, due_at, escalate_at): 75% of the target used, the target, and the target plus
    a further 50%, each in the clock's own calendar."""
    due = due_at(started_at, calendar, minutes, inputs, paused)
    if calendar == WORKING_HOURS:
        warn = add_working_minutes(started_at, (minutes + paused) * 3 // 4, inputs)
        escalate = add_working_minutes(due, minutes // 2, inputs)
    else:  # 24x7, and school days (measured in real time from start to the deadline)
        span = due - started_at
        warn = started_at + span * 3 / 4
        escalate = due + span / 2
    return warn, due, escalate


def _open_clocks(
    referral: Referral | None,
    kind: str,
    share: Share | None = None,
    isr: InformationRequest | None = None,
) -> QuerySet[SlaClock]:
    return SlaClock.objects.filter(
        referral=referral, kind=kind, share=share, isr=isr, state__in=OPEN_CLOCK_STATES
    )


def start_clock(
    referral: Referral | None,
    kind: str,
    *,
    share: Share | None = None,
    isr: InformationRequest | None = None,
    at: datetime | None = None,
) -> SlaClock:
    """Start a clock unless one of this kind is already running. An information request about
    a person VHub holds no referral for has a clock with no referral (and so no grade)."""
    return start_clocks(referral, [kind], share=share, isr=isr, at=at)[0]


def start_clocks(
    referral: Referral | None,
    kinds: list[str],
    *,
    share: Share | None = None,
    isr: InformationRequest | None = None,
    at: datetime | None = None,
    new: bool = False,
) -> list[SlaClock]:
    """`start_clock` for several kinds at once, in the order given: the policy, its targets and
    the calendar inputs are read once, and the new clocks are written in one statement. `new`:
    the referral (or share, or request) was created in this transaction and has no clocks."""
    existing = (
        {}
        if new
        else {
            c.kind: c
            for c in SlaClock.objects.filter(
                referral=referral,
                kind__in=kinds,
                share=share,
                isr=isr,
                state__in=OPEN_CLOCK_STATES,
            ).order_by("-due_at", "-pk")  # the last kept is the one `.first()` would give
        }
    )
    missing = [k for k in dict.fromkeys(kinds) if k not in existing]
    if missing:
        targets = _current_targets(missing)
        clocks = _new_clocks(
            referral, missing, targets, calendar_inputs(referral), at, share=share, isr=isr
        )
        for clock in SlaClock.objects.bulk_create(clocks):
            existing[clock.kind] = clock
        refresh_inbox_order_of([share.pk if share is not None else None])
    return [existing[k] for k in kinds]


def _current_targets(kinds: list[str]) -> dict[str, dict[str, SlaTarget]]:
    """kind -> grade -> target of the current policy (each target with its policy), read in one
    query once per configuration version."""
    found = [
        t for t in configuration.cached("sla_targets", _all_current_targets) if t.kind in kinds
    ]
    if not found:
        current_policy()  # says that no policy has been published
    targets: dict[str, dict[str, SlaTarget]] = {}
    for t in found:
        targets.setdefault(t.kind, {})[t.grade] = t
    return targets


def _all_current_targets() -> list[SlaTarget]:
    return list(
        SlaTarget.objects.filter(
            policy_id=Subquery(SlaPolicyVersion.objects.order_by("-number").values("pk")[:1])
        ).select_related("policy")
    )


def _new_clocks(
    referral: Referral | None,
    kinds: list[str],
    targets: dict[str, dict[str, SlaTarget]],
    inputs: CalendarInputs,
    at: datetime | None,
    *,
    share: Any = None,
    isr: Any = None,
) -> list[SlaClock]:
    """Unsaved clocks of these kinds for a referral (or share, or request), started at `at`."""
    grade = referral.effective_grade if referral is not None else ""
    started = at or now()
    # A referral an import brings in may have been received long ago: a clock already past
    # its target is breached from the start, and escalated in the import's digest.
    imported_at = now() if referral is not None and referral.import_job_id else None
    new = []
    for kind in kinds:
        by_grade = targets.get(kind, {})
        target = by_grade.get(grade) or by_grade.get("")
        if target is None:
            raise RuntimeError(f"The SLA policy has no target for {kind}")
        warn, due, escalate = clock_times(started, target.calendar, target.minutes, 0, inputs)
        breached = imported_at is not None and due <= imported_at
        new.append(
            SlaClock(
                referral=referral,
                share=share,
                isr=isr,
                kind=kind,
                policy=target.policy,
                grade_used=grade,
                calendar=target.calendar,
                target_minutes=target.minutes,
                started_at=started,
                warn_at=warn,
                due_at=due,
                escalate_at=escalate,
                state=ClockState.BREACHED if breached else ClockState.ON_TRACK,
                breached_at=due if breached else None,
                breached_before_import=breached,
            )
        )
    return new


def start_new_referral_clocks(started: list[tuple[Referral, list[str]]]) -> list[SlaClock]:
    """`on_received` for several referrals created in this transaction (an import's batch),
    each with the kinds it needs: the policy's targets and the calendars are read once, and
    every clock is written in one statement."""
    if not started:
        return []
    targets = _current_targets(sorted({k for _, kinds in started for k in kinds}))
    no_terms, inputs = configuration.cached("calendars", _all_calendar_inputs)
    clocks = []
    for referral, kinds in started:
        clocks += _new_clocks(
            referral,
            kinds,
            targets,
            # A None area simply finds no terms.
            inputs.get(referral.local_authority_id, no_terms),  # type: ignore[arg-type]
            referral.received_at,
        )
    return prepared.insert(clocks)


def _all_calendar_inputs() -> tuple[CalendarInputs, dict[int, CalendarInputs]]:
    """The calendar inputs of an area without term dates, and of each area with some: the
    closure days and every area's terms in one statement (a row with no area is a closure day),
    a few hundred rows, read once per configuration version."""
    closures: list[date] = []
    terms: dict[int, list[tuple[date, date]]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT NULL, day, day FROM {ClosureDay._meta.db_table} "  # noqa: S608 # nosec B608: model table names
            f"UNION ALL SELECT local_authority_id, first_day, last_day "
            f"FROM {TermDates._meta.db_table}"
        )
        for authority, first, last in cursor.fetchall():
            if authority is None:
                closures.append(first)
            else:
                terms.setdefault(authority, []).append((first, last))
    inputs = {pk: CalendarInputs.of(closures, found) for pk, found in terms.items()}
    return CalendarInputs.of(closures), inputs


def _finish(clock: SlaClock, at: datetime, inputs: CalendarInputs) -> None:
    clock.met_at = at
    clock.achieved_minutes = elapsed_minutes(clock.started_at, at, clock.calendar, inputs)
    if clock.calendar == SCHOOL_DAYS:
        clock.margin_minutes = int((clock.due_at - at).total_seconds() // 60)
    else:
        clock.margin_minutes = clock.target_minutes + clock.paused_minutes - clock.achieved_minutes
    if at > clock.due_at and clock.breached_at is None:
        # Met late before a sweep noticed: the breach is still a breach.
        clock.breached_at = clock.due_at


def meet_clock(
    referral: Referral | None,
    kind: str,
    *,
    share: Share | None = None,
    isr: InformationRequest | None = None,
    at: datetime | None = None,
    reason: str = "",
) -> None:
    """Stop a running clock as met, keeping the achieved time, the margin and any breach."""
    at = at or now()
    inputs = calendar_inputs(referral)
    met = []
    for clock in _open_clocks(referral, kind, share, isr).select_for_update():
        _finish(clock, at, inputs)
        clock.state = ClockState.MET
        clock.stop_reason = reason[:200]
        clock.save()
        met.append(clock.share_id)
    refresh_inbox_order_of(met)


def cancel_clocks(
    referral: Referral, *, share: Share | None = None, kinds: Any = None, reason: str = ""
) -> None:
    """Stop clocks that no longer apply (a withdrawn share, a closed referral)."""
    clocks = SlaClock.objects.filter(referral=referral, state__in=OPEN_CLOCK_STATES)
    if share is not None:
        clocks = clocks.filter(share=share)
    if kinds is not None:
        clocks = clocks.filter(kind__in=kinds)
    shares = list(clocks.filter(share__isnull=False).values_list("share_id", flat=True))
    clocks.update(state=ClockState.CANCELLED, met_at=now(), stop_reason=reason[:200])
    refresh_inbox_order_of(shares)


def recompute_for_grade(referral: Referral) -> int:
    """A grade change recomputes the affected open clocks from their original start. A breach
    already recorded stays recorded."""
    policy_cache: dict[int, SlaPolicyVersion] = {}
    inputs = calendar_inputs(referral)
    grade = referral.effective_grade
    changed = []
    for clock in SlaClock.objects.filter(
        referral=referral, kind__in=GRADED_KINDS, state__in=OPEN_CLOCK_STATES
    ).select_for_update():
        policy = policy_cache.setdefault(clock.policy_id, clock.policy)
        target = target_for(policy, clock.kind, grade)
        clock.grade_used = grade
        clock.calendar, clock.target_minutes = target.calendar, target.minutes
        clock.warn_at, clock.due_at, clock.escalate_at = clock_times(
            clock.started_at, target.calendar, target.minutes, clock.paused_minutes, inputs
        )
        if clock.state == ClockState.AT_RISK and clock.warn_at > now():
            clock.state = ClockState.ON_TRACK
        changed.append(clock)
    SlaClock.objects.bulk_update(
        changed,
        ["grade_used", "calendar", "target_minutes", "warn_at", "due_at", "escalate_at", "state"],
    )
    refresh_inbox_order_of(clock.share_id for clock in changed)
    return len(changed)


def recompute_open_clocks(
    clocks: Any, *, policy: SlaPolicyVersion | None = None, batch: int = 1000
) -> int:
    """Recompute open clocks in bulk after a policy, calendar or closure-day change: each moves
    to `policy` if given, and its times are recomputed from its original start. Breaches already
    recorded stay recorded. Returns how many clocks were recomputed."""
    inputs_cache: dict[int | None, CalendarInputs] = {}
    targets_cache: dict[tuple[int, str, str], SlaTarget] = {}
    pending: list[SlaClock] = []
    recomputed: list[int] = []
    shares: set[int] = set()
    # Locked, so a partner acknowledging or a sweep breaching at the same moment is not undone;
    # and the state is never written from this read (see the conditional update below).
    locked = (
        clocks.filter(state__in=OPEN_CLOCK_STATES)
        .select_for_update(of=("self",))
        .select_related("referral", "policy")
        .order_by("id")
    )
    for clock in locked.iterator(chunk_size=batch):
        use = policy or clock.policy
        key = (use.pk, clock.kind, clock.grade_used)
        if key not in targets_cache:
            targets_cache[key] = target_for(use, clock.kind, clock.grade_used)
        target = targets_cache[key]
        la = clock.referral.local_authority_id if clock.referral is not None else None
        if la not in inputs_cache:
            inputs_cache[la] = calendar_inputs(clock.referral)
        clock.policy = use
        clock.calendar, clock.target_minutes = target.calendar, target.minutes
        clock.warn_at, clock.due_at, clock.escalate_at = clock_times(
            clock.started_at,
            target.calendar,
            target.minutes,
            clock.paused_minutes,
            inputs_cache[la],
        )
        pending.append(clock)
        recomputed.append(clock.pk)
        if clock.share_id is not None:
            shares.add(clock.share_id)
        if len(pending) >= batch:
            _save_times(pending)
            pending = []
    _save_times(pending)
    # Only 'at risk' can step back (to on track) when a target grows; a breach never does.
    SlaClock.objects.filter(pk__in=recomputed, state=ClockState.AT_RISK, warn_at__gt=now()).update(
        state=ClockState.ON_TRACK
    )
    refresh_inbox_order_of(shares)
    return len(recomputed)


def _save_times(clocks: list[SlaClock]) -> None:
    SlaClock.objects.bulk_update(
        clocks, ["policy", "calendar", "target_minutes", "warn_at", "due_at", "escalate_at"]
    )


def on_received(referral: Referral, *, encompass: bool = False, new: bool = False) -> None:
    """A new referral's clocks, from receipt; with `encompass`, the ENCOMPASS clock as well (the
    intake has proposed notices to schools). `new`: created in this transaction, so it has no
    clock running yet that would need looking for."""
    start_clocks(referral, received_kinds(encompass=encompass), at=referral.received_at, new=new)


def received_kinds(*, encompass: bool) -> list[str]:
    """The clocks a new referral starts with (ENCOMPASS when notices to schools are proposed)."""
    kinds: list[str] = [ClockKind.TRIAGE, ClockKind.DECISION_TO_SHARE]
    if encompass:
        kinds.append(ClockKind.ENCOMPASS)
    return kinds


CLOSING_STATUSES = (ReferralStatus.NO_FURTHER_ACTION, ReferralStatus.CLOSED, ReferralStatus.MERGED)


def on_transition(referral: Referral, before: str, after: str, *, reason: str = "") -> None:
    """`reason`: why the referral moved, kept on each clock the move stops (a closure's
    outcome)."""
    if after == ReferralStatus.AWAITING_APPROVAL:
        start_clock(referral, ClockKind.SUPERVISOR_DECISION)
    if before == ReferralStatus.AWAITING_APPROVAL:
        meet_clock(referral, ClockKind.SUPERVISOR_DECISION)
    if after in (ReferralStatus.SHARED, *CLOSING_STATUSES):
        meet_clock(referral, ClockKind.TRIAGE, reason=reason)
        meet_clock(referral, ClockKind.DECISION_TO_SHARE, reason=reason)
    if after in CLOSING_STATUSES:
        # Partner clocks carry on: a closed referral may still owe a partner's acknowledgement.
        cancel_clocks(
            referral, kinds=[k for k in ClockKind.values if k not in PARTNER_CLOCKS], reason=reason
        )
    if before in CLOSING_STATUSES and after in OPEN_STATUSES:
        # Reopened with new information: triage and the decision to share start again from the
        # reopening, under the current policy (docs/sla.md).
        start_clocks(referral, [ClockKind.TRIAGE, ClockKind.DECISION_TO_SHARE])


def on_provisional_grade(referral: Referral, *, meet_triage: bool = True) -> None:
    """Initial triage is met when hub staff first give the referral a (provisional) grade."""
    if meet_triage and referral.effective_grade:
        meet_clock(referral, ClockKind.TRIAGE)
    recompute_for_grade(referral)


def _duration_words(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if not days and (mins or not parts):
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


class _Due(Protocol):
    """A clock, as much as its time left needs (an `SlaClock` or the queue's `QueueClock`)."""

    @property
    def due_at(self) -> datetime: ...


def time_left_words(clock: _Due, at: datetime | None = None) -> str:
    """'2 hours 10 minutes left' or 'overdue by 3 hours', in real time."""
    delta = clock.due_at - (at or now())
    text = _duration_words(int(abs(delta.total_seconds()) // 60))
    return f"{text} left" if delta >= timedelta(0) else f"overdue by {text}"


def margin_words(clock: SlaClock) -> str:
    """How early or late a met clock was, in its own calendar ('working' time where it is)."""
    margin = clock.margin_minutes or 0
    kind = " working time" if clock.calendar == WORKING_HOURS else ""
    text = _duration_words(abs(margin))
    return f"{text}{kind} to spare" if margin >= 0 else f"{text}{kind} late"
