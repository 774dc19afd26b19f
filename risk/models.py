"""Child risk assessments and the supervisor decisions on them (DESIGN.md §4)."""

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from referrals.models import child_count_triggers
from vhub.grades import Grade
from vhub.models import PublishedVersion, configuration_trigger


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting supervisor"
    RETURNED = "returned", "Returned to assessor"
    APPROVED = "approved", "Approved"


# The explanation of the suggestion is derived from the factors and is not tracked.
@pghistory.track(
    pghistory.InsertEvent(), pghistory.UpdateEvent(), exclude=["version", "suggestion"]
)
class ChildRiskAssessment(models.Model):
    """One per child per referral."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="assessments"
    )
    subject = models.OneToOneField(
        "referrals.ReferralSubject", on_delete=models.CASCADE, related_name="assessment"
    )
    status = models.CharField(
        max_length=20, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    proposed_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    approved_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    voice_of_child = models.TextField(blank=True)
    voice_not_captured_reason = models.TextField(blank=True)
    rationale = models.TextField(blank=True)
    model_version = models.ForeignKey(
        "RiskModelVersion", null=True, on_delete=models.PROTECT, related_name="assessments"
    )
    factor_codes = ArrayField(models.SlugField(max_length=60), default=list, blank=True)
    da_yes_codes = ArrayField(models.SlugField(max_length=60), default=list, blank=True)
    suggested_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    suggested_score = models.IntegerField(default=0)
    suggestion = models.JSONField(default=dict, blank=True, help_text="The explanation shown.")
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessments_made"
    )
    # Everyone who wrote or edited it: none of them may decide on it (four eyes).
    editors = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+")
    created_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["status", "submitted_at"], name="cra_status_idx")]
        # An assessment started, removed or moved changes its referral's counts of children
        # (unassessed; and sent and complete, through the officer's initial assessment on it).
        triggers = child_count_triggers(
            "assessment",
            "SELECT referral_id FROM {rows} UNION SELECT s.referral_id "
            "FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM {rows})",
            "referral_id subject_id",
        )

    def __str__(self) -> str:
        return f"Risk assessment for {self.subject.person} on {self.referral}"


class Decision(models.TextChoices):
    APPROVE = "approve", "Approve the proposed grade"
    CHANGE = "change", "Approve with a different grade"
    RETURN = "return", "Return to the assessor"
    AUTO = "auto", "Approved without review (not sampled)"


# Decisions are never edited: the insert is the history (who decided what, and when).
@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class SupervisorDecision(models.Model):
    assessment = models.ForeignKey(
        ChildRiskAssessment, on_delete=models.PROTECT, related_name="decisions"
    )
    # Empty only for an automatic approval of a grade that was not sampled for supervision.
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    from_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    rationale = models.TextField(blank=True)
    decided_at = models.DateTimeField()
    # The assessment version decided on: a second decision on the same version is refused.
    assessment_version = models.PositiveIntegerField()

    class Meta:
        ordering = ["decided_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "assessment_version"], name="one_decision_per_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} by {self.supervisor}"


# --- The risk model: versioned configuration (DESIGN.md §4) ---------------------------------


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class RiskModelVersion(PublishedVersion):
    """One published set of factors, weights and thresholds. Never edited once an assessment
    uses it: a manager's change publishes a new version, so past assessments keep theirs."""

    medium_threshold = models.PositiveIntegerField(help_text="A score at or above this is medium.")
    high_threshold = models.PositiveIntegerField(help_text="A score at or above this is high.")
    da_medium_min = models.PositiveIntegerField(
        default=10, help_text="Domestic-abuse checklist: this many 'yes' answers or more is medium."
    )
    da_high_min = models.PositiveIntegerField(
        default=14, help_text="Domestic-abuse checklist: this many 'yes' answers or more is high."
    )
    supervision_sample_percent = models.PositiveSmallIntegerField(
        default=100,
        help_text="Share of standard and medium grades that match their suggestion which still "
        "go to a supervisor (100 = all). High grades always do.",
    )
    repeat_short_count = models.PositiveSmallIntegerField(default=3)
    repeat_short_days = models.PositiveSmallIntegerField(default=91)
    repeat_long_count = models.PositiveSmallIntegerField(default=5)
    repeat_long_days = models.PositiveSmallIntegerField(default=365)

    # The numbers a manager edits, in the order the risk model page and its history show them.
    THRESHOLDS = (
        "medium_threshold",
        "high_threshold",
        "da_medium_min",
        "da_high_min",
        "supervision_sample_percent",
        "repeat_short_count",
        "repeat_short_days",
        "repeat_long_count",
        "repeat_long_days",
    )

    class Meta(PublishedVersion.Meta):
        triggers = [configuration_trigger()]

    def __str__(self) -> str:
        return f"Risk model version {self.number}"


