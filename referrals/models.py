"""Referrals, the people in them, and the incident types they are about (DESIGN.md §3)."""

import pghistory
import pgtrigger
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower, Upper

from audit.labels import register_value_labels
from referrals.calendars import timescale_words
from vhub import configuration
from vhub.grades import Grade, highest
from vhub.models import PublishedVersion, configuration_trigger
from vhub.uploads import RandomName


class IncidentType(models.Model):
    """Configuration: the kinds of incident a referral can be about. Seeded by a migration."""

    code = models.SlugField(max_length=50, unique=True)
    label = models.CharField(max_length=120)
    is_domestic_abuse = models.BooleanField(default=False)
    priority_weight = models.IntegerField(
        default=0, help_text="Points this kind of incident adds to a referral's priority."
    )
    is_active = models.BooleanField(default=True)
    display_order = models.PositiveIntegerField(default=0)

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["display_order", "label"]

    def __str__(self) -> str:
        return self.label


class ReferralStatus(models.TextChoices):
    # An officer's unfinished referral is a ReferralDraft, never a Referral row (see
    # docs/architecture.md), so every Referral has been received.
    SUBMITTED = "submitted", "Submitted"
    IN_TRIAGE = "in_triage", "In triage"
    # Sent back to the referring officer for missing information (not the supervisor's return
    # of a grade to the practitioner, which is RETURNED).
    RETURNED_TO_OFFICER = "returned_to_officer", "Returned to officer"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    RETURNED = "returned", "Returned"
    APPROVED = "approved", "Approved"
    SHARED = "shared", "Shared"
    NO_FURTHER_ACTION = "no_further_action", "No further action"
    MERGED = "merged", "Merged"
    CLOSED = "closed", "Closed"


# What the referring officer sees of the hub's internal steps (Referral.status_for_officer).
OFFICER_STATUS: dict[str, str] = {
    ReferralStatus.AWAITING_APPROVAL: ReferralStatus.IN_TRIAGE,
    ReferralStatus.RETURNED: ReferralStatus.IN_TRIAGE,
}

OPEN_STATUSES = (
    ReferralStatus.SUBMITTED,
    ReferralStatus.IN_TRIAGE,
    ReferralStatus.RETURNED_TO_OFFICER,
    ReferralStatus.AWAITING_APPROVAL,
    ReferralStatus.RETURNED,
    ReferralStatus.APPROVED,
)
# The hub's work on these is over: the triage queue lists them only when filtered to one.
ENDED_STATUSES = (
    ReferralStatus.CLOSED,
    ReferralStatus.NO_FURTHER_ACTION,
    ReferralStatus.MERGED,
)


register_value_labels("referral_status", ReferralStatus.choices)


class ClosureOutcome(models.Model):
    """Configuration: the outcomes a referral can be closed with (DESIGN.md §3), seeded by a
    migration and edited in the admin. `status` is the status closing with it gives."""

    code = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=100)
    status = models.CharField(
        max_length=30,
        choices=[
            (ReferralStatus.CLOSED.value, ReferralStatus.CLOSED.label),
            (ReferralStatus.NO_FURTHER_ACTION.value, ReferralStatus.NO_FURTHER_ACTION.label),
        ],
        default=ReferralStatus.CLOSED,
    )
    position = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True, help_text="Offered when closing a referral.")

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label


class ClosureRequestState(models.TextChoices):
    PENDING = "pending", "Waiting for sign-off"
    CLOSED = "closed", "Closed"
    REFUSED = "refused", "Refused"


class ClosureRequest(models.Model):
    """One closure of a referral: applied at once, or waiting for a supervisor's sign-off (a
    high or medium referral that was not shared), then signed off or refused."""

    referral = models.ForeignKey(
        "Referral", on_delete=models.CASCADE, related_name="closure_requests"
    )
    outcome = models.ForeignKey(ClosureOutcome, on_delete=models.PROTECT, related_name="+")
    rationale = models.TextField()
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField()
    needs_sign_off = models.BooleanField(default=False)
    state = models.CharField(
        max_length=10, choices=ClosureRequestState.choices, default=ClosureRequestState.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral"],
                condition=models.Q(state="pending"),
                name="one_pending_closure_per_referral",
            )
        ]

    def __str__(self) -> str:
        return f"Closure of {self.referral_id}: {self.state}"


class ReferralSource(models.TextChoices):
    WEB = "web", "Web form"
    API = "api", "Records system (API)"
    IMPORT = "import", "Backlog import"


# Keeps PersonName: each name (lower-cased) of a person not merged away counts once; a name
# nobody bears any more goes. Written rows are taken in (kind, name) order, so two people
# renamed at once cannot deadlock; a change that leaves the names as they were writes nothing.
PERSON_NAMES_KEPT = """
IF TG_OP <> 'DELETE' AND NEW.merged_into_id IS NULL THEN
    INSERT INTO referrals_personname (kind, name)
    VALUES ('first', lower(NEW.first_name)), ('last', lower(NEW.last_name))
    ON CONFLICT (kind, name) DO NOTHING;
END IF;
IF TG_OP <> 'INSERT' AND OLD.merged_into_id IS NULL THEN
    DELETE FROM referrals_personname n
    WHERE (n.kind = 'first' AND n.name = lower(OLD.first_name) AND NOT EXISTS (
            SELECT 1 FROM referrals_person p
            WHERE lower(p.first_name) = n.name AND p.merged_into_id IS NULL))
       OR (n.kind = 'last' AND n.name = lower(OLD.last_name) AND NOT EXISTS (
            SELECT 1 FROM referrals_person p
            WHERE lower(p.last_name) = n.name AND p.merged_into_id IS NULL));
END IF;
RETURN NULL;
"""


def full_name(first_name: str, last_name: str) -> str:
    """A person's name as pages show it (`Person.full_name`), from the two columns alone."""
    return f"{first_name} {last_name}".strip()


