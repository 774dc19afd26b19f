"""Who covers an escalation: the area team's duty supervisor from the rota, skipping anyone absent
on the roster, then the team's other supervisors, then the managers (DESIGN.md §5, docs/sla.md).

The roster's absences belong to the dashboards app, which sits above this one, so it registers a
function here (`ABSENCE_SOURCES`) instead of being imported.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet

from accounts.models import User
from audit.actions import record_event
from referrals.models import DutyRota
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role

# Functions giving the ids of the people away on a day (dashboards registers the roster's).
ABSENCE_SOURCES: list[Callable[[date], set[int]]] = []


def absent_on(day: date) -> set[int]:
    away: set[int] = set()
    for source in ABSENCE_SOURCES:
        away |= source(day)
    return away


def _active_with_role(ids: list[int], role: str) -> list[int]:
    """`ids` in the same order, keeping the active holders of `role`."""
    holders = set(
        User.objects.filter(pk__in=ids, is_active=True, groups__name=role).values_list(
            "pk", flat=True
        )
    )
    return [pk for pk in dict.fromkeys(ids) if pk in holders]


def rota_on(area_id: int, day: date) -> QuerySet[DutyRota]:
    """The area's rota rows that cover `day`."""
    return DutyRota.objects.filter(
        Q(first_day__isnull=True) | Q(first_day__lte=day),
        Q(last_day__isnull=True) | Q(last_day__gte=day),
        Q(weekday__isnull=True) | Q(weekday=day.weekday()),
        area_id=area_id,
    )


def present_managers(day: date, away: set[int] | None = None) -> list[int]:
    """The managers who are not away; every manager if all of them are (someone must hear)."""
    away = absent_on(day) if away is None else away
    managers = list(
        User.objects.filter(is_active=True, groups__name=Role.MANAGER)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return [m for m in managers if m not in away] or managers


def cover_for_area(area_id: int | None, day: date) -> list[int]:
    """Who hears a supervisor's escalation about a referral of `area_id` on `day`.

    - the area's duty supervisors on the rota that day, if any is present;
    - else the area team's other supervisors (everyone on the area's rota) who are present;
    - else the managers.
    An area with no rota at all (or a referral with no area) has no team: every present
    supervisor hears, as before rotas existed, then the managers."""
    away = absent_on(day)
    if area_id is not None and DutyRota.objects.filter(area_id=area_id).exists():
        rows = rota_on(area_id, day).order_by("first_day", "id")
        on_duty = list(rows.values_list("supervisor_id", flat=True))
        present = [pk for pk in _active_with_role(on_duty, Role.SUPERVISOR) if pk not in away]
        if present:
            return present
        team = list(
            DutyRota.objects.filter(area_id=area_id)
            .order_by("supervisor_id")
            .values_list("supervisor_id", flat=True)
        )
        present = [pk for pk in _active_with_role(team, Role.SUPERVISOR) if pk not in away]
        if present:
            return present
        return present_managers(day, away)
    supervisors = list(
        User.objects.filter(is_active=True, groups__name=Role.SUPERVISOR)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return [pk for pk in supervisors if pk not in away] or present_managers(day, away)


def _require_manager(actor: User) -> None:
    # Managers on their page; the administrator in the admin site.
    if not (actor.has_role(Role.MANAGER, Role.ADMIN) or actor.is_superuser):
        raise ActionPermissionError("Only a VHub manager keeps the duty rota.")


@transaction.atomic
def do_add_duty(
    *,
    actor: User,
    area: Any,
    supervisor: User,
    first_day: date | None,
    last_day: date | None,
    weekday: int | None,
) -> DutyRota:
    """A manager puts a supervisor on an area team's duty rota for some days."""
    _require_manager(actor)
    if not supervisor.is_active or not supervisor.has_role(Role.SUPERVISOR):
        raise ActionError("Choose an active supervisor.", field="supervisor")
    if area.kind != "la_childrens":
        raise ActionError("Choose a local authority area.", field="area")
    if first_day and last_day and last_day < first_day:
        raise ActionError(
            "The last day must be the same as or after the first day.", field="last_day"
        )
    entry = DutyRota.objects.create(
        area=area,
        supervisor=supervisor,
        first_day=first_day,
        last_day=last_day,
        weekday=weekday,
        created_at=now(),
        created_by=actor,
    )
    record_event(
        "duty_rota.add",
        actor=actor,
        obj=entry,
        details={"area": area.name, "supervisor": supervisor.username, "days": entry.days_words},
    )
    return entry


@transaction.atomic
def do_remove_duty(entry: DutyRota, *, actor: User) -> None:
    """A manager takes a row off the duty rota."""
    _require_manager(actor)
    details = {
        "area": entry.area.name,
        "supervisor": entry.supervisor.username,
        "days": entry.days_words,
    }
    record_event("duty_rota.remove", actor=actor, obj=entry, details=details)
    entry.delete()
