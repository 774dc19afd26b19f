"""Operational state of the service itself (not case data), and the vocabulary every app shares:
the agencies (police, councils, schools, health…) that refer, receive and share."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models


class Heartbeat(models.Model):
    """Written by a beat-scheduled task through the broker: proves a worker is consuming."""

    name = models.CharField(max_length=50, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%H:%M:%S}"


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

    def __str__(self) -> str:
        return self.name
