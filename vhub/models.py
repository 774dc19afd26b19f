"""Operational state of the service itself (not case data), and the vocabulary every app shares:
the agencies (police, councils, schools, health…) that refer, receive and share."""

import pgtrigger
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models


class Heartbeat(models.Model):
    """Written by a beat-scheduled task through the broker: proves a worker is consuming."""

    name = models.CharField(max_length=50, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%H:%M:%S}"


class ConfigurationVersion(models.Model):
    """One row: a number that changes in the same transaction as any configuration edit
    (vhub/configuration.py). The configuration tables' triggers (`configuration_changed`) set it
    from a sequence, so a number taken by an edit that rolled back is never given again."""

    number = models.BigIntegerField()

    def __str__(self) -> str:
        return f"configuration version {self.number}"


# The body of every configuration table's statement trigger. The row is recreated when absent
# (a test database flushed between tests), and the sequence's number, unlike a counter, is
# never repeated: a process that read configuration inside an edit that then rolled back cannot
# later take that number for the committed state.
CONFIGURATION_CHANGED = (
    "INSERT INTO vhub_configurationversion (id, number) "
    "VALUES (1, nextval('configuration_version_seq')) "
    "ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;"
)


def configuration_trigger() -> pgtrigger.Trigger:
    """The statement trigger a configuration table declares in its Meta."""
    return pgtrigger.Trigger(
        name="configuration_changed",
        level=pgtrigger.Statement,
        when=pgtrigger.After,
        operation=pgtrigger.Insert | pgtrigger.Update | pgtrigger.Delete | pgtrigger.Truncate,
        func=CONFIGURATION_CHANGED,
    )


class PublishedVersion(models.Model):
    """A numbered, never-edited version of some configuration (the risk model, the SLA policy):
    a change publishes the next number, and the records made under a version keep it."""

    number = models.PositiveIntegerField(unique=True)
    note = models.TextField(blank=True, help_text="What changed and why.")
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        abstract = True
        ordering = ["-number"]


class AgencyKind(models.TextChoices):
    POLICE = "police", "Police force"
    LA_CHILDRENS = "la_childrens", "Local authority children's services"
    SCHOOL = "school", "School"
    HEALTH = "health", "Health"
    MARAC = "marac", "MARAC"
    ADULT_SOCIAL_CARE = "adult_social_care", "Adult social care"


class Agency(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=30, choices=AgencyKind.choices)
    area = models.CharField(
        max_length=100, blank=True, help_text="Local authority area the agency serves."
    )
    email = models.EmailField(blank=True)
    # Object permissions on shares are granted to this group; its members are the agency's users.
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="agency")
    is_active = models.BooleanField(default=True)
    # A school's designated safeguarding leads: Operation Encompass notices reach them at once,
    # whatever they chose for other notices. Kept by the agency's partner lead (or the admin).
    safeguarding_leads = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="safeguarding_lead_for"
    )

    class Meta:
        # Moved here from partners (state only): the table keeps its name.
        db_table = "partners_agency"
        ordering = ["name"]
        verbose_name_plural = "agencies"
        triggers = [configuration_trigger()]

    def __str__(self) -> str:
        return self.name
