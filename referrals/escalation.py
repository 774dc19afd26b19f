"""The SLA sweep and the escalation ladder (DESIGN.md §5).

State lives in Postgres, so a sweep killed half way, two sweeps at once, or a broker restart
cannot lose or duplicate an escalation:

- clock states move with set-based UPDATEs over indexed warn/due times;
- each (clock, level, recipient) escalation is a ledger row under a unique constraint, inserted
  with ON CONFLICT DO NOTHING RETURNING, and its outbox row is written in the same transaction
  for exactly the rows that were inserted;
- delivery takes outbox rows with SELECT … FOR UPDATE SKIP LOCKED.

A backlog import brings in referrals received long ago, whose clocks may be past their target
before anyone in VHub could act: those are escalated as one digest per supervisor per import,
not one message per clock (`queue_import_digests`, `deliver_import_digests`).

Ladder: at risk → the assignee; breached → the area team's duty supervisor (referrals/rota.py:
the rota, skipping anyone absent, then the team's other supervisors, then the managers);
breached by a further 50% of the target → managers (VHub clocks) or the agency's partner lead
(partner clocks). Recipients are resolved when the escalation fires; someone inactive is skipped
and their team covers.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.db.models import F
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from referrals.calendars import NO_INPUTS, next_working_time
from referrals.models import (
    OPEN_CLOCK_STATES,
    CalendarKind,
    ClockState,
    Escalation,
    EscalationLevel,
    ImportDigest,
    ImportJob,
    Notification,
    OutboxKind,
    OutboxMessage,
    SlaClock,
)
from referrals.rota import cover_for_area, present_managers
from vhub.clock import now
from vhub.roles import Role

logger = logging.getLogger(__name__)

# Sent in the sweep's transaction with the ids of the escalations it queued, once each: higher
# apps post them elsewhere too (dashboards/teams.py: breaches escalated to managers).
escalations_queued = Signal()

LEVEL_TIME_FIELD = {
    EscalationLevel.AT_RISK: "warn_at",
    EscalationLevel.BREACHED: "due_at",
    EscalationLevel.BREACHED_FURTHER: "escalate_at",
}


@dataclass
class SweepResult:
    at_risk: int = 0
    breached: int = 0
    escalations: int = 0


def _role_members(role: str) -> list[int]:
    return list(User.objects.filter(is_active=True, groups__name=role).values_list("pk", flat=True))


def _agency_members(agency_id: int, role: str) -> list[int]:
    """The agency's active people with the role. An agency's case system acts on the partner
    API through a partner user of its own (partners' `PartnerSystem.service_user`, whose
    reverse name on the user is `partner_system`); it is nobody to escalate to, so users that
    are some system's service account are left out (no `partner_system` row: a person)."""
    people = User.objects.filter(partner_system__isnull=True)
    return list(
        people.filter(is_active=True, agency_id=agency_id, groups__name=role).values_list(
            "pk", flat=True
        )
    )


