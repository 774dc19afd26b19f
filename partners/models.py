"""Partner agencies and what VHub shares with them (DESIGN.md §6)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class AgencyKind(models.TextChoices):
    POLICE = "police", "Police force"
    LA_CHILDRENS = "la_childrens", "Local authority children's services"
    SCHOOL = "school", "School"
    HEALTH = "health", "Health"
    MARAC = "marac", "MARAC"
    ADULT_SOCIAL_CARE = "adult_social_care", "Adult social care"


class Agency(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=30, choices=AgencyKind.choices)
    area = models.CharField(
        max_length=100, blank=True, help_text="Local authority area the agency serves."
    )
    email = models.EmailField(blank=True)
    # Object permissions on shares are granted to this group; its members are the agency's users.
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="agency")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return self.name


class LawfulBasis(models.TextChoices):
    DPA_SCHEDULE_8 = (
        "dpa2018_sch8",
        "Data Protection Act 2018, Schedule 8: safeguarding of children and of individuals at risk",
    )
    CHILDREN_ACT_S17 = "ca1989_s17", "Children Act 1989, section 17: child in need"
    CHILDREN_ACT_S47 = "ca1989_s47", "Children Act 1989, section 47: enquiry into significant harm"
    CHILDREN_ACT_2004_S11 = "ca2004_s11", "Children Act 2004, section 11: duty to safeguard"
    CRIME_AND_DISORDER_S115 = "cda1998_s115", "Crime and Disorder Act 1998, section 115"


class ShareStatus(models.TextChoices):
    ACTIVE = "active", "Shared"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Share(models.Model):
    """An immutable snapshot of a referral sent to one agency. An update is a new version."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.PROTECT, related_name="shares"
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="shares")
    version = models.PositiveIntegerField(default=1)
    status = models.CharField(
        max_length=20, choices=ShareStatus.choices, default=ShareStatus.ACTIVE
    )
    lawful_basis = models.CharField(max_length=30, choices=LawfulBasis.choices)
    justification = models.TextField()
    snapshot = models.JSONField(help_text="What the agency was given, frozen at the time.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    pack_file = models.FileField(upload_to="packs/%Y/%m/", blank=True)
    pack_sha256 = models.CharField(max_length=64, blank=True)
    pack_rendered_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "agency", "version"], name="share_version_unique"
            ),
        ]
        indexes = [models.Index(fields=["agency", "status", "-created_at"], name="share_inbox_idx")]

    def __str__(self) -> str:
        return (
            f"{self.snapshot.get('reference', self.referral_id)} to {self.agency} (v{self.version})"
        )

    @property
    def reference(self) -> str:
        return f"{self.snapshot.get('reference', '')}/S{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status == ShareStatus.ACTIVE


# Direct foreign-key object permissions (django-guardian): one indexed join, not a generic one.
class ShareUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Share, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        pass


class ShareGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Share, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        pass
