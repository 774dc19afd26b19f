"""The append-only, hash-chained audit trail (DESIGN.md §7)."""

import pgtrigger
from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One thing that happened: who did what to which object, when, from where.

    Rows are never updated or deleted (a database trigger refuses both); each row stores the
    SHA-256 of its canonical content including the previous row's hash, so any later edit made
    around the trigger breaks the chain at that row (`manage.py verify_audit`).
    """

    occurred_at = models.DateTimeField(db_index=True)
    # No database constraints to case tables: the trail must outlive the records it describes.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(max_length=200, blank=True)
    agency = models.ForeignKey(
        "partners.Agency",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    action = models.CharField(max_length=80, db_index=True)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=80, blank=True)
    referral = models.ForeignKey(
        "referrals.Referral",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="audit_events",
    )
    ip = models.GenericIPAddressField(null=True)
    user_agent = models.CharField(max_length=500, blank=True)
    details = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["referral", "id"], name="audit_referral_idx"),
            models.Index(fields=["object_type", "object_id"], name="audit_object_idx"),
            models.Index(fields=["actor", "occurred_at"], name="audit_actor_idx"),
        ]
        triggers = [
            pgtrigger.Protect(
                name="audit_append_only",
                operation=pgtrigger.Update | pgtrigger.Delete,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"