class _Recipients:
    """Resolves who hears about a clock at each level, with role lists cached per sweep."""

    def __init__(self, at: datetime | None = None) -> None:
        self._roles: dict[str, list[int]] = {}
        self._agencies: dict[tuple[int, str], list[int]] = {}
        self._cover: dict[int | None, list[int]] = {}
        self._managers: list[int] | None = None
        self.day = timezone.localdate(at or now())

    def cover(self, area_id: int | None) -> list[int]:
        """The supervisor cover of an area on the sweep's day (referrals/rota.py)."""
        if area_id not in self._cover:
            self._cover[area_id] = cover_for_area(area_id, self.day)
        return self._cover[area_id]

    def managers(self) -> list[int]:
        if self._managers is None:
            self._managers = present_managers(self.day)
        return self._managers

    def role(self, role: str) -> list[int]:
        if role not in self._roles:
            self._roles[role] = _role_members(role)
        return self._roles[role]

    def agency(self, agency_id: int, role: str) -> list[int]:
        key = (agency_id, role)
        if key not in self._agencies:
            self._agencies[key] = _agency_members(agency_id, role)
        return self._agencies[key]

    def for_clock(self, clock: SlaClock, level: str, assignee_active: bool) -> list[int]:
        if clock.share_id is not None:  # a partner clock
            # `share_id` is checked just above.
            agency = clock.share.agency_id  # type: ignore[union-attr]
            leads = self.agency(agency, Role.PARTNER_LEAD)
            users = self.agency(agency, Role.PARTNER_USER)
            if level == EscalationLevel.AT_RISK:
                return users or leads
            return leads or users
        # An information request has no assignee (and may have no referral): its ladder is
        # that of an unallocated referral.
        assignee = clock.referral.allocated_to_id if clock.referral is not None else None
        area = clock.referral.local_authority_id if clock.referral is not None else None
        if level == EscalationLevel.AT_RISK:
            return [assignee] if assignee and assignee_active else self.cover(area)
        if level == EscalationLevel.BREACHED:
            # The duty supervisor, and the person holding the case (if active) so they know too.
            extra = [assignee] if assignee and assignee_active else []
            return list(dict.fromkeys([*self.cover(area), *extra]))
        return self.managers()


def _deliver_after(clock: SlaClock, at: datetime) -> datetime:
    """24×7 clocks escalate at any hour; the others wait for working hours."""
    if clock.calendar == CalendarKind.TWENTY_FOUR_SEVEN:
        return at
    return next_working_time(at, NO_INPUTS)


def _insert_escalations(rows: list[tuple[int, str, int]], at: datetime) -> list[int]:
    """Insert ledger rows, skipping any that exist; return the ids actually inserted."""
    if not rows:
        return []
    table = Escalation._meta.db_table
    values = ", ".join(["(%s, %s, %s, %s)"] * len(rows))
    params: list[Any] = []
    for clock_id, level, recipient_id in rows:
        params += [clock_id, level, recipient_id, at]
    with connection.cursor() as cursor:
        cursor.execute(
            # The table name comes from the model and the values are parameters.
            f"INSERT INTO {table} (clock_id, level, recipient_id, created_at) "  # noqa: S608 # nosec B608
            f"VALUES {values} ON CONFLICT (clock_id, level, recipient_id) DO NOTHING RETURNING id",
            params,
        )
        return [row[0] for row in cursor.fetchall()]


# The rungs of each given clock escalated from the bottom with no gap, counted from the ledger.
# A rung whose escalation found nobody to send to has no row, so it stays the clock's next one
# and the next sweep tries it again, as it would without the count.
COUNT_ESCALATED_LEVELS = """
UPDATE referrals_slaclock c SET escalated_levels = counted.n
FROM (
    SELECT c.id,
        CASE WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'at_risk') THEN 0
             WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'breached') THEN 1
             WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'breached_further') THEN 2
             ELSE 3 END AS n
    FROM referrals_slaclock c
    WHERE {which}
) counted
WHERE c.id = counted.id AND c.escalated_levels <> counted.n
"""


def count_escalated_levels(clock_ids: list[int] | None = None) -> int:
    """Set each clock's `escalated_levels` from the ledger: the given clocks', or those of every
    clock with an escalation (after rows were written without the sweep, as the benchmark's
    data is). Returns how many clocks changed."""
    if clock_ids is None:
        which, params = "c.id IN (SELECT clock_id FROM referrals_escalation)", []
    else:
        if not clock_ids:
            return 0
        which, params = "c.id = ANY(%s)", [clock_ids]
    with connection.cursor() as cursor:
        # `which` is one of the two fixed conditions above; the ids are a parameter.
        cursor.execute(COUNT_ESCALATED_LEVELS.format(which=which), params)
        return cursor.rowcount