class Person(models.Model):
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    date_of_birth = models.DateField(null=True, blank=True)
    address = models.CharField(max_length=300, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when a practitioner confirms this record is a duplicate of a known person: its
    # referrals move to that person and the record stays, so both histories are kept.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_records"
    )

    class Meta:
        ordering = ["last_name", "first_name"]
        indexes = [
            GinIndex(
                OpClass(Lower("last_name"), name="gin_trgm_ops"), name="person_last_name_trgm"
            ),
            # The triage queue's search matches first names as well as last names.
            GinIndex(
                OpClass(Lower("first_name"), name="gin_trgm_ops"), name="person_first_name_trgm"
            ),
            models.Index(fields=["postcode"], name="person_postcode_idx"),
            # The search finds the names that match in PersonName, then the people with those
            # names here: a B-tree lookup for each, both names at once when both are typed. A
            # search by name alone reads each name pair's people in order of id (the page's
            # order within a pair), only as many as the page shows.
            models.Index(
                Lower("last_name"),
                Lower("first_name"),
                F("id"),
                name="person_live_last_first_id",
                condition=Q(merged_into__isnull=True),
            ),
            models.Index(
                Lower("first_name"),
                name="person_live_first",
                condition=Q(merged_into__isnull=True),
            ),
            # Matching a new child compares their names with everyone born the same day
            # (referrals/matching.py): an index-only scan of these narrow entries instead of a
            # visit to each one's row, a read that grew with the people. The search by date of
            # birth reads it too: the only index on the date of birth (migration 0046).
            models.Index(
                fields=["date_of_birth"],
                include=["id", "first_name", "last_name", "address", "postcode"],
                name="person_live_birth",
                condition=Q(merged_into__isnull=True),
            ),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="person_names_kept",
                when=pgtrigger.After,
                operation=pgtrigger.Insert
                | pgtrigger.UpdateOf("first_name", "last_name", "merged_into_id")
                | pgtrigger.Delete,
                func=PERSON_NAMES_KEPT,
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)


class PersonName(models.Model):
    """A name borne by at least one person not merged away, lower-cased. Kept by the trigger on
    Person (PERSON_NAMES_KEPT), never written by the application; the search compares a typed
    word with these few thousand names, not with every person.

    Names only, no count of their bearers: a count row would be locked by every intake naming
    a Smith until it commits, so intakes would queue behind each other and two naming people
    in opposite order could deadlock. Adding a name that exists takes no lock (ON CONFLICT DO
    NOTHING); a name is removed when its last bearer is renamed, merged or erased. The nightly
    `repair_person_names` task puts right the rare race of a name removed while another
    transaction adds a new bearer of it."""

    kind = models.CharField(max_length=5, choices=[("first", "First name"), ("last", "Last name")])
    name = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "name"], name="person_name_unique"),
        ]
        indexes = [
            GinIndex(OpClass("name", name="gin_trgm_ops"), name="person_name_trgm"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.kind})"


# What a subject copies from its referral (ReferralSubject.referral_incident_at and the rest):
# taken when the subject is written or moved to another referral (a row trigger before the
# write), and written to its subjects when the referral's incident time, area or being merged
# changes (a row trigger after the update, whose condition the re-prioritisation's and the
# triage's updates of other columns never meet). The bench's bulk load, written with triggers
# off, fills them with COPY_ALL_REFERRALS_TO_SUBJECTS.
SUBJECT_COPIES_REFERRAL = """
    SELECT r.incident_at, r.local_authority_id, r.status = 'merged'
    INTO NEW.referral_incident_at, NEW.referral_area, NEW.referral_merged
    FROM referrals_referral r WHERE r.id = NEW.referral_id;
    RETURN NEW;
"""
REFERRAL_COPIES_CHANGED = (
    "OLD.incident_at IS DISTINCT FROM NEW.incident_at"
    " OR OLD.local_authority_id IS DISTINCT FROM NEW.local_authority_id"
    " OR (OLD.status = 'merged') IS DISTINCT FROM (NEW.status = 'merged')"
)
REFERRAL_COPIES_TO_SUBJECTS = """
    UPDATE referrals_referralsubject
    SET referral_incident_at = NEW.incident_at, referral_area = NEW.local_authority_id,
        referral_merged = NEW.status = 'merged'
    WHERE referral_id = NEW.id;
    RETURN NULL;
"""
# Every subject's copies from its referral, written where they differ (a migration's backfill,
# the bench's bulk load, `manage.py check_child_counts --repair`); SUBJECT_COPIES_DIFFER lists
# the subjects whose copies are wrong: each one's id and its referral's reference.
COPY_ALL_REFERRALS_TO_SUBJECTS = """
    UPDATE referrals_referralsubject s
    SET referral_incident_at = r.incident_at, referral_area = r.local_authority_id,
        referral_merged = r.status = 'merged'
    FROM referrals_referral r
    WHERE r.id = s.referral_id
      AND (s.referral_incident_at, s.referral_area, s.referral_merged)
          IS DISTINCT FROM (r.incident_at, r.local_authority_id, r.status = 'merged')
"""
SUBJECT_COPIES_DIFFER = """
    SELECT s.id, r.reference FROM referrals_referralsubject s
    JOIN referrals_referral r ON r.id = s.referral_id
    WHERE (s.referral_incident_at, s.referral_area, s.referral_merged)
          IS DISTINCT FROM (r.incident_at, r.local_authority_id, r.status = 'merged')
    ORDER BY s.id
"""