class FactorGroup(models.TextChoices):
    CHILD = "child", "The child"
    INCIDENT = "incident", "The incident"
    CARERS = "carers", "Parents and carers"
    ENVIRONMENT = "environment", "Home and environment"
    PROTECTIVE = "protective", "Protective factors"


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class RiskFactor(models.Model):
    version = models.ForeignKey(RiskModelVersion, on_delete=models.CASCADE, related_name="factors")
    code = models.SlugField(max_length=60)
    group = models.CharField(max_length=20, choices=FactorGroup.choices)
    label = models.CharField(max_length=200)
    guidance = models.TextField(blank=True)
    weight = models.IntegerField(help_text="Negative for protective factors.")
    forces_high = models.BooleanField(default=False, help_text="On its own, makes the grade high.")
    display_order = models.PositiveIntegerField(default=0)

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["display_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="factor_code_per_version")
        ]

    def __str__(self) -> str:
        return self.label


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class ForceHighCombination(models.Model):
    """Factors that together make the grade high, whatever the score."""

    version = models.ForeignKey(
        RiskModelVersion, on_delete=models.CASCADE, related_name="combinations"
    )
    label = models.CharField(
        max_length=200, help_text="Shown as the reason, e.g. 'non-mobile baby with injury'."
    )
    factor_codes = ArrayField(models.SlugField(max_length=60))

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["id"]

    def __str__(self) -> str:
        return self.label