@transaction.atomic
def sweep_clocks(at: datetime | None = None) -> SweepResult:
    """Move clocks to at risk and breached, and queue each escalation that is due, once.

    Every step reads by an index only the clocks that can change: the state moves read on-track
    and at-risk clocks by their warn and due times, and the escalations read the clocks whose
    next rung (`next_escalation_at`, kept from `escalated_levels`) is due. Clocks breached long
    ago, with every rung escalated, are not read at all, so a sweep costs what it changes,
    not the size of the open backlog or of the escalation ledger."""
    at = at or now()
    result = SweepResult()
    result.at_risk = SlaClock.objects.filter(state=ClockState.ON_TRACK, warn_at__lte=at).update(
        state=ClockState.AT_RISK
    )
    # The breach time is the due time, not the moment the sweep noticed it.
    result.breached = SlaClock.objects.filter(
        state__in=(ClockState.ON_TRACK, ClockState.AT_RISK), due_at__lte=at
    ).update(state=ClockState.BREACHED, breached_at=F("due_at"))

    # Ladder times rise (warn ≤ due ≤ escalate), so a clock with any rung due and not escalated
    # has its lowest unescalated rung due too: these are all the clocks with work to do.
    due_clocks = list(
        SlaClock.objects.filter(
            state__in=OPEN_CLOCK_STATES,
            # Breached before an import brought it in: its import's digest escalates it.
            breached_before_import=False,
            next_escalation_at__lte=at,
        )
        # Fetched apart, by primary key, not joined: stopped clocks keep their last
        # `next_escalation_at`, so PostgreSQL's estimate of the due clocks counts them (64,000
        # for 405 at scale 1) and a join planned for that many read every share by hash
        # (0.3-0.4 s at scale 1, growing with the shares).
        .prefetch_related("referral", "share")
    )
    if not due_clocks:
        return result
    clocks_by_id = {clock.pk: clock for clock in due_clocks}
    escalated = set(
        Escalation.objects.filter(clock_id__in=list(clocks_by_id))
        .values_list("clock_id", "level")
        .distinct()
    )
    recipients = _Recipients(at)
    active_users = set(User.objects.filter(is_active=True).values_list("pk", flat=True))
    pending: list[tuple[int, str, int]] = []
    for level, field in LEVEL_TIME_FIELD.items():
        for clock in due_clocks:
            if getattr(clock, field) > at or (clock.pk, level) in escalated:
                continue
            assignee_active = (
                clock.referral is not None and clock.referral.allocated_to_id in active_users
            )
            for recipient in recipients.for_clock(clock, level, assignee_active):
                pending.append((clock.pk, level, recipient))
    inserted = _insert_escalations(pending, at)
    OutboxMessage.objects.bulk_create(
        OutboxMessage(escalation=e, deliver_after=_deliver_after(clocks_by_id[e.clock_id], at))
        for e in Escalation.objects.filter(pk__in=inserted)
    )
    count_escalated_levels(list(clocks_by_id))
    if inserted:
        escalations_queued.send(sender=Escalation, escalation_ids=inserted, at=at)
    result.escalations = len(inserted)
    return result


def _message(escalation: Escalation, at: datetime) -> tuple[str, str, str]:
    """Worded from the clock as it is when the notice goes out: a notice deferred to the
    morning, or raised by a late sweep, never calls an overdue clock 'at risk'."""
    clock = escalation.clock
    # An information request's clock may have no referral: it is named by the request.
    # A clock without an information request belongs to a referral.
    label = f"ISR-{clock.isr_id}" if clock.isr_id is not None else clock.referral.reference  # type: ignore[union-attr]
    name = clock.get_kind_display().lower()
    due = f"{timezone.localtime(clock.due_at):%-d %B %Y at %H:%M}"
    what = f"The {name} clock for {label}"
    if clock.due_at <= at:
        title = f"{label}: {name} overdue"
        body = f"{what} is overdue: it was due {due}."
    else:
        title = f"{label}: {name} at risk"
        body = f"{what} is at risk: it is due {due}."
    if clock.isr_id is not None:
        url = reverse("partners:isr", args=[clock.isr_id])
    elif clock.share_id is not None:
        url = reverse("partners:share", args=[clock.share_id])
    else:
        # Neither an ISR's nor a share's clock: a referral's.
        url = reverse("referrals:detail", args=[clock.referral.reference])  # type: ignore[union-attr]
    return title, body, url