# Change history (docs/audit.md): noise the hub never edits (the optimistic-lock counter, the
# recomputed priority, the intake fingerprint) is left out, so a re-prioritisation writes nothing.
@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(),
    exclude=[
        "version",
        "updated_at",
        "priority_score",
        "priority_breakdown",
        "priority_due_at",
        "intake_hash",
        "unassessed_children_count",
        "child_count",
        "voiced_children_count",
        "reason_only_children_count",
        "sent_children_count",
        "complete_children_count",
    ],
)
class Referral(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    source = models.CharField(
        max_length=10, choices=ReferralSource.choices, default=ReferralSource.WEB
    )
    source_system = models.CharField(max_length=50, blank=True)
    external_id = models.CharField(max_length=100, blank=True)
    # The source system's own reference for the referral (its case or occurrence number), shown
    # on the referral so the hub can look it up there; not a key (external_id is).
    source_reference = models.CharField(max_length=100, blank=True)
    # The backlog import that brought it in: its scan, its matches and its clocks' digest.
    import_job = models.ForeignKey(
        "ImportJob", null=True, blank=True, on_delete=models.PROTECT, related_name="referrals"
    )
    # SHA-256 of the intake payload, so a replay is recognised and a conflicting one refused.
    intake_hash = models.CharField(max_length=64, blank=True)
    incident_reference = models.CharField(max_length=50)
    incident_at = models.DateTimeField()
    location = models.CharField(max_length=300)
    postcode = models.CharField(max_length=10, blank=True)
    incident_type = models.ForeignKey(IncidentType, on_delete=models.PROTECT)
    local_authority = models.ForeignKey(
        "vhub.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="area_referrals",
        limit_choices_to={"kind": "la_childrens"},
    )
    routing_note = models.CharField(
        max_length=300, blank=True, help_text="How the local authority was decided."
    )
    narrative = models.TextField()
    officer_risk_view = models.TextField(
        help_text="The referring officer's view of the risk to the children."
    )
    status = models.CharField(
        max_length=30, choices=ReferralStatus.choices, default=ReferralStatus.SUBMITTED
    )
    current_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    # The highest grade proposed in a child risk assessment, until a supervisor approves one.
    provisional_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="submitted_referrals"
    )
    # Indexed by referral_received_idx (Meta.indexes), which leads with it.
    received_at = models.DateTimeField()
    allocated_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="allocated_referrals",
    )
    # The latest return to the referring officer for missing information (kept after they
    # resubmit, as the record of what was asked; the audit trail has every return).
    return_reason = models.TextField(blank=True)
    returned_at = models.DateTimeField(null=True, blank=True)
    returned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    priority_score = models.IntegerField(default=0)
    # Counts of the referral's children (CHILD_COUNTS, below): kept by database triggers on the
    # subjects (below), risk assessments and officers' initial assessments (risk.models), whatever
    # writes them, so the dashboard sums them over the backlog or a period's referrals instead of
    # joining every child (docs/dashboards.md, docs/frontline.md). Never written by Python: the
    # database default covers rows written by code that does not know them.
    # The children with no risk assessment.
    unassessed_children_count = models.PositiveIntegerField(default=0, editable=False)
    # The children; of them, those whose voice was recorded, those with only the reason it was
    # not, those whose officer sent an initial assessment, and those whose one is complete.
    child_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    voiced_children_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    reason_only_children_count = models.PositiveIntegerField(
        default=0, db_default=0, editable=False
    )
    sent_children_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    complete_children_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    priority_breakdown = models.JSONField(default=dict, blank=True)
    # When the time-based parts of the score or its explanation (waiting time, SLA pressure, the
    # youngest child's age) next change: the five-minute re-prioritisation rescores only the
    # referrals whose time has come (referrals/priority.py). None until first scored.
    priority_due_at = models.DateTimeField(null=True, blank=True)
    # How the referral ended (the latest closure; cleared when it is reopened). The history of
    # closures, sign-offs and reopenings is the ClosureRequest rows and the audit trail.
    closure_outcome = models.ForeignKey(
        "ClosureOutcome", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    closure_rationale = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # A duplicate merged into another referral (status merged): the survivor links back to it,
    # so its children, shares, clocks and history stay reachable.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_duplicates"
    )
    # Optimistic concurrency: every action bumps it; a stale form is refused, never applied.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            # The external id first: an import's batch looks up its own ids (`intake_referrals`);
            # led by the source system, the index let PostgreSQL read every referral the import
            # had brought in before and filter the ids (bench/README.md).
            models.UniqueConstraint(
                fields=["external_id", "source_system"],
                condition=~models.Q(external_id=""),
                name="referral_external_id_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-priority_score"], name="referral_queue_idx"),
            # The triage queue's (and "next case"'s) order over the open referrals only, so a
            # page is the first rows of this index; `status IN (...)` on the index above would
            # need every open referral read and sorted. Its condition is OPEN_STATUSES.
            models.Index(
                fields=["-priority_score", "received_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="referral_open_queue_idx",
            ),
            # The re-prioritisation's open referrals due a rescore. Its condition is OPEN_STATUSES.
            models.Index(
                fields=["priority_due_at"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="referral_priority_due_idx",
            ),
            # The queue's search by reference (iexact is UPPER(...) = UPPER(...)).
            models.Index(
                Upper("reference"),
                condition=models.Q(status__in=OPEN_STATUSES),
                name="referral_open_reference_idx",
            ),
            models.Index(
                Upper("incident_reference"),
                condition=models.Q(status__in=OPEN_STATUSES),
                name="referral_open_incident_idx",
            ),
            models.Index(fields=["submitted_by", "-received_at"], name="referral_officer_idx"),
            # Referrals received in a period, with what the dashboard's period figures group them
            # by and sum: the incident ranking and the frontline figures (completion, the voice
            # of the child: the kept counts of children) are index-only scans of the period
            # instead of the table or its children (in the benchmark the last 30 days hold a
            # quarter of it). Replaces a plain index on received_at.
            models.Index(
                fields=["received_at", "id"],
                include=[
                    "status",
                    "local_authority",
                    "submitted_by",
                    "current_grade",
                    "incident_type",
                    "child_count",
                    "voiced_children_count",
                    "reason_only_children_count",
                    "sent_children_count",
                    "complete_children_count",
                ],
                name="referral_received_idx",
            ),
            # The backlog by age: its oldest referral is the first entry, and the dashboard's
            # backlog and missing-assessment figures are index-only scans of the open referrals,
            # never the closed history. Its condition is OPEN_STATUSES.
            models.Index(
                fields=["received_at", "id"],
                include=[
                    "status",
                    "current_grade",
                    "provisional_grade",
                    "local_authority",
                    "unassessed_children_count",
                ],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="referral_open_age_idx",
            ),
        ]
        # Its subjects' copies of its incident time, area and being merged
        # (ReferralSubject.referral_incident_at and the rest) follow it.
        triggers = [
            pgtrigger.Trigger(
                name="referral_copies_to_subjects",
                when=pgtrigger.After,
                operation=pgtrigger.Update,
                condition=pgtrigger.Condition(REFERRAL_COPIES_CHANGED),
                func=REFERRAL_COPIES_TO_SUBJECTS,
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def effective_grade(self) -> str:
        """The higher of the approved and the provisional grade ('' when neither exists)."""
        return highest([self.current_grade, self.provisional_grade]) or ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def status_for_officer(self) -> str:
        """The status as the referring officer sees it: the hub's own steps between triage and
        an approved grade (a supervisor returning a grade to the practitioner, waiting for
        approval) are all "in triage" to them, since nothing waits on the officer."""
        return OFFICER_STATUS.get(self.status, self.status)

    @property
    def status_for_officer_display(self) -> str:
        return ReferralStatus(self.status_for_officer).label


class SubjectRole(models.TextChoices):
    CHILD = "child", "Child"
    PARENT_CARER = "parent_carer", "Parent or carer"
    VICTIM = "victim", "Victim"
    SUSPECT = "suspect", "Suspect"
    OTHER_ADULT = "other_adult", "Other adult"


# The counts of its children a referral keeps, each column with what it counts over the
# referral's children `s` (role child), each joined to its risk assessment `a` and the referring
# officer's initial assessment `o` kept beside it (risk.OfficerSubmission). Kept by database
# triggers (`child_count_triggers`) on every table whose rows decide them, so the dashboard sums
# them over a period's or the backlog's referrals instead of joining every child: the children
# with no assessment (the backlog figure); and what the frontline figures count (risk/frontline.py,
# docs/frontline.md): the children, those whose voice was recorded, those with only the reason it
# was not, those whose officer sent an initial assessment, and those whose one is complete.
CHILD_COUNTS = {
    "unassessed_children_count": "COUNT(s.id) FILTER (WHERE a.id IS NULL)",
    "child_count": "COUNT(s.id)",
    "voiced_children_count": "COUNT(s.id) FILTER (WHERE s.voice_of_child <> '')",
    "reason_only_children_count": (
        "COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '')"
    ),
    "sent_children_count": "COUNT(o.id)",
    "complete_children_count": "COUNT(s.id) FILTER (WHERE o.complete)",
}


def recount_children(referrals: str) -> str:
    """The statement that recounts `CHILD_COUNTS` of the referrals whose ids the SELECT
    `referrals` gives (in a trigger, the rows a statement changed, from its transition tables),
    writing only the referrals whose counts changed. A referral has a handful of children, each
    read by index, so a statement costs in proportion to the referrals it touched."""
    columns = ", ".join(CHILD_COUNTS)
    counted = ", ".join(f"{sql} AS {column}" for column, sql in CHILD_COUNTS.items())
    kept = ", ".join(f"r.{column}" for column in CHILD_COUNTS)
    fresh = ", ".join(f"c.{column}" for column in CHILD_COUNTS)
    # Column names and SQL from the constants above and the models, not input.
    return f"""
    UPDATE referrals_referral r SET ({columns}) = ({fresh})
    FROM (
        SELECT t.id, {counted}
        FROM (SELECT DISTINCT x.id FROM ({referrals}) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND ({kept}) IS DISTINCT FROM ({fresh})
    """  # noqa: S608 # nosec B608


# Every referral's counts at once: for rows written with the triggers off (the benchmark's bulk
# load) and for `manage.py check_child_counts --repair`.
RECOUNT_ALL_CHILDREN = recount_children("SELECT id FROM referrals_referral")

# The referrals whose kept counts differ from their children's rows: each one's id and
# reference, then its kept counts and the counts from its rows, in the order of CHILD_COUNTS.
MISCOUNTED_CHILDREN = f"""
    SELECT r.id, r.reference, {", ".join(f"r.{c}" for c in CHILD_COUNTS)},
           {", ".join(f"coalesce(c.{c}, 0)" for c in CHILD_COUNTS)}
    FROM referrals_referral r
    LEFT JOIN (
        SELECT s.referral_id AS id, {", ".join(f"{q} AS {c}" for c, q in CHILD_COUNTS.items())}
        FROM referrals_referralsubject s
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        WHERE s.role = 'child'
        GROUP BY s.referral_id
    ) AS c ON c.id = r.id
    WHERE ({", ".join(f"r.{c}" for c in CHILD_COUNTS)})
          IS DISTINCT FROM ({", ".join(f"coalesce(c.{c}, 0)" for c in CHILD_COUNTS)})
    ORDER BY r.id
"""  # noqa: S608 # nosec B608 - built from the constants above


def _lock_then_recount(referrals: str) -> str:
    """A trigger's body: lock the referrals (in id order), then recount them. The lock makes
    concurrent writers to one referral's children take turns, and the recount, a statement of
    its own, then counts with a snapshot taken after the other's commit (read committed), so
    neither recount misses the other's child. The actions lock the referral first anyway.
    NO KEY UPDATE, not UPDATE: every insert of a row that references the referral (a subject,
    an assessment, an audit event) takes a KEY SHARE lock on it, which UPDATE would wait for;
    two writers each holding one while their triggers asked for UPDATE would deadlock."""
    return f"""
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM ({referrals}) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    {recount_children(referrals).strip()};
    RETURN NULL;
    """  # noqa: S608 # nosec B608 - built from fixed fragments in the models


def child_count_triggers(prefix: str, referrals: str, changed: str) -> list[pgtrigger.Trigger]:
    """After each insert, delete and update statement of a table whose rows decide a referral's
    `CHILD_COUNTS`: `referrals` selects the affected referral ids from a transition table
    `{rows}`; an update recounts only when one of the columns `changed` moved."""
    new, old = (", ".join(f"{side}.{c}" for c in changed.split()) for side in ("n", "o"))
    moved = (
        # Column names from the models, not input.
        "(SELECT {side}.* FROM new_rows n JOIN old_rows o ON o.id = n.id "  # noqa: S608 # nosec B608
        f"WHERE ({new}) IS DISTINCT FROM ({old})) AS {{side}}"
    )
    updated = " UNION ".join(referrals.format(rows=moved.format(side=x)) for x in ("n", "o"))
    return [
        pgtrigger.Trigger(
            name=f"{prefix}_counts_{name}",
            when=pgtrigger.After,
            operation=operation,
            level=pgtrigger.Statement,
            referencing=referencing,
            func=_lock_then_recount(rows),
        )
        for name, operation, referencing, rows in (
            (
                "insert",
                pgtrigger.Insert,
                pgtrigger.Referencing(new="new_rows"),
                referrals.format(rows="new_rows"),
            ),
            (
                "delete",
                pgtrigger.Delete,
                pgtrigger.Referencing(old="old_rows"),
                referrals.format(rows="old_rows"),
            ),
            (
                "update",
                pgtrigger.Update,
                pgtrigger.Referencing(old="old_rows", new="new_rows"),
                updated,
            ),
        )
    ]


@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(),
    pghistory.DeleteEvent(),
    exclude=["referral_incident_at", "referral_area", "referral_merged"],
)
class ReferralSubject(models.Model):
    """A person's part in one referral; the child-specific questions of DESIGN.md §3."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="subjects")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="subjects")
    role = models.CharField(max_length=20, choices=SubjectRole.choices)
    school = models.CharField(max_length=200, blank=True, help_text="School or nursery.")
    gp = models.CharField(max_length=200, blank=True, help_text="GP or health visitor.")
    lives_at_address = models.BooleanField(null=True)
    was_present = models.BooleanField(null=True)
    witnessed = models.BooleanField(null=True)
    was_injured = models.BooleanField(null=True)
    parental_responsibility = models.CharField(max_length=300, blank=True)
    parents_aware = models.BooleanField(null=True)
    voice_of_child = models.TextField(
        blank=True,
        help_text="The child's words, feelings or observed behaviour at the incident.",
    )
    voice_not_captured_reason = models.TextField(
        blank=True, help_text="Why the voice of the child could not be captured."
    )
    # For an unborn child: the expected date of birth (the person has no date of birth yet).
    expected_date = models.DateField(null=True, blank=True)
    # A child's referrals whose incident falls in the repeat-child rule's windows ending at this
    # referral's incident, this one included (referrals/repeats.py keeps them): of this person
    # (confirmed), and of this person or a probable match not yet decided (probable).
    repeat_short = models.PositiveIntegerField(default=0)
    repeat_long = models.PositiveIntegerField(default=0)
    probable_short = models.PositiveIntegerField(default=0)
    probable_long = models.PositiveIntegerField(default=0)
    # Copies of what the dashboard's repeat children filter each child by on its referral: the
    # incident time (the rule's window), the local authority (the area filter) and whether the
    # referral was merged (merged duplicates are left out). Kept by database triggers
    # (SUBJECT_COPIES_REFERRAL on the subject, REFERRAL_COPIES_TO_SUBJECTS on the referral), so
    # the figure is an index-only range scan of `subject_repeat_idx` by incident time, without
    # reading each child's referral (8,800 look-ups by key, most of the figure at scale 1).
    # Left out of the change history: the referral's own history has them.
    referral_incident_at = models.DateTimeField(null=True, editable=False)
    referral_area = models.BigIntegerField(null=True, editable=False)
    referral_merged = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "person", "role"], name="subject_once_per_role"
            ),
        ]
        indexes = [
            # The dashboard's repeat children: the children whose counts can meet the rule at
            # its default counts (3 and 5) or higher, a few percent of the subjects, so the
            # figure never reads every child of the history. A lower count still counts right,
            # without this index.
            # Keyed by the referral's incident time (the rule's window is a range of it) and
            # carrying the counts and the area the figure reads, so neither the subjects' rows
            # nor their referrals are visited; merged referrals' children are not in it.
            models.Index(
                fields=["referral_incident_at"],
                include=[
                    "person",
                    "probable_short",
                    "probable_long",
                    "repeat_short",
                    "repeat_long",
                    "referral_area",
                ],
                condition=models.Q(role="child", referral_merged=False)
                & (models.Q(probable_short__gte=3) | models.Q(probable_long__gte=3)),
                name="subject_repeat_idx",
            ),
        ]
        # A child added, removed, moved, or whose voice (or the reason it is missing) changed,
        # changes its referral's counts of children.
        triggers = [
            *child_count_triggers(
                "subject",
                "SELECT referral_id FROM {rows}",
                "referral_id role voice_of_child voice_not_captured_reason",
            ),
            pgtrigger.Trigger(
                name="subject_copies_referral",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert | pgtrigger.UpdateOf("referral_id"),
                func=SUBJECT_COPIES_REFERRAL,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"


# --- SLA clocks (DESIGN.md §5) ---------------------------------------------------------------


class ClockKind(models.TextChoices):
    TRIAGE = "triage", "Initial triage"
    DECISION_TO_SHARE = "decision_to_share", "Decision to share"
    SUPERVISOR_DECISION = "supervisor_decision", "Supervisor decision"
    PARTNER_ACK = "partner_ack", "Partner acknowledgement"
    PARTNER_OUTCOME = "partner_outcome", "Partner outcome"
    ENCOMPASS = "encompass", "Operation Encompass notice"
    ISR_URGENT = "isr_urgent", "Urgent information request"
    ISR_ROUTINE = "isr_routine", "Routine information request"


PARTNER_CLOCKS = (ClockKind.PARTNER_ACK, ClockKind.PARTNER_OUTCOME)


class CalendarKind(models.TextChoices):
    TWENTY_FOUR_SEVEN = "24x7", "24 hours a day, 7 days a week"
    WORKING_HOURS = "working_hours", "Working hours (Mon–Fri 09:00–17:00)"
    SCHOOL_DAYS = "school_days", "Before the next school day"


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class SlaPolicyVersion(PublishedVersion):
    """One published set of the MOU's timescales; each clock records the version it used."""

    class Meta(PublishedVersion.Meta):
        triggers = [configuration_trigger()]

    def __str__(self) -> str:
        return f"SLA policy version {self.number}"


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class SlaTarget(models.Model):
    policy = models.ForeignKey(SlaPolicyVersion, on_delete=models.CASCADE, related_name="targets")
    kind = models.CharField(max_length=30, choices=ClockKind.choices)
    # Blank means every grade (and an ungraded referral).
    grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    calendar = models.CharField(max_length=20, choices=CalendarKind.choices)
    minutes = models.PositiveIntegerField(help_text="In the calendar's own time.")

    class Meta:
        triggers = [configuration_trigger()]
        constraints = [
            models.UniqueConstraint(fields=["policy", "kind", "grade"], name="sla_target_unique")
        ]

    def __str__(self) -> str:
        allowed = timescale_words(self.minutes, self.calendar)
        return f"{self.get_kind_display()} ({self.grade or 'any grade'}): {allowed}"


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class ClosureDay(models.Model):
    """A day the hub is closed beyond bank holidays; working-hours clocks skip it."""

    day = models.DateField(unique=True)
    reason = models.CharField(max_length=200)

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day}: {self.reason}"


class TermDates(models.Model):
    """A school term in a local authority, for school-day clocks."""

    local_authority = models.ForeignKey(
        "vhub.Agency", on_delete=models.CASCADE, related_name="terms"
    )
    first_day = models.DateField()
    last_day = models.DateField()

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["local_authority", "first_day"]

    def __str__(self) -> str:
        return f"{self.local_authority}: {self.first_day} to {self.last_day}"


class ClockState(models.TextChoices):
    ON_TRACK = "on_track", "On track"
    AT_RISK = "at_risk", "At risk"
    BREACHED = "breached", "Breached"
    MET = "met", "Met"
    CANCELLED = "cancelled", "No longer needed"


OPEN_CLOCK_STATES = (ClockState.ON_TRACK, ClockState.AT_RISK, ClockState.BREACHED)


class SlaClock(models.Model):
    """One timescale running for a referral (or for one of its shares). A row in Postgres, swept
    by a periodic task: nothing is lost when the broker or a worker dies."""

    # Every clock belongs to a referral except an information request about a person VHub may
    # not hold a referral for.
    referral = models.ForeignKey(
        Referral, null=True, blank=True, on_delete=models.CASCADE, related_name="clocks"
    )
    share = models.ForeignKey(
        "partners.Share", null=True, blank=True, on_delete=models.CASCADE, related_name="clocks"
    )
    isr = models.ForeignKey(
        "partners.InformationRequest",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="clocks",
    )
    kind = models.CharField(max_length=30, choices=ClockKind.choices)
    policy = models.ForeignKey(SlaPolicyVersion, on_delete=models.PROTECT, related_name="clocks")
    grade_used = models.CharField(max_length=10, blank=True)
    calendar = models.CharField(max_length=20, choices=CalendarKind.choices)
    target_minutes = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    paused_minutes = models.PositiveIntegerField(default=0)
    warn_at = models.DateTimeField(help_text="75% of the target used: at risk.")
    due_at = models.DateTimeField()
    escalate_at = models.DateTimeField(help_text="Breached by a further 50% of the target.")
    state = models.CharField(max_length=20, choices=ClockState.choices, default=ClockState.ON_TRACK)
    breached_at = models.DateTimeField(null=True, blank=True)
    # Already past its target when an import brought the referral in (it was received long
    # before): recorded as breached at once, escalated in the import's digest rather than one
    # message per clock, and counted apart on the dashboard. Never cleared.
    breached_before_import = models.BooleanField(default=False)
    met_at = models.DateTimeField(null=True, blank=True)
    # Why a clock stopped other than by its own event (a closure, a withdrawn share).
    stop_reason = models.CharField(max_length=200, blank=True)
    achieved_minutes = models.IntegerField(null=True, blank=True)
    margin_minutes = models.IntegerField(
        null=True, blank=True, help_text="Target minus achieved, in the clock's calendar."
    )
    # How many rungs of the ladder, from the bottom (at risk, breached, breached further), have
    # their escalation queued: kept by the sweep (referrals/escalation.py) from the ledger rows
    # themselves, so it never counts a rung nobody was escalated to. A database default: rows
    # written by COPY (the benchmark's data) start at 0 and the first sweep counts them.
    escalated_levels = models.PositiveSmallIntegerField(default=0, db_default=0)
    # When the lowest rung not yet escalated is due (none once all three are): the sweep reads
    # the clocks whose next escalation is due by this column's index, never every open clock
    # against the whole escalation ledger. Generated, so a clock whose times are recomputed (a
    # new grade, a new policy, a pause) needs nothing else kept.
    next_escalation_at = models.GeneratedField(
        expression=models.Case(
            models.When(escalated_levels=0, then=models.F("warn_at")),
            models.When(escalated_levels=1, then=models.F("due_at")),
            models.When(escalated_levels=2, then=models.F("escalate_at")),
            default=None,
        ),
        output_field=models.DateTimeField(null=True),
        db_persist=True,
    )

    class Meta:
        ordering = ["due_at"]
        # At most one open clock of a kind; a met one stays as the record (a resubmission for
        # approval starts a new supervisor clock).
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "kind"],
                condition=models.Q(
                    share__isnull=True,
                    isr__isnull=True,
                    state__in=["on_track", "at_risk", "breached"],
                ),
                name="one_open_referral_clock_per_kind",
            ),
            models.UniqueConstraint(
                fields=["share", "kind"],
                condition=models.Q(
                    share__isnull=False, state__in=["on_track", "at_risk", "breached"]
                ),
                name="one_open_share_clock_per_kind",
            ),
            models.UniqueConstraint(
                fields=["isr", "kind"],
                condition=models.Q(
                    isr__isnull=False, state__in=["on_track", "at_risk", "breached"]
                ),
                name="one_open_isr_clock_per_kind",
            ),
            models.CheckConstraint(
                condition=models.Q(referral__isnull=False) | models.Q(isr__isnull=False),
                name="clock_has_referral_or_isr",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "warn_at"], name="clock_warn_idx"),
            models.Index(fields=["state", "due_at"], name="clock_due_idx"),
            models.Index(fields=["state", "escalate_at"], name="clock_escalate_idx"),
            # The dashboard's SLA compliance counts clocks met in a period (today's live).
            models.Index(fields=["state", "met_at"], name="clock_met_idx"),
            # The dashboard's breaches now: the running breached clocks grouped by kind and grade,
            # read from the index alone instead of visiting every breached clock's row.
            models.Index(
                fields=["kind", "grade_used", "breached_before_import"],
                include=["referral"],
                condition=models.Q(state="breached"),
                name="clock_breached_idx",
            ),
            # The sweep's escalations: open clocks (not escalated by an import's digest) whose
            # next rung is due.
            models.Index(
                fields=["next_escalation_at"],
                condition=models.Q(
                    state__in=["on_track", "at_risk", "breached"], breached_before_import=False
                ),
                name="clock_next_escalation_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.referral_id}: {self.state}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_CLOCK_STATES


class EscalationLevel(models.TextChoices):
    AT_RISK = "at_risk", "At risk"
    BREACHED = "breached", "Breached"
    BREACHED_FURTHER = "breached_further", "Breached by a further 50%"


class Escalation(models.Model):
    """The ledger: each clock escalates to each recipient once per level (a unique constraint,
    so two sweeps at once cannot both send it)."""

    clock = models.ForeignKey(SlaClock, on_delete=models.CASCADE, related_name="escalations")
    level = models.CharField(max_length=20, choices=EscalationLevel.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="escalations"
    )
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["clock", "level", "recipient"], name="escalate_once_per_level"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.clock} {self.level} to {self.recipient_id}"


