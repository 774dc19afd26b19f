"""Capacity configuration, the roster, capacity alerts, daily report deliveries and the daily
statistics of past days (DESIGN.md §8).

Case figures of past days are kept here as per-day counts (no names, no referral ids), rebuilt by
a task from referrals, clocks and the audit trail; today's figures, and every "now" figure, are
computed with SQL aggregations when a page is asked for (docs/dashboards.md).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class CapacitySettings(models.Model):
    """The capacity rule's configuration: one row (pk 1), seeded by a migration, edited by
    managers; each change is an audit event holding the values before and after."""

    inflow_margin_percent = models.PositiveSmallIntegerField(
        default=10,
        validators=[MaxValueValidator(500)],
        help_text="Alert when referrals come in faster than they leave the backlog by more "
        "than this percentage.",
    )
    max_clearance_days = models.PositiveSmallIntegerField(
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="Alert when the backlog would take longer than this many days to clear.",
    )
    trend_days = models.PositiveSmallIntegerField(
        default=28,
        validators=[MinValueValidator(7), MaxValueValidator(90)],
        help_text="The full days before today over which inflow and throughput rates are taken.",
    )
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name_plural = "capacity settings"

    def __str__(self) -> str:
        return (
            f"Margin {self.inflow_margin_percent}%, clearance {self.max_clearance_days} days, "
            f"trend {self.trend_days} days"
        )


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class RosterHours(models.Model):
    """A practitioner's usual hours on one day of the week."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roster_hours"
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    hours = models.DecimalField(
        max_digits=4, decimal_places=2, validators=[MinValueValidator(0), MaxValueValidator(24)]
    )

    class Meta:
        ordering = ["user", "weekday"]
        constraints = [
            models.UniqueConstraint(fields=["user", "weekday"], name="roster_once_per_weekday"),
            models.CheckConstraint(
                condition=models.Q(hours__gte=0, hours__lte=24), name="roster_hours_in_a_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.get_weekday_display()}: {self.hours} h"


class Absence(models.Model):
    """Days a practitioner is away (leave, training): their usual hours do not count."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="absences"
    )
    first_day = models.DateField()
    last_day = models.DateField()
    reason = models.CharField(max_length=100)
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["first_day", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")), name="absence_in_order"
            ),
        ]
        indexes = [models.Index(fields=["user", "first_day"], name="absence_user_idx")]

    def __str__(self) -> str:
        return f"{self.user} away {self.first_day} to {self.last_day}"


class CapacityAlert(models.Model):
    """One breach of the capacity rule: raised once, when the rule breaks; closed when it
    recovers. At most one is open (a partial unique constraint), so an alert is sent once per
    breach however often the check runs."""

    raised_at = models.DateTimeField()
    recovered_at = models.DateTimeField(null=True, blank=True)
    is_open = models.BooleanField(default=True)
    reasons = models.JSONField(default=list)
    inflow_per_day = models.DecimalField(max_digits=10, decimal_places=2)
    throughput_per_day = models.DecimalField(max_digits=10, decimal_places=2)
    backlog = models.PositiveIntegerField()
    forecast_days = models.IntegerField(null=True, blank=True, help_text="Empty: never clears.")

    class Meta:
        ordering = ["-raised_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_open"], condition=models.Q(is_open=True), name="one_open_capacity_alert"
            ),
        ]

    def __str__(self) -> str:
        return f"Capacity alert {self.raised_at:%Y-%m-%d %H:%M}"


class DailyReportDelivery(models.Model):
    """The 07:00 report of one day was e-mailed: recorded so a repeated beat sends it once."""

    day = models.DateField(unique=True)
    sent_at = models.DateTimeField()
    recipients = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"Daily report {self.day}"


class DailyFlow(models.Model):
    """Referrals received (or reopened), and referrals that left the backlog, on one London day
    in one local authority (none: referrals with no local authority). Rebuilt by
    `rebuild_daily_statistics`."""

    day = models.DateField()
    local_authority = models.ForeignKey(
        "vhub.Agency", null=True, on_delete=models.CASCADE, related_name="+"
    )
    received = models.PositiveIntegerField(default=0)
    left = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "local_authority"], nulls_distinct=False, name="daily_flow_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.local_authority_id}: {self.received} in, {self.left} out"


class DailyCompliance(models.Model):
    """SLA clocks stopped as met on one London day, by the referral's local authority, the clock
    kind, the grade it used and the agency that owed it (none: VHub's own clocks), with how many
    of them never breached. Rebuilt by `rebuild_daily_statistics`."""

    day = models.DateField()
    local_authority = models.ForeignKey(
        "vhub.Agency", null=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=30)
    grade_used = models.CharField(max_length=10, blank=True)
    agency = models.ForeignKey("vhub.Agency", null=True, on_delete=models.CASCADE, related_name="+")
    closed = models.PositiveIntegerField()
    within = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "local_authority", "kind", "grade_used", "agency"],
                nulls_distinct=False,
                name="daily_compliance_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.grade_used}: {self.within}/{self.closed}"


class StatisticsCoverage(models.Model):
    """Which London days the daily statistics hold (one row, pk 1): every day from `first_day`
    to `last_day` inclusive is complete. Days outside it are counted live."""

    first_day = models.DateField()
    last_day = models.DateField()
    built_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "statistics coverage"

    def __str__(self) -> str:
        return f"Daily statistics {self.first_day} to {self.last_day}"