def _overtaken(escalation: Escalation, at: datetime) -> bool:
    """An 'at risk' notice that goes out after the deadline, to someone who is also getting the
    breach notice, would only repeat it: it is marked delivered without being sent."""
    return (
        escalation.level == EscalationLevel.AT_RISK
        and escalation.clock.due_at <= at
        and Escalation.objects.filter(
            clock_id=escalation.clock_id,
            level=EscalationLevel.BREACHED,
            recipient_id=escalation.recipient_id,
        ).exists()
    )


def _ended(escalation: Escalation) -> bool:
    """An escalation queued for a clock that has since stopped (met by sharing or a grade,
    cancelled, or stopped by a closure or a merge) is marked delivered without being sent:
    nobody needs chasing about a deadline that was met. Partner clocks carry on after a
    closure (the partner keeps its share), and so do their escalations while they run."""
    return escalation.clock.state not in OPEN_CLOCK_STATES


@dataclass
class Composed:
    """What an outbox row says: the in-app notice's title and body, the e-mail's body, and the
    page it links to (the e-mail ends with the link)."""

    recipient: User
    title: str
    notice: str
    email: str
    url: str


# Outbox rows of other kinds than escalations are worded by the app that wrote them (a lower app
# cannot import a higher one): kind -> function(message, at) giving what to send, or None when
# there is nothing left to say (the row is then marked delivered without being sent).
OUTBOX_COMPOSERS: dict[str, Callable[[OutboxMessage, datetime], Composed | None]] = {}


def _compose_escalation(message: OutboxMessage, at: datetime) -> Composed | None:
    # Only escalation rows are composed here, and each has its escalation.
    escalation = cast(Escalation, message.escalation)
    if _overtaken(escalation, at) or _ended(escalation):
        return None
    title, body, url = _message(escalation, at)
    return Composed(escalation.recipient, title, body, body, url)


def deliver_outbox(at: datetime | None = None, batch: int = 200) -> int:
    """Deliver due outbox rows: an in-app notice and an e-mail each. Rows are claimed with
    SKIP LOCKED, so two workers never deliver the same one."""
    at = at or now()
    delivered = 0
    with transaction.atomic():
        messages = list(
            OutboxMessage.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(delivered_at__isnull=True, deliver_after__lte=at)
            # Calls to other systems are sent one at a time (referrals/outbox_calls.py).
            .filter(kind__in=[OutboxKind.ESCALATION, *OUTBOX_COMPOSERS])
            .select_related("escalation__clock__referral", "escalation__recipient", "recipient")
            .order_by("deliver_after", "id")[:batch]
        )
        for message in messages:
            if message.kind == OutboxKind.ESCALATION:
                composed = _compose_escalation(message, at)
            else:
                composed = OUTBOX_COMPOSERS[message.kind](message, at)
            if composed is None:
                message.delivered_at = at
                continue
            recipient = composed.recipient
            if message.notified_at is None:
                Notification.objects.create(
                    user=recipient,
                    title=composed.title,
                    body=composed.notice,
                    url=composed.url,
                    created_at=at,
                )
                message.notified_at = at
            if recipient.email and message.emailed_at is None:
                try:
                    send_mail(
                        subject=f"VHub: {composed.title}",
                        message=f"{composed.email}\n\nOpen it in VHub: "
                        f"{settings.SITE_URL}{composed.url}",
                        from_email=None,
                        recipient_list=[recipient.email],
                    )
                except Exception as exc:  # one refused address must not stop the others
                    message.attempts += 1
                    message.last_error = f"{type(exc).__name__}: {exc}"[:300]
                    # Back off, then keep trying hourly: a message is never dropped.
                    message.deliver_after = at + timedelta(minutes=min(60, 5 * message.attempts))
                    logger.warning("Outbox e-mail %s failed: %s", message.pk, exc)
                    continue
                message.emailed_at = at
            message.delivered_at = at
            delivered += 1
        OutboxMessage.objects.bulk_update(
            messages,
            [
                "delivered_at",
                "notified_at",
                "emailed_at",
                "attempts",
                "last_error",
                "deliver_after",
            ],
        )
    return delivered