class OutboxKind(models.TextChoices):
    ESCALATION = "escalation", "Escalation"
    # Work arrived for a partner agency (partners.PartnerNotice): one e-mail for one item, or
    # one morning digest listing a person's items of the day.
    PARTNER_NOTICE = "partner_notice", "Partner notice"
    PARTNER_DIGEST = "partner_digest", "Partner daily digest"
    # An area's single point of contact wrote to an officer (risk.OfficerFeedback).
    OFFICER_FEEDBACK = "officer_feedback", "Feedback to an officer"
    # Calls to other systems (referrals/outbox_calls.py): a partner agency's webhook receiver
    # (partners.WebhookDelivery) and a Teams channel (dashboards.TeamsPost). No recipient.
    WEBHOOK = "webhook", "Partner webhook"
    TEAMS = "teams", "Teams channel post"


class OutboxMessage(models.Model):
    """Written in the same transaction as what it tells someone about (an escalation, or work
    arriving for a partner agency); a task delivers it (in-app notice and e-mail), not before
    `deliver_after` (working hours for clocks that are not 24×7; 08:00 for a digest)."""

    kind = models.CharField(
        max_length=20, choices=OutboxKind.choices, default=OutboxKind.ESCALATION
    )
    escalation = models.OneToOneField(
        Escalation, null=True, blank=True, on_delete=models.CASCADE, related_name="outbox"
    )
    # Whom a partner notice or digest is for (an escalation names its own recipient).
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The London day of a partner's morning digest: one digest per person per day.
    digest_day = models.DateField(null=True, blank=True)
    deliver_after = models.DateTimeField()
    delivered_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True, help_text="In-app notice written.")
    emailed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        indexes = [models.Index(fields=["delivered_at", "deliver_after"], name="outbox_due_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind="escalation", escalation__isnull=False)
                    | (
                        models.Q(kind__in=["partner_notice", "partner_digest", "officer_feedback"])
                        & models.Q(escalation__isnull=True, recipient__isnull=False)
                    )
                    | (
                        models.Q(kind__in=["webhook", "teams"])
                        & models.Q(escalation__isnull=True, recipient__isnull=True)
                    )
                ),
                name="outbox_message_has_its_subject",
            ),
            models.UniqueConstraint(
                fields=["recipient", "digest_day"],
                condition=models.Q(kind="partner_digest"),
                name="one_partner_digest_a_day",
            ),
        ]

    def __str__(self) -> str:
        return f"outbox {self.kind} {self.escalation_id or self.recipient_id}"


