"""The SLA policy and the hub's closure days (DESIGN.md §5)."""

from datetime import date

from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from referrals import sla
from referrals.models import (
    ClosureDay,
    SlaClock,
    SlaPolicyVersion,
    SlaTarget,
)
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


@transaction.atomic
def do_publish_sla_policy(
    *,
    actor: User,
    targets: dict[tuple[str, str], tuple[str, int]],
    note: str,
) -> SlaPolicyVersion:
    """Publish a new SLA policy version, a copy of the current one with the manager's changes,
    and move every open clock onto it, recomputed from its original start."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers change the SLA policy.")
    if not note.strip():
        raise ActionError("Say what you changed and why.", field="note")
    current = sla.current_policy()
    new = SlaPolicyVersion.objects.create(
        number=current.number + 1, note=note, created_at=now(), created_by=actor
    )
    SlaTarget.objects.bulk_create(
        SlaTarget(
            policy=new,
            kind=t.kind,
            grade=t.grade,
            calendar=targets.get((t.kind, t.grade), (t.calendar, t.minutes))[0],
            minutes=targets.get((t.kind, t.grade), (t.calendar, t.minutes))[1],
        )
        for t in current.targets.all()
    )
    moved = sla.recompute_open_clocks(SlaClock.objects.all(), policy=new)
    record_event(
        "sla_policy.publish",
        actor=actor,
        obj=new,
        details={"version": new.number, "note": note, "clocks_recomputed": moved},
    )
    return new


@transaction.atomic
def do_add_closure_day(*, actor: User, day: date, reason: str) -> ClosureDay:
    """Close the hub for a day: working-hours clocks skip it, recomputed at once."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers set closure days.")
    if not reason.strip():
        raise ActionError("Say why the hub is closed.", field="reason")
    if ClosureDay.objects.filter(day=day).exists():
        raise ActionError("That day is already a closure day.", field="day")
    closure = ClosureDay.objects.create(day=day, reason=reason)
    moved = sla.recompute_open_clocks(SlaClock.objects.filter(calendar="working_hours"))
    record_event(
        "sla_closure.add",
        actor=actor,
        obj=closure,
        details={"day": day.isoformat(), "reason": reason, "clocks_recomputed": moved},
    )
    return closure


@transaction.atomic
def do_remove_closure_day(closure: ClosureDay, *, actor: User) -> None:
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers set closure days.")
    day = closure.day
    closure.delete()
    moved = sla.recompute_open_clocks(SlaClock.objects.filter(calendar="working_hours"))
    record_event(
        "sla_closure.remove",
        actor=actor,
        details={"day": day.isoformat(), "clocks_recomputed": moved},
    )