DIGEST_LINES = 50  # referrals listed in a digest e-mail; the import's page has them all


def queue_import_digests(job: ImportJob, at: datetime | None = None) -> int:
    """One digest per supervisor for the clocks `job` brought in already breached, once (the
    unique constraint makes a second call, or a second worker, add nothing). Returns how many
    digests were queued now."""
    at = at or now()
    breached = SlaClock.objects.filter(referral__import_job=job, breached_before_import=True)
    clocks = breached.count()
    if not clocks:
        return 0
    referrals = breached.values("referral_id").distinct().count()
    recipients = _Recipients().role(Role.SUPERVISOR)
    existing = set(ImportDigest.objects.filter(job=job).values_list("recipient_id", flat=True))
    queued = ImportDigest.objects.bulk_create(
        [
            ImportDigest(job=job, recipient_id=r, clocks=clocks, referrals=referrals, created_at=at)
            for r in recipients
            if r not in existing
        ],
        ignore_conflicts=True,
    )
    return len(queued)


def _digest_text(digest: ImportDigest, at: datetime) -> tuple[str, str, str, str]:
    """(title, the in-app notice's short body, the e-mail's body listing the clocks, url)."""
    job = digest.job
    clocks = (
        SlaClock.objects.filter(referral__import_job=job, breached_before_import=True)
        .select_related("referral")
        .order_by("due_at", "id")
    )
    title = (
        f"{digest.clocks} clocks breached before import in {job.original_name} "
        f"({digest.referrals} referrals)"
    )
    lines = [
        # The digest lists imported referrals' clocks only.
        f"{c.referral.reference}: {c.get_kind_display().lower()} was due "  # type: ignore[union-attr]
        f"{timezone.localtime(c.due_at):%-d %B %Y at %H:%M}"
        for c in clocks[:DIGEST_LINES]
    ]
    if digest.clocks > DIGEST_LINES:
        lines.append(f"… and {digest.clocks - DIGEST_LINES} more.")
    why = (
        "These referrals were received by the old system long before the import, so their "
        "clocks were already past their targets when they arrived. They are recorded as "
        "breached before import."
    )
    notice = f"{why} The e-mail of this notice lists each clock and when it was due."
    return (
        title,
        notice,
        f"{why}\n\n" + "\n".join(lines),
        reverse("referrals:import_job", args=[job.pk]),
    )


def deliver_import_digests(at: datetime | None = None, batch: int = 200) -> int:
    """Deliver queued digests: an in-app notice and an e-mail each, claimed with SKIP LOCKED;
    a failed e-mail is tried again later, never dropped."""
    at = at or now()
    delivered = 0
    with transaction.atomic():
        digests = list(
            ImportDigest.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(delivered_at__isnull=True, created_at__lte=at)
            .select_related("job", "recipient")
            .order_by("id")[:batch]
        )
        for digest in digests:
            title, notice, body, url = _digest_text(digest, at)
            if digest.notified_at is None:
                Notification.objects.create(
                    user=digest.recipient, title=title, body=notice, url=url, created_at=at
                )
                digest.notified_at = at
            if digest.recipient.email and digest.emailed_at is None:
                try:
                    send_mail(
                        subject=f"VHub: {title}",
                        message=f"{body}\n\nOpen the import in VHub: {settings.SITE_URL}{url}",
                        from_email=None,
                        recipient_list=[digest.recipient.email],
                    )
                except Exception as exc:  # one refused address must not stop the others
                    digest.attempts += 1
                    digest.last_error = f"{type(exc).__name__}: {exc}"[:300]
                    logger.warning("Import digest %s failed: %s", digest.pk, exc)
                    continue
                digest.emailed_at = at
            digest.delivered_at = at
            delivered += 1
        ImportDigest.objects.bulk_update(
            digests, ["notified_at", "emailed_at", "delivered_at", "attempts", "last_error"]
        )
    return delivered
