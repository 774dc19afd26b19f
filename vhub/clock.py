"""The one clock business code reads, so tests can freeze time (time-machine) in one place."""

from datetime import datetime

from django.utils import timezone


def now() -> datetime:
    return timezone.now()
