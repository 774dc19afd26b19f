"""Referrals, the people in them, and the incident types they are about (DESIGN.md §3)."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models.functions import Lower

from risk.grades import Grade


class IncidentType(models.Model):
    """Configuration: the kinds of incident a referral can be about. Seeded by a migration."""

    code = models.SlugField(max_length=50, unique=True)
    label = models.CharField(max_length=120)
    is_domestic_abuse = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    display_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "label"]

    def __str__(self) -> str:
        return self.label


class ReferralStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    IN_TRIAGE = "in_triage", "In triage"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    RETURNED = "returned", "Returned"
    APPROVED = "approved", "Approved"
    SHARED = "shared", "Shared"
    NO_FURTHER_ACTION = "no_further_action", "No further action"
    MERGED = "merged", "Merged"
    CLOSED = "closed", "Closed"


OPEN_STATUSES = (
    ReferralStatus.SUBMITTED,
    ReferralStatus.IN_TRIAGE,
    ReferralStatus.AWAITING_APPROVAL,
    ReferralStatus.RETURNED,
    ReferralStatus.APPROVED,
)


class ReferralSource(models.TextChoices):
    WEB = "web", "Web form"
    API = "api", "Records system (API)"
    IMPORT = "import", "Backlog import"


class Person(models.Model):
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    date_of_birth = models.DateField(null=True, blank=True)
    address = models.CharField(max_length=300, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]
        indexes = [
            GinIndex(
                OpClass(Lower("last_name"), name="gin_trgm_ops"), name="person_last_name_trgm"
            ),
            models.Index(fields=["date_of_birth"], name="person_dob_idx"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Referral(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    source = models.CharField(
        max_length=10, choices=ReferralSource.choices, default=ReferralSource.WEB
    )
    source_system = models.CharField(max_length=50, blank=True)
    external_id = models.CharField(max_length=100, blank=True)
    incident_reference = models.CharField(max_length=50)
    incident_at = models.DateTimeField()
    location = models.CharField(max_length=300)
    postcode = models.CharField(max_length=10, blank=True)
    incident_type = models.ForeignKey(IncidentType, on_delete=models.PROTECT)
    local_authority = models.ForeignKey(
        "partners.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="area_referrals",
        limit_choices_to={"kind": "la_childrens"},
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
    received_at = models.DateTimeField(db_index=True)
    allocated_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="allocated_referrals",
    )
    priority_score = models.IntegerField(default=0)
    priority_breakdown = models.JSONField(default=dict, blank=True)
    # Optimistic concurrency: every action bumps it; a stale form is refused, never applied.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_system", "external_id"],
                condition=~models.Q(external_id=""),
                name="referral_external_id_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-priority_score"], name="referral_queue_idx"),
            models.Index(fields=["submitted_by", "-received_at"], name="referral_officer_idx"),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def effective_grade(self) -> str:
        """The approved grade, else the provisional one, else ''."""
        return self.current_grade or self.provisional_grade

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class SubjectRole(models.TextChoices):
    CHILD = "child", "Child"
    PARENT_CARER = "parent_carer", "Parent or carer"
    VICTIM = "victim", "Victim"
    SUSPECT = "suspect", "Suspect"
    OTHER_ADULT = "other_adult", "Other adult"


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

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "person", "role"], name="subject_once_per_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"
