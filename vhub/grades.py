"""Risk grades, ordered: standard < medium < high."""

from django.db import models


class Grade(models.TextChoices):
    STANDARD = "standard", "Standard"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


GRADE_ORDER = {Grade.STANDARD: 0, Grade.MEDIUM: 1, Grade.HIGH: 2}


def highest(grades: list[str]) -> str | None:
    present = [Grade(g) for g in grades if g]
    return max(present, key=GRADE_ORDER.__getitem__) if present else None