class DutyRota(models.Model):
    """Configuration: who is the duty supervisor of an area team (the hub's team for one local
    authority area) on which days. A row covers the days in its date range (open at either
    end), and only its weekday if one is set. The area's team is every supervisor with a row
    for the area. Escalations to a supervisor go to the duty supervisor (referrals/rota.py)."""

    area = models.ForeignKey(
        "vhub.Agency",
        on_delete=models.CASCADE,
        related_name="duty_rota",
        limit_choices_to={"kind": "la_childrens"},
        help_text="The local authority area whose referrals the team looks after.",
    )
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="duty_rota"
    )
    first_day = models.DateField(null=True, blank=True, help_text="Empty: from any day.")
    last_day = models.DateField(null=True, blank=True, help_text="Empty: until further notice.")
    weekday = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=[
            (0, "Monday"),
            (1, "Tuesday"),
            (2, "Wednesday"),
            (3, "Thursday"),
            (4, "Friday"),
            (5, "Saturday"),
            (6, "Sunday"),
        ],
        help_text="Empty: every day of the range.",
    )
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["area", "weekday", "first_day", "id"]
        verbose_name_plural = "duty rota"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(first_day__isnull=True)
                | models.Q(last_day__isnull=True)
                | models.Q(last_day__gte=models.F("first_day")),
                name="duty_rota_in_order",
            ),
        ]
        indexes = [models.Index(fields=["area", "supervisor"], name="duty_rota_area_idx")]

    def __str__(self) -> str:
        return f"{self.supervisor} on duty for {self.area}: {self.days_words}"

    @property
    def days_words(self) -> str:
        days = self.get_weekday_display() + "s" if self.weekday is not None else "Every day"
        if self.first_day and self.last_day:
            return f"{days}, {self.first_day:%-d %b %Y} to {self.last_day:%-d %b %Y}"
        if self.first_day:
            return f"{days} from {self.first_day:%-d %b %Y}"
        if self.last_day:
            return f"{days} until {self.last_day:%-d %b %Y}"
        return days