@pghistory.track(pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
class DAQuestion(models.Model):
    """A question of the force's domestic-abuse risk checklist."""

    version = models.ForeignKey(
        RiskModelVersion, on_delete=models.CASCADE, related_name="da_questions"
    )
    code = models.SlugField(max_length=60)
    text = models.CharField(max_length=300)
    high_on_its_own = models.BooleanField(default=False)
    display_order = models.PositiveIntegerField(default=0)

    class Meta:
        triggers = [configuration_trigger()]
        ordering = ["display_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="da_code_per_version")
        ]

    def __str__(self) -> str:
        return self.text


# The reader's certainties (risk/reader.py), as shown to people.
CERTAINTY_CHOICES = [
    ("asserted", "Stated"),
    ("reported", "Reported by someone"),
    ("historical", "In the past"),
    ("hypothetical", "Feared or possible"),
    ("negated", "Said not to have happened"),
]


class IndicatorCatalogueVersion(PublishedVersion):
    """What the risk reader looks for (risk/reader.py): indicators, patterns, exclusions and
    certainty cues, as one document. Publishing a change makes the next version; every open
    referral is then read again in the background, and each signal keeps the version it came
    from. Progress of that re-read is kept here, for the catalogue page."""

    content = models.JSONField()
    reread_total = models.PositiveIntegerField(default=0)
    reread_done = models.PositiveIntegerField(default=0)
    reread_started_at = models.DateTimeField(null=True, blank=True)
    reread_finished_at = models.DateTimeField(null=True, blank=True)

    class Meta(PublishedVersion.Meta):
        triggers = [configuration_trigger()]

    def __str__(self) -> str:
        return f"Risk reader catalogue version {self.number}"

    @property
    def reread_running(self) -> bool:
        return self.reread_started_at is not None and self.reread_finished_at is None


class RiskSignal(models.Model):
    """One thing the risk reader found in a referral's text: an indicator, its evidence (the
    matched words in their sentence) and how certain the text is about it. Replaced whenever
    the referral is read again."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="risk_signals"
    )
    version = models.ForeignKey(IndicatorCatalogueVersion, on_delete=models.PROTECT)
    indicator = models.CharField(max_length=60)
    label = models.CharField(max_length=200)
    pattern = models.CharField(max_length=60)
    certainty = models.CharField(max_length=20, choices=CERTAINTY_CHOICES)
    acting = models.BooleanField(help_text="Stated or reported: it raises flags and priority.")
    field = models.CharField(max_length=120, help_text="Where in the referral, in words.")
    text = models.CharField(max_length=300)
    sentence = models.TextField()
    start = models.PositiveIntegerField(help_text="Where the words start in the sentence.")
    end = models.PositiveIntegerField()
    read_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["referral", "acting"], name="signal_referral_idx")]

    def __str__(self) -> str:
        return f"{self.label}: {self.text}"

    @property
    def before(self) -> str:
        return self.sentence[: self.start]

    @property
    def matched(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def after(self) -> str:
        return self.sentence[self.end :]


class GradeChange(models.Model):
    """The grade history of a referral: every change of its current grade, with who and why."""

    class Source(models.TextChoices):
        DECISION = "decision", "Supervisor decision"
        AUTO = "auto", "Approved without review (not sampled)"
        FLAG_REVIEW = "flag_review", "Under-grading review"

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="grade_changes"
    )
    changed_at = models.DateTimeField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    from_grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    to_grade = models.CharField(max_length=10, choices=Grade.choices)
    reason = models.TextField(blank=True)
    source = models.CharField(max_length=20, choices=Source.choices)

    class Meta:
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_grade or 'none'} → {self.to_grade}"


class FlagKind(models.TextChoices):
    FACTORS = "factors", "Risk factors suggest high"
    NARRATIVE = "narrative", "The text signals high risk"
    UNASSESSED = "unassessed", "Possible high risk, not yet assessed"
    # Raised by the word list the risk reader replaced; kept so that old flags still read.
    LEXICON = "lexicon", "High-risk words in the text"
    UNDER_ONE = "under_one", "Child under one"
    REPEAT = "repeat", "Repeat child"


class FlagStatus(models.TextChoices):
    OPEN = "open", "Waiting for review"
    CONFIRMED = "confirmed", "Grade confirmed"
    REGRADED = "regraded", "Regraded"
    DISMISSED = "dismissed", "Dismissed: not high risk"
    SUPERSEDED = "superseded", "No longer applies"


class UnderGradingFlag(models.Model):
    """A reason to think a referral is really high risk: one graded standard or medium (the
    grade may be wrong) or one not graded yet (nobody has read it)."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="undergrading_flags"
    )
    kind = models.CharField(max_length=20, choices=FlagKind.choices)
    # What the flag is about within its kind (a term, a child), so it is raised once.
    key = models.CharField(max_length=120)
    reason = models.TextField()
    matches = models.JSONField(default=list, blank=True)
    # The risk reader's patterns behind a narrative flag: supervisors' decisions on flags are
    # counted per pattern, so managers see which patterns mislead.
    patterns = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    status = models.CharField(max_length=20, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    raised_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    resolution = models.TextField(blank=True)

    class Meta:
        ordering = ["raised_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["referral", "kind", "key"], name="one_flag_per_reason"),
        ]
        indexes = [models.Index(fields=["status", "raised_at"], name="flag_review_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.reason}"


# --- Quality audits (DESIGN.md §4) -----------------------------------------------------------


class QualityAuditSetting(models.Model):
    """Configuration: how many child risk assessments are sampled each month in an area. The
    row without an area is the default; a row for an area overrides it."""

    local_authority = models.OneToOneField(
        "vhub.Agency",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"kind": "la_childrens"},
        help_text="Blank for the default of every area.",
    )
    sample_size = models.PositiveSmallIntegerField(default=5)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["sample_size"],
                condition=models.Q(local_authority__isnull=True),
                name="one_default_quality_setting",
            )
        ]

    def __str__(self) -> str:
        return f"{self.local_authority or 'Every area'}: {self.sample_size} a month"


class QualityTeam(models.Model):
    """A team of assessors, for quality results per team (e.g. a hub shift, a response team)."""

    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class QualityTeamMember(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quality_team"
    )
    team = models.ForeignKey(QualityTeam, on_delete=models.CASCADE, related_name="members")

    def __str__(self) -> str:
        return f"{self.user} in {self.team}"


