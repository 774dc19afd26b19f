"""The append-only, hash-chained audit trail (DESIGN.md §7)."""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models.fields.json import KeyTransform


def _refuse_truncate(name: str) -> pgtrigger.Trigger:
    return pgtrigger.Trigger(
        name=name,
        when=pgtrigger.Before,
        operation=pgtrigger.Truncate,
        level=pgtrigger.Statement,
        func="RAISE EXCEPTION 'pgtrigger: Cannot truncate the % table', TG_TABLE_NAME;",
    )


class AuditEvent(models.Model):
    """One thing that happened: who did what to which object, when, from where.

    Rows are never updated, deleted or truncated (database triggers refuse all three); each row
    stores the SHA-256 of its canonical content including the previous row's hash, so any later
    edit made around the triggers breaks the chain at that row, and signed checkpoints of the
    chain's head (AuditCheckpoint) show a cut, emptied or recomputed chain (`verify_audit`).
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
        "vhub.Agency",
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
            # Status changes by time: the dashboard's inflow (reopenings) and throughput (exits)
            # of today, and the nightly daily statistics, read these and not the day's page
            # views and list reads (thousands of rows with long details).
            models.Index(
                fields=["occurred_at"],
                condition=models.Q(action="referral.transition"),
                name="audit_transition_idx",
            ),
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
            # Row triggers never see TRUNCATE: a statement trigger refuses it, whoever runs it.
            _refuse_truncate("audit_no_truncate"),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"


class AuditCheckpoint(models.Model):
    """The chain's head at a moment (last event, number of events, last hash), signed with a
    key that is not in the database (audit/checkpoints.py). A chain cut at its tail, emptied or
    recomputed after a deletion no longer matches the checkpoints taken before, and a
    checkpoint rewritten to match no longer matches its signature. Append-only, like the trail;
    each is also appended to AUDIT_CHECKPOINT_LOG and the daily report carries the day's."""

    created_at = models.DateTimeField()
    # 0 with GENESIS_HASH for an empty trail.
    last_event_id = models.BigIntegerField()
    event_count = models.BigIntegerField()
    head_hash = models.CharField(max_length=64)
    reason = models.CharField(max_length=40)
    # Which key signed it (a digest of the key, never the key), so a rotation is visible.
    key_id = models.CharField(max_length=16)
    signature = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        triggers = [
            pgtrigger.Protect(
                name="checkpoint_append_only",
                operation=pgtrigger.Update | pgtrigger.Delete,
            ),
            _refuse_truncate("checkpoint_no_truncate"),
        ]

    def __str__(self) -> str:
        return f"Checkpoint {self.created_at:%Y-%m-%d %H:%M}: event {self.last_event_id}"


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