class Notification(models.Model):
    """An in-app notice for one person (the bell in the header)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread_idx")]

    def __str__(self) -> str:
        return self.title


class PriorityWeight(models.Model):
    """Configuration: the points each part of the priority score is worth (DESIGN.md §5)."""

    code = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=120)
    points = models.IntegerField()
    help_text = models.CharField(max_length=300, blank=True)

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.label}: {self.points}"


# --- Person matching (DESIGN.md §3) ------------------------------------------------------------


class MatchStatus(models.TextChoices):
    SUGGESTED = "suggested", "Possible match"
    CONFIRMED = "confirmed", "Same person"
    REJECTED = "rejected", "Not the same person"


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class MatchThresholds(models.Model):
    """Configuration (one row, seeded by a migration, edited in the admin): when a known person
    is suggested as a child's match, and when a suggestion is close enough to count as a
    *probable* repeat before anyone confirms it. Similarities are pg_trgm's, 0 to 1."""

    name_similarity = models.FloatField(
        default=0.3, help_text="Suggest: same date of birth and a name at least this similar."
    )
    address_similarity = models.FloatField(
        default=0.6, help_text="Suggest: same postcode and an address at least this similar."
    )
    probable_name_similarity = models.FloatField(
        default=0.6,
        help_text="Probable: same date of birth and a name at least this similar.",
    )
    probable_address_similarity = models.FloatField(
        default=0.8,
        help_text="Probable: same date of birth, same postcode and an address at least this "
        "similar.",
    )

    class Meta:
        triggers = [configuration_trigger()]
        verbose_name_plural = "match thresholds"

    def __str__(self) -> str:
        return "Person matching thresholds"

    @classmethod
    def current(cls) -> "MatchThresholds":
        return configuration.cached("match_thresholds", cls._first)

    @classmethod
    def _first(cls) -> "MatchThresholds":
        return cls.objects.order_by("id").first() or cls()


