"""State changes of capacity planning and reporting. Each is one audited transaction."""

import logging
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.db.models import Count, Min
from django.db.models.functions import TruncDate
from django.urls import reverse

from accounts.models import User
from audit.actions import record_event
from audit.checkpoints import checkpoint_for_report
from audit.models import AuditEvent
from dashboards import selectors
from dashboards.capacity import capacity_position, london_today
from dashboards.models import (
    Absence,
    CapacityAlert,
    CapacitySettings,
    DailyCompliance,
    DailyFlow,
    DailyReportDelivery,
    RosterHours,
    StatisticsCoverage,
    Weekday,
)
from dashboards.report import render_report_pdf
from referrals.calendars import LONDON
from referrals.models import Notification, Referral, SlaClock
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.hashing import sha256_hex
from vhub.replica import reporting_reads
from vhub.roles import VHUB_CASEWORK_ROLES, Role

logger = logging.getLogger(__name__)

SETTINGS_FIELDS = ("inflow_margin_percent", "max_clearance_days", "trend_days")


def _require_manager(actor: User) -> None:
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers change capacity planning.")


@transaction.atomic
def do_update_capacity_settings(*, actor: User, values: dict[str, int]) -> CapacitySettings:
    _require_manager(actor)
    config, _ = CapacitySettings.objects.select_for_update().get_or_create(pk=1)
    before = {name: getattr(config, name) for name in SETTINGS_FIELDS}
    for name in SETTINGS_FIELDS:
        setattr(config, name, values[name])
    config.updated_at, config.updated_by = now(), actor
    config.full_clean()
    config.save()
    record_event(
        "capacity.settings", actor=actor, obj=config, details={"before": before, "after": values}
    )
    return config


@transaction.atomic
def do_set_roster(*, actor: User, practitioner: User, hours: dict[int, Decimal]) -> None:
    """Replace a practitioner's usual hours for each weekday (0 Monday … 6 Sunday)."""
    _require_manager(actor)
    if not practitioner.is_active or not practitioner.has_role(*VHUB_CASEWORK_ROLES):
        raise ActionError("Choose a practitioner or supervisor.", field="practitioner")
    for day, value in hours.items():
        if day not in Weekday.values or not Decimal(0) <= value <= Decimal(24):
            raise ActionError(
                f"Hours on {Weekday(day).label} must be between 0 and 24.", field=f"day_{day}"
            )
    before = {r.weekday: str(r.hours) for r in RosterHours.objects.filter(user=practitioner)}
    RosterHours.objects.filter(user=practitioner).delete()
    RosterHours.objects.bulk_create(
        RosterHours(user=practitioner, weekday=day, hours=value)
        for day, value in sorted(hours.items())
        if value
    )
    record_event(
        "capacity.roster",
        actor=actor,
        obj=practitioner,
        details={
            "practitioner": practitioner.username,
            "before": {Weekday(d).label: h for d, h in sorted(before.items())},
            "after": {Weekday(d).label: str(h) for d, h in sorted(hours.items()) if h},
        },
    )


@transaction.atomic
def do_add_absence(
    *, actor: User, practitioner: User, first_day: date, last_day: date, reason: str
) -> Absence:
    _require_manager(actor)
    if last_day < first_day:
        raise ActionError(
            "The last day must be the same as or after the first day.", field="last_day"
        )
    if not reason.strip():
        raise ActionError("Enter the reason, like annual leave or training.", field="reason")
    absence = Absence.objects.create(
        user=practitioner,
        first_day=first_day,
        last_day=last_day,
        reason=reason.strip(),
        created_at=now(),
        created_by=actor,
    )
    record_event(
        "capacity.absence.add",
        actor=actor,
        obj=absence,
        details={
            "practitioner": practitioner.username,
            "first_day": first_day.isoformat(),
            "last_day": last_day.isoformat(),
            "reason": absence.reason,
        },
    )
    return absence


@transaction.atomic
def do_remove_absence(absence: Absence, *, actor: User) -> None:
    _require_manager(actor)
    details = {
        "practitioner": absence.user.username,
        "first_day": absence.first_day.isoformat(),
        "last_day": absence.last_day.isoformat(),
        "reason": absence.reason,
    }
    record_event("capacity.absence.remove", actor=actor, obj=absence, details=details)
    absence.delete()


def _managers() -> list[User]:
    return list(User.objects.filter(is_active=True, groups__name=Role.MANAGER).distinct())


@transaction.atomic
def do_check_capacity() -> CapacityAlert | None:
    """Run by a periodic task. Raise an alert when the capacity rule breaks and none is open
    (so managers hear once per breach); close the open alert when the rule holds again, so the
    next breach alerts afresh. Returns the alert raised, if any."""
    config, _ = CapacitySettings.objects.select_for_update().get_or_create(pk=1)
    at = now()
    position = capacity_position(at, config=config)
    current = CapacityAlert.objects.filter(is_open=True).first()
    if not position.rule_broken:
        if current is not None:
            current.is_open, current.recovered_at = False, at
            current.save(update_fields=["is_open", "recovered_at"])
            record_event("capacity.recovered", actor=None, obj=current)
        return None
    if current is not None:
        return None
    alert = CapacityAlert.objects.create(
        raised_at=at,
        reasons=position.reasons,
        inflow_per_day=position.inflow_per_day,
        throughput_per_day=position.throughput_per_day,
        backlog=position.backlog,
        forecast_days=position.forecast.days,
    )
    managers = _managers()
    url = reverse("dashboards:capacity")
    title = "VHub capacity alert: demand is outrunning the hub"
    body = " ".join(position.reasons)
    Notification.objects.bulk_create(
        Notification(user=m, title=title, body=body, url=url, created_at=at) for m in managers
    )
    record_event(
        "capacity.alert",
        actor=None,
        obj=alert,
        details={"reasons": position.reasons, "managers": [m.username for m in managers]},
    )
    addresses = [m.email for m in managers if m.email]

    def _email() -> None:
        for address in addresses:  # one refused address must not stop the others
            try:
                send_mail(
                    subject=title,
                    message=f"{body}\n\nOpen capacity planning: {settings.SITE_URL}{url}",
                    from_email=None,
                    recipient_list=[address],
                )
            except Exception as exc:
                logger.warning("Capacity alert e-mail to %s failed: %s", address, exc)

    transaction.on_commit(_email)
    return alert


