"""Operational state of the service itself (not case data)."""

from django.conf import settings
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