class PersonMatch(models.Model):
    """A known person who may be the subject of a new referral, found before anything is
    created twice; a practitioner confirms or rejects it."""

    subject = models.ForeignKey(ReferralSubject, on_delete=models.CASCADE, related_name="matches")
    candidate = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField(help_text="Trigram similarity of the names, 0 to 1.")
    reason = models.CharField(max_length=200)
    # High confidence (MatchThresholds): counts as a probable repeat until someone decides.
    probable = models.BooleanField(default=False)
    status = models.CharField(
        max_length=20, choices=MatchStatus.choices, default=MatchStatus.SUGGESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-similarity", "id"]
        constraints = [models.UniqueConstraint(fields=["subject", "candidate"], name="match_once")]
        indexes = [
            # The undecided probable matches, which every intake's repeat recount reads
            # (referrals/repeats.py): by these it reads those of the children it recounts, by
            # subject (the child's own matches) and by candidate, not every match ever made.
            models.Index(
                fields=["subject", "candidate"],
                name="match_pending_probable_idx",
                condition=models.Q(status="suggested", probable=True),
            ),
            models.Index(
                fields=["candidate", "subject"],
                name="match_pending_candidate_idx",
                condition=models.Q(status="suggested", probable=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} may be {self.candidate} ({self.similarity:.2f})"


# --- Integration clients (records systems pushing referrals through the API) ----------------------


class IntegrationClient(models.Model):
    """A records system allowed to push referrals. Its token is shown once when created and
    stored only as a SHA-256; it can only submit referrals and read back their status."""

    name = models.CharField(max_length=100, unique=True)
    source_system = models.SlugField(
        max_length=50, unique=True, help_text="The system's code, e.g. 'niche-rms'."
    )
    token_prefix = models.CharField(max_length=8, help_text="First characters, to recognise it.")
    token_hash = models.CharField(max_length=64, unique=True)
    # Referrals it submits are submitted by this account (an officer account with no password).
    service_user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="integration_client"
    )
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class PostcodeDistrict(models.Model):
    """Configuration: which local authority a postcode district (the part before the space)
    belongs to, for routing referrals. Seeded for the four authorities; edited in the admin."""

    district = models.CharField(max_length=4, unique=True)
    local_authority = models.ForeignKey(
        "vhub.Agency", on_delete=models.CASCADE, related_name="postcode_districts"
    )

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["district"]

    def __str__(self) -> str:
        return f"{self.district} → {self.local_authority}"


class ImportJob(models.Model):
    """A backlog file a manager uploaded, imported by a Celery task that reports its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Importing"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"

    # Blank for a file imported with `manage.py import_referrals` (read where it lies).
    file = models.FileField(upload_to=RandomName("imports"), blank=True)
    original_name = models.CharField(max_length=200)
    # Empty for an import run from the command line.
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    already_imported = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Import of {self.original_name}"

    @property
    def percent(self) -> int:
        return int(100 * self.processed_rows / self.total_rows) if self.total_rows else 0


class ImportDigest(models.Model):
    """One message to one supervisor about the clocks an import brought in already breached,
    instead of a message per clock. Unique per import and recipient, so it is sent once."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="digests")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    clocks = models.PositiveIntegerField()
    referrals = models.PositiveIntegerField()
    created_at = models.DateTimeField()
    notified_at = models.DateTimeField(null=True, blank=True, help_text="In-app notice written.")
    emailed_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "recipient"], name="import_digest_once"),
        ]

    def __str__(self) -> str:
        return f"Digest of {self.job} for {self.recipient_id}"


