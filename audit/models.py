"""The append-only, hash-chained audit trail (DESIGN.md §7)."""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models.fields.json import KeyTransform


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
            # The auditor's search: by user name (also for failed sign-ins, which have no
            # actor) and by agency, newest first.
            models.Index(fields=["actor_label", "id"], name="audit_actor_label_idx"),
            models.Index(fields=["agency", "id"], name="audit_agency_idx"),
            # Lists of case data name the referrals and people they showed in their details
            # (audit.actions.record_list_view); the access logs find them by containment.
            GinIndex(
                OpClass(KeyTransform("referrals", "details"), name="jsonb_path_ops"),
                name="audit_listed_referrals_idx",
            ),
            GinIndex(
                OpClass(KeyTransform("people", "details"), name="jsonb_path_ops"),
                name="audit_listed_people_idx",
            ),
        ]
        triggers = [
            pgtrigger.Protect(
                name="audit_append_only",
                operation=pgtrigger.Update | pgtrigger.Delete,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"


# --- Retention review (DESIGN.md §7) -----------------------------------------------------------


class RetentionRule(models.Model):
    """Configuration: how many years after a referral ends it is kept before a supervisor must
    review it. The most specific rule wins: grade and outcome, then grade, then outcome, then
    the default row (both blank). Seeded by a migration; edited in the admin."""

    grade = models.CharField(
        max_length=10, blank=True, help_text="Blank: any grade (high, medium, standard)."
    )
    outcome = models.CharField(
        max_length=30,
        blank=True,
        help_text="The referral's final status (closed, no_further_action, merged); blank: any.",
    )
    years = models.PositiveSmallIntegerField(help_text="Years after the referral ended.")
    note = models.CharField(max_length=300, help_text="Why this period (the rule it follows).")

    class Meta:
        ordering = ["-grade", "-outcome"]
        constraints = [
            models.UniqueConstraint(fields=["grade", "outcome"], name="retention_rule_unique")
        ]

    def __str__(self) -> str:
        return f"{self.grade or 'any grade'} / {self.outcome or 'any outcome'}: {self.years} years"


class RetentionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    RETAINED = "retained", "Retained"
    MARKED_FOR_DISPOSAL = "marked_for_disposal", "Marked for disposal"


class RetentionReview(models.Model):
    """A referral's retention: when it ended, when it must next be reviewed, and the latest
    decision. Each decision is also an audit event, which is the history."""

    # No database constraint: a disposal one day must not be blocked by (or erase) this record.
    referral = models.OneToOneField(
        "referrals.Referral",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="retention",
    )
    ended_at = models.DateTimeField(help_text="When the referral was closed (or otherwise ended).")
    review_due = models.DateField(db_index=True)
    basis = models.CharField(max_length=300, help_text="The rule that set the first review date.")
    status = models.CharField(
        max_length=30, choices=RetentionStatus.choices, default=RetentionStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["review_due", "id"]
        indexes = [models.Index(fields=["status", "review_due"], name="retention_queue_idx")]

    def __str__(self) -> str:
        return f"Retention of {self.referral_id}: review {self.review_due}"