class QualityAuditRound(models.Model):
    """One month's sample. Sampling the same month again finds this row and adds nothing."""

    month = models.DateField(unique=True, help_text="The first day of the month audited.")
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-month"]

    def __str__(self) -> str:
        return f"Quality audit {self.month:%B %Y}"


class AuditKind(models.TextChoices):
    INTERNAL = "internal", "VHub auditor"
    JOINT = "joint", "Joint with a partner agency"


class RubricScore(models.IntegerChoices):
    INADEQUATE = 1, "1 – Inadequate"
    REQUIRES_IMPROVEMENT = 2, "2 – Requires improvement"
    GOOD = 3, "3 – Good"
    OUTSTANDING = 4, "4 – Outstanding"


class QualityAuditStatus(models.TextChoices):
    PENDING = "pending", "To score"
    COMPLETED = "completed", "Scored"


class QualityAudit(models.Model):
    """One sampled assessment scored on the rubric, by a VHub auditor or (joint) by a reviewer
    of the agency the referral was shared with. Area, assessor and team are frozen at sampling,
    so results do not move when someone changes team."""

    round = models.ForeignKey(QualityAuditRound, on_delete=models.PROTECT, related_name="audits")
    assessment = models.ForeignKey(
        ChildRiskAssessment, on_delete=models.PROTECT, related_name="quality_audits"
    )
    kind = models.CharField(max_length=10, choices=AuditKind.choices, default=AuditKind.INTERNAL)
    local_authority = models.ForeignKey(
        "vhub.Agency", null=True, on_delete=models.PROTECT, related_name="+"
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quality_feedback"
    )
    team = models.ForeignKey(
        QualityTeam, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Joint audits: the share the partner reviews, and so the agency whose users may score it.
    share = models.ForeignKey(
        "partners.Share", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewer_agency = models.ForeignKey(
        "vhub.Agency", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=QualityAuditStatus.choices, default=QualityAuditStatus.PENDING
    )
    completeness = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    voice_of_child = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    rationale = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    grade_agreed = models.BooleanField(null=True)
    comments = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "assessment"],
                condition=models.Q(kind="internal"),
                name="one_internal_audit_per_round",
            ),
            models.UniqueConstraint(
                fields=["round", "assessment", "reviewer_agency"],
                condition=models.Q(kind="joint"),
                name="one_joint_audit_per_agency",
            ),
        ]
        indexes = [
            models.Index(fields=["assessor", "status"], name="quality_assessor_idx"),
            models.Index(fields=["reviewer_agency", "status"], name="quality_joint_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} audit of {self.assessment_id} ({self.round})"


# --- The frontline quality loop (DESIGN.md §4; docs/frontline.md) -----------------------------


class PolicingArea(models.Model):
    """Configuration: a local policing area of the force. It covers one or more local authority
    areas (PolicingAreaCover), so a referral is in the policing area of its local authority."""

    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PolicingAreaCover(models.Model):
    """A local authority area inside a policing area (each in one policing area at most)."""

    area = models.ForeignKey(PolicingArea, on_delete=models.CASCADE, related_name="covers")
    local_authority = models.OneToOneField(
        "vhub.Agency",
        on_delete=models.CASCADE,
        related_name="policing_cover",
        limit_choices_to={"kind": "la_childrens"},
    )

    def __str__(self) -> str:
        return f"{self.local_authority} in {self.area}"


class OfficerPosting(models.Model):
    """Configuration: the policing area an officer works in. An area's single point of contact
    sees the names of their own areas' officers only."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policing_posting"
    )
    area = models.ForeignKey(PolicingArea, on_delete=models.PROTECT, related_name="postings")

    def __str__(self) -> str:
        return f"{self.user} in {self.area}"


class AreaContact(models.Model):
    """Configuration: a single point of contact (role area_spoc) for one policing area; a person
    may be the contact for several areas."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="area_contacts"
    )
    area = models.ForeignKey(PolicingArea, on_delete=models.CASCADE, related_name="contacts")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "area"], name="one_contact_row_per_area")
        ]

    def __str__(self) -> str:
        return f"{self.user}, contact for {self.area}"