def do_send_daily_report(day: date) -> DailyReportDelivery | None:
    """E-mail the report of `day` to managers, once: a second run the same day sends nothing.
    The report carries the day's signed checkpoint of the audit chain, taken first in its own
    transaction so the chain's lock is not held while the PDF is drawn."""
    checkpoint_for_report(day)
    return _send_daily_report(day)


def _send_daily_report(day: date) -> DailyReportDelivery | None:

    if DailyReportDelivery.objects.filter(day=day).exists():
        return None
    # The figures are reporting reads (the read replica when there is one, vhub/replica.py),
    # drawn before the delivery's transaction so no lock is held while the PDF renders.
    with reporting_reads():
        pdf = render_report_pdf(day)
    return _deliver_daily_report(day, pdf)


@transaction.atomic
def _deliver_daily_report(day: date, pdf: bytes) -> DailyReportDelivery | None:

    if DailyReportDelivery.objects.select_for_update().filter(day=day).exists():
        return None
    managers = [m for m in _managers() if m.email]
    delivery = DailyReportDelivery.objects.create(
        day=day, sent_at=now(), recipients=len(managers), sha256=sha256_hex(pdf)
    )
    record_event(
        "report.send",
        actor=None,
        obj=delivery,
        details={"day": day.isoformat(), "recipients": [m.username for m in managers]},
    )
    url = reverse("dashboards:report", args=[day.isoformat()])

    def _email() -> None:
        for manager in managers:
            message = EmailMessage(
                subject=f"VHub daily report, {day:%-d %B %Y}",
                body=(
                    "The daily performance report is attached: yesterday's figures and today's "
                    f"position.\n\nAlso in VHub: {settings.SITE_URL}{url}"
                ),
                to=[manager.email],
            )
            message.attach(f"vhub-daily-report-{day.isoformat()}.pdf", pdf, "application/pdf")
            try:
                message.send()
            except Exception as exc:
                logger.warning("Daily report e-mail to %s failed: %s", manager.email, exc)

    transaction.on_commit(_email)
    return delivery


def _first_day() -> date | None:
    """The London day of the earliest thing the statistics count (three index lookups)."""
    firsts = [
        Referral.objects.aggregate(at=Min("received_at"))["at"],
        AuditEvent.objects.aggregate(at=Min("occurred_at"))["at"],
        SlaClock.objects.filter(state="met").aggregate(at=Min("met_at"))["at"],
    ]
    known = [at for at in firsts if at is not None]
    return london_today(min(known)) if known else None


@transaction.atomic
def do_rebuild_daily_statistics() -> StatisticsCoverage | None:
    """Recount the daily statistics of every past day, from the first day with data to
    yesterday (London), replacing what was stored, in one transaction (readers see the old
    figures or the new, never a mix). Run nightly by a task; set-based: three grouped queries
    and bulk inserts. A later change to a past day (a referral re-routed to another local
    authority) reaches the stored figures at the next rebuild; every-area totals cannot change.
    Returns the coverage, or None when there is no data yet."""
    at = now()
    last = london_today(at) - timedelta(days=1)
    first = _first_day()
    if first is None or first > last:
        return None
    days = [(first, last)]
    flow: dict[tuple[date, int | None], DailyFlow] = {}
    for day, area, n in selectors.inflow_by_day(days, "local_authority_id"):
        row = flow.setdefault((day, area), DailyFlow(day=day, local_authority_id=area))
        row.received += n  # received and reopened come as separate rows
    left = selectors.left_by_day(days).values_list("day", "referral__local_authority_id")
    for day, area, n in left.annotate(Count("id")):
        flow.setdefault((day, area), DailyFlow(day=day, local_authority_id=area)).left = n
    clocks = (
        selectors.met_clocks(days)
        .annotate(day=TruncDate("met_at", tzinfo=LONDON))
        .values_list(
            "day", "referral__local_authority_id", "kind", "grade_used", "share__agency_id"
        )
        .annotate(closed=Count("id"), within=selectors.WITHIN)
    )
    DailyFlow.objects.all().delete()
    DailyCompliance.objects.all().delete()
    DailyFlow.objects.bulk_create(flow.values(), batch_size=5000)
    compliance = DailyCompliance.objects.bulk_create(
        (
            DailyCompliance(
                day=day,
                local_authority_id=area,
                kind=kind,
                grade_used=grade,
                agency_id=agency,
                closed=closed,
                within=within,
            )
            for day, area, kind, grade, agency, closed, within in clocks
        ),
        batch_size=5000,
    )
    coverage, _ = StatisticsCoverage.objects.update_or_create(
        pk=1, defaults={"first_day": first, "last_day": last, "built_at": at}
    )
    record_event(
        "statistics.rebuild",
        actor=None,
        obj=coverage,
        details={
            "first_day": first.isoformat(),
            "last_day": last.isoformat(),
            "flow_rows": len(flow),
            "compliance_rows": len(compliance),
        },
    )
    return coverage
