"""Operational state of the service itself (not case data)."""

from django.db import models


class Heartbeat(models.Model):
    """Written by a beat-scheduled task through the broker: proves a worker is consuming."""

    name = models.CharField(max_length=50, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%H:%M:%S}"