class FrontlineSetting(models.Model):
    """Configuration (one row): how far below the final grade an officer's grade must be to be
    listed for the area's contact, and how many officers' submissions are audited a month in
    each policing area."""

    far_below_steps = models.PositiveSmallIntegerField(
        default=2,
        help_text="Grades between the officer's and the final grade (2: standard against high).",
    )
    officer_sample_size = models.PositiveSmallIntegerField(
        default=5, help_text="Officers' initial assessments audited a month in each area."
    )

    def __str__(self) -> str:
        return "Frontline quality settings"


class OfficerSubmission(models.Model):
    """The referring officer's initial assessment of one child as they sent it, kept apart from
    the assessment row the hub goes on to complete (which overwrites it). Written by the same
    action that saves the officer's draft (risk.frontline.keep_officer_submission)."""

    assessment = models.OneToOneField(
        ChildRiskAssessment, on_delete=models.CASCADE, related_name="officer_submission"
    )
    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="officer_submissions"
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    grade = models.CharField(max_length=10, choices=Grade.choices, blank=True)
    factor_codes = ArrayField(models.SlugField(max_length=60), default=list, blank=True)
    voice_of_child = models.TextField(blank=True)
    voice_not_captured_reason = models.TextField(blank=True)
    rationale = models.TextField(blank=True)
    # Derived when saved, so rates are counted in SQL: a grade, the officer's own rationale and
    # the voice of the child (the child's words or behaviour, or why it could not be captured).
    complete = models.BooleanField(default=False)
    voice_captured = models.BooleanField(default=False)
    saved_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["officer", "saved_at"], name="officer_submission_idx")]
        # One kept, removed, resent complete or not, or moved changes the counts of children of
        # its child's referral (sent, complete). The referral is the child's, through the
        # assessment; its own column is the same referral, read too in case a statement left
        # the assessment gone.
        triggers = child_count_triggers(
            "officer_submission",
            "SELECT referral_id FROM {rows} UNION SELECT s.referral_id "
            "FROM risk_childriskassessment a "
            "JOIN referrals_referralsubject s ON s.id = a.subject_id "
            "WHERE a.id IN (SELECT assessment_id FROM {rows})",
            "referral_id assessment_id complete",
        )

    def __str__(self) -> str:
        return f"Officer's assessment {self.assessment_id}"


class FeedbackKind(models.TextChoices):
    REMINDER = "reminder", "Reminder"
    FEEDBACK = "feedback", "Feedback"


class OfficerFeedback(models.Model):
    """A reminder or feedback from an area's single point of contact to one of the area's
    officers about a referral; shown on My referrals and e-mailed through the outbox."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="officer_feedback"
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="frontline_feedback"
    )
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=FeedbackKind.choices)
    message = models.TextField()
    created_at = models.DateTimeField()
    outbox = models.OneToOneField(
        "referrals.OutboxMessage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="officer_feedback",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # The same words sent twice (a double click, a resent form) reach the officer once.
            models.UniqueConstraint(
                fields=["referral", "officer", "sender", "kind", "message"],
                name="officer_feedback_once",
            )
        ]
        indexes = [models.Index(fields=["officer", "-created_at"], name="officer_feedback_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.officer} on {self.referral_id}"


class OfficerAudit(models.Model):
    """One officer's initial assessment drawn into a month's force audit, scored on its own
    rubric. Area, officer and team are frozen when it is drawn, as for the hub's own audits."""

    round = models.ForeignKey(
        QualityAuditRound, on_delete=models.PROTECT, related_name="officer_audits"
    )
    submission = models.ForeignKey(
        OfficerSubmission, on_delete=models.PROTECT, related_name="audits"
    )
    area = models.ForeignKey(PolicingArea, on_delete=models.PROTECT, related_name="+")
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    team = models.ForeignKey(
        QualityTeam, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Taken from the data when drawn: the officer's grade is the final approved grade.
    grade_agreed = models.BooleanField()
    status = models.CharField(
        max_length=10, choices=QualityAuditStatus.choices, default=QualityAuditStatus.PENDING
    )
    completeness = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    voice_of_child = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    factors = models.PositiveSmallIntegerField(null=True, choices=RubricScore.choices)
    comments = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["round", "submission"], name="one_officer_audit")
        ]

    def __str__(self) -> str:
        return f"Officer audit of {self.submission_id} ({self.round})"