class ReferralDraft(models.Model):
    """An officer's referral while they write it, section by section, or a returned referral
    while they correct it (`referral` set). Each section's answers are kept as the form data
    that passed that section's validation; nothing becomes a Referral until the officer submits
    from the check-your-answers page, through the same intake action as the API."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="referral_drafts"
    )
    referral = models.OneToOneField(
        Referral, null=True, blank=True, on_delete=models.CASCADE, related_name="amendment"
    )
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["owner", "-updated_at"], name="draft_owner_idx")]

    def __str__(self) -> str:
        return (
            f"Draft referral {self.pk}"
            if self.referral_id is None
            else f"Correction of {self.referral}"
        )


# --- The practitioner's workspace: case notes and attachments (docs/case-notes.md) -------------


class NoteKind(models.Model):
    """Configuration: the kinds of case note a practitioner chooses from (research, contact
    attempt, strategy discussion, management oversight, other), seeded by a data migration and
    edited by a manager in the admin."""

    code = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=100)
    hint = models.CharField(max_length=200, blank=True)
    # Supervisors' oversight of a case: only they write it, and quality audits read it.
    management_oversight = models.BooleanField(default=False)
    correction_minutes = models.PositiveSmallIntegerField(
        default=15,
        help_text="For how long after writing it the author may correct a note of this kind; "
        "after that, only a further note can correct it.",
    )
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label


# Every correction within the window is an update event, so the words first written are kept.
@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent())
class CaseNote(models.Model):
    """A practitioner's record of research, a contact attempt, a discussion or oversight, on a
    referral or on a person (a child or an adult around them)."""

    referral = models.ForeignKey(
        Referral, null=True, blank=True, on_delete=models.PROTECT, related_name="case_notes"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="case_notes"
    )
    kind = models.ForeignKey(NoteKind, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_notes"
    )
    created_at = models.DateTimeField()
    edited_at = models.DateTimeField(null=True, blank=True)
    # A note written after the correction window closed, to put an earlier one right.
    corrects = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(referral__isnull=False, person__isnull=True)
                | models.Q(referral__isnull=True, person__isnull=False),
                name="case_note_on_one_record",
            )
        ]
        indexes = [
            models.Index(
                fields=["referral", "-created_at"],
                condition=models.Q(referral__isnull=False),
                name="case_note_referral_idx",
            ),
            models.Index(
                fields=["person", "-created_at"],
                condition=models.Q(person__isnull=False),
                name="case_note_person_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} note {self.pk}"


class ReferralAttachment(models.Model):
    """A document or image on a referral, from the officer who sent it or from the hub. In
    private storage under a random name; served only through an access check, as a download."""

    referral = models.ForeignKey(Referral, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to=RandomName("attachments"))
    original_name = models.CharField(max_length=200)
    description = models.CharField(max_length=300, blank=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "id"]
        indexes = [models.Index(fields=["referral", "uploaded_at"], name="attachment_referral_idx")]

    def __str__(self) -> str:
        return self.original_name
