"""Child risk assessments and the supervisor decisions on them (DESIGN.md §4)."""

from django.conf import settings
from django.db import models

from risk.grades import Grade


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting supervisor"
    RETURNED = "returned", "Returned to assessor"
    APPROVED = "approved", "Approved"


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

    def __str__(self) -> str:
        return f"Risk assessment for {self.subject.person} on {self.referral}"


class Decision(models.TextChoices):
    APPROVE = "approve", "Approve the proposed grade"
    CHANGE = "change", "Approve with a different grade"
    RETURN = "return", "Return to the assessor"


class SupervisorDecision(models.Model):
    assessment = models.ForeignKey(
        ChildRiskAssessment, on_delete=models.PROTECT, related_name="decisions"
    )
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
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
