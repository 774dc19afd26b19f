"""Partner agencies and what VHub shares with them (DESIGN.md §6)."""

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from vhub.crypto import EncryptedTextField
from vhub.models import Agency
from vhub.uploads import RandomName


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
    # Prepared but not sent: a manager's rule says a supervisor must authorise it first.
    PENDING = "pending", "Awaiting authorisation"
    REFUSED = "refused", "Authorisation refused"


class SharePurpose(models.TextChoices):
    """Why the disclosure was made: an ordinary share, an Operation Encompass notice to a school,
    or a referral to MARAC (each is a share, so one disclosure log covers all three)."""

    SHARE = "share", "Share"
    ENCOMPASS = "encompass", "Operation Encompass notice"
    MARAC = "marac", "MARAC referral"


# The snapshot is frozen when the share is made, so it is not copied into every event; the
# inbox keys are copies of other rows, so refreshing them is no change to record.
@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(),
    exclude=["snapshot", "inbox_done", "inbox_grade_rank", "inbox_due_at"],
)
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
    purpose = models.CharField(
        max_length=20, choices=SharePurpose.choices, default=SharePurpose.SHARE
    )
    # The pack template (partners.pack_templates) that decided which fields the snapshot holds,
    # and the names (never the values) of the fields the practitioner withheld.
    pack_template = models.CharField(max_length=20, default="full")
    redacted_fields = models.JSONField(default=list, blank=True)
    # A later version of the same disclosure to the same agency; the old one stays visible.
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    superseded_at = models.DateTimeField(null=True, blank=True)
    authorised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    authorised_at = models.DateTimeField(null=True, blank=True)
    authorisation_note = models.TextField(blank=True)
    # The partner inbox's order, stored so an index serves its first page (partners/inbox.py
    # keeps them; every action that changes the response or a clock of the share refreshes them).
    inbox_done = models.BooleanField(
        default=False, help_text="An outcome is recorded or the agency declined the share."
    )
    inbox_grade_rank = models.PositiveSmallIntegerField(
        default=0, help_text="The snapshot's grade: 3 high, 2 medium, 1 standard, 0 none."
    )
    inbox_due_at = models.DateTimeField(
        null=True, blank=True, help_text="The due time of the share's earliest open clock."
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "agency", "version"], name="share_version_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["agency", "status", "-created_at"], name="share_inbox_idx"),
            # partners.selectors.partner_inbox: an agency's active shares in the inbox's order.
            models.Index(
                fields=[
                    "agency",
                    "inbox_done",
                    "-inbox_grade_rank",
                    "inbox_due_at",
                    "created_at",
                    "id",
                ],
                condition=models.Q(status="active"),
                name="share_inbox_order_idx",
            ),
        ]

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

    @property
    def is_superseded(self) -> bool:
        return self.superseded_by_id is not None


class ShareAuthorisationRule(models.Model):
    """Configuration a manager edits: shares of a referral with this grade wait for a
    supervisor (not the person who prepared them) to authorise them before they go out."""

    grade = models.CharField(max_length=10, unique=True)
    needs_authorisation = models.BooleanField(default=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return (
            f"{self.grade}: {'authorise first' if self.needs_authorisation else 'share directly'}"
        )


# Direct foreign-key object permissions (django-guardian): one indexed join, not a generic one.
class ShareUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Share, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        pass


class ShareGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Share, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        pass


# --- Information sharing requests (DESIGN.md §6) -----------------------------------------------


class IsrUrgency(models.TextChoices):
    URGENT = "urgent", "Urgent (response within 4 hours)"
    ROUTINE = "routine", "Routine (response within 5 working days)"


class IsrStatus(models.TextChoices):
    OPEN = "open", "Waiting for VHub"
    RESPONDED = "responded", "Responded"


class InformationRequest(models.Model):
    """A partner agency asks VHub what it holds about a person or a referral."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="isrs")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # A partner may ask about a shared referral, or about a person VHub may not know yet.
    share = models.ForeignKey(
        Share, null=True, blank=True, on_delete=models.PROTECT, related_name="isrs"
    )
    subject_name = models.CharField(max_length=200, blank=True)
    subject_date_of_birth = models.DateField(null=True, blank=True)
    subject_address = models.CharField(max_length=300, blank=True)
    urgency = models.CharField(max_length=10, choices=IsrUrgency.choices)
    reason = models.TextField()
    lawful_basis = models.CharField(max_length=30, choices=LawfulBasis.choices)
    status = models.CharField(max_length=20, choices=IsrStatus.choices, default=IsrStatus.OPEN)
    created_at = models.DateTimeField()
    response = models.TextField(blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["agency", "-created_at"], name="isr_agency_idx")]

    def __str__(self) -> str:
        return f"ISR-{self.pk}"


# --- The partner side of a share: outcome, decline, messages (DESIGN.md §6) ---------------------


class ShareOutcome(models.TextChoices):
    NO_FURTHER_ACTION = "nfa", "No further action"
    EARLY_HELP = "early_help", "Early help"
    CHILD_IN_NEED = "cin_s17", "Child in need assessment (s.17)"
    STRATEGY_S47 = "strategy_s47", "Strategy discussion / s.47 enquiry"
    OPEN_CASE = "open_case", "Already open case – information added"
    PASSED_ON = "passed_on", "Passed to another agency"


class ShareResponse(models.Model):
    """What the receiving agency did with a share: its outcome, or its refusal as the wrong area.
    Kept apart from the immutable Share so the snapshot row is never written by a partner."""

    share = models.OneToOneField(Share, on_delete=models.CASCADE, related_name="response")
    outcome = models.CharField(max_length=20, choices=ShareOutcome.choices, blank=True)
    outcome_notes = models.TextField(blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    declined_at = models.DateTimeField(null=True, blank=True)
    declined_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decline_reason = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"Response to share {self.share_id}"


class ShareMessage(models.Model):
    """One message in the thread between the receiving agency and VHub about one share. The
    thread belongs to the share, so an agency only ever sees its own; police-internal notes are
    never part of it."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_vhub = models.BooleanField(help_text="Written by VHub staff rather than the agency.")
    body = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["share", "created_at"], name="share_message_idx")]

    def __str__(self) -> str:
        return f"Message {self.pk} on share {self.share_id}"


class IsrAttachment(models.Model):
    """A file sent with an information request: by the agency with its request, or by VHub with
    its answer; in private storage, served only through an access-checked view as a download."""

    isr = models.ForeignKey(
        InformationRequest, on_delete=models.PROTECT, related_name="attachments"
    )
    file = models.FileField(upload_to=RandomName("isr"))
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField()
    from_vhub = models.BooleanField(
        default=True, help_text="Sent by VHub with its answer, rather than by the agency."
    )

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.original_name


# --- Operation Encompass and MARAC (DESIGN.md §6) ------------------------------------------------


class EncompassStatus(models.TextChoices):
    PROPOSED = "proposed", "To send"
    SENT = "sent", "Sent"
    NOT_NEEDED = "not_needed", "Not needed"


class EncompassNotice(models.Model):
    """A proposed Operation Encompass notice about one child to their school's designated
    safeguarding lead (or to the local authority for a child educated at home)."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.CASCADE, related_name="encompass_notices"
    )
    subject = models.OneToOneField(
        "referrals.ReferralSubject", on_delete=models.CASCADE, related_name="encompass_notice"
    )
    school_name = models.CharField(max_length=200, blank=True)
    home_educated = models.BooleanField(default=False)
    # The school matched by name (or the local authority); empty when the practitioner must pick.
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    match_note = models.CharField(max_length=300, blank=True)
    status = models.CharField(
        max_length=20, choices=EncompassStatus.choices, default=EncompassStatus.PROPOSED
    )
    proposed_at = models.DateTimeField()
    share = models.OneToOneField(
        Share, null=True, blank=True, on_delete=models.PROTECT, related_name="encompass_notice"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    not_needed_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"Encompass notice for {self.subject_id} ({self.status})"


# Why a referral goes to MARAC (a MaracReferral's criteria), and their words.
VISIBLE_HIGH_RISK = "visible_high_risk"
POTENTIAL_ESCALATION = "potential_escalation"
REPEAT = "repeat"
PROFESSIONAL_JUDGEMENT = "professional_judgement"
CRITERIA_LABELS = {
    VISIBLE_HIGH_RISK: "Visible high risk",
    POTENTIAL_ESCALATION: "Potential escalation",
    REPEAT: "Repeat MARAC case",
    PROFESSIONAL_JUDGEMENT: "Professional judgement",
}


class MaracMeeting(models.Model):
    """Configuration: the dates MARAC meets (a manager keeps the list)."""

    date = models.DateField(unique=True)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["date"]

    def __str__(self) -> str:
        return f"MARAC {self.date:%-d %B %Y}"


class MaracReferral(models.Model):
    """A domestic-abuse case referred to a MARAC meeting, with the criteria it met and its case
    pack (a share with the MARAC agency)."""

    referral = models.ForeignKey(
        "referrals.Referral", on_delete=models.PROTECT, related_name="marac_referrals"
    )
    meeting = models.ForeignKey(MaracMeeting, on_delete=models.PROTECT, related_name="cases")
    share = models.OneToOneField(Share, on_delete=models.PROTECT, related_name="marac_referral")
    criteria = models.JSONField(default=list, help_text="Codes of the criteria met.")
    professional_judgement = models.TextField(blank=True)
    has_children = models.BooleanField(default=True)
    is_repeat = models.BooleanField(default=False)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    referred_at = models.DateTimeField()

    class Meta:
        ordering = ["-referred_at"]
        constraints = [
            models.UniqueConstraint(fields=["referral", "meeting"], name="marac_once_per_meeting")
        ]

    def __str__(self) -> str:
        return f"{self.referral_id} at {self.meeting}"

    @property
    def criteria_labels(self) -> list[str]:
        return [CRITERIA_LABELS.get(code, code) for code in self.criteria]


# --- Telling partners that work has arrived (DESIGN.md §6, docs/partner-portal.md) -------------


class NoticeFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", "Straight away, one e-mail for each item"
    DAILY_DIGEST = "daily_digest", "Once a day at 08:00, one e-mail listing the day's items"


class NoticePreference(models.Model):
    """How a partner user wants to hear that work has arrived for their agency. No row: straight
    away (the default), because a share is usually urgent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_preference"
    )
    frequency = models.CharField(
        max_length=20, choices=NoticeFrequency.choices, default=NoticeFrequency.IMMEDIATELY
    )
    updated_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.user}: {self.frequency}"


class NoticeWhat(models.TextChoices):
    SHARE = "share", "Share"
    ENCOMPASS = "encompass", "Operation Encompass notice"
    MARAC = "marac", "MARAC referral"
    ISR_ANSWER = "isr_answer", "Answer to an information request"


class PartnerNotice(models.Model):
    """One person at an agency is to be told, once, that one item arrived (a database
    constraint per item and person). Delivered through the outbox (referrals.OutboxMessage):
    its own message when it goes straight away, or the person's 08:00 digest."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="notices")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_notices"
    )
    what = models.CharField(max_length=20, choices=NoticeWhat.choices)
    share = models.ForeignKey(
        Share, null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    isr = models.ForeignKey(
        InformationRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    frequency = models.CharField(max_length=20, choices=NoticeFrequency.choices)
    created_at = models.DateTimeField()
    # Empty while it waits for the morning digest.
    outbox = models.ForeignKey(
        "referrals.OutboxMessage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_notices",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["share", "recipient"],
                condition=models.Q(share__isnull=False),
                name="partner_notice_once_per_share",
            ),
            models.UniqueConstraint(
                fields=["isr", "recipient"],
                condition=models.Q(isr__isnull=False),
                name="partner_notice_once_per_isr",
            ),
            models.CheckConstraint(
                condition=models.Q(share__isnull=False, isr__isnull=True)
                | models.Q(share__isnull=True, isr__isnull=False),
                name="partner_notice_is_about_one_item",
            ),
        ]
        indexes = [
            models.Index(fields=["agency", "-created_at"], name="partner_notice_agency_idx"),
            models.Index(
                fields=["frequency", "created_at"],
                condition=models.Q(outbox__isnull=True),
                name="partner_notice_waiting_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_what_display()} notice to {self.recipient_id}"


# --- Webhooks: an agency's own system told that something happened (partners/webhooks.py) -------


class WebhookEventType(models.TextChoices):
    SHARE_CREATED = "share.created", "A referral is shared with the agency"
    SHARE_NEW_VERSION = "share.new_version", "A new version of a share replaces the last"
    SHARE_WITHDRAWN = "share.withdrawn", "VHub withdraws a share"
    ISR_RAISED = "isr.raised", "The agency raises an information request"
    ISR_ANSWERED = "isr.answered", "VHub answers an information request"
    MESSAGE_RECEIVED = "message.received", "VHub writes in a share's message thread"


class WebhookSubscription(models.Model):
    """A URL of the agency's system that is called, signed, when one of its chosen events
    happens. Set up by the agency's partner lead; turned off after repeated failure."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=500)
    description = models.CharField(max_length=200, blank=True)
    events = ArrayField(models.CharField(max_length=30, choices=WebhookEventType.choices))
    # The signing key ("whsec_" and base64), shown to the partner lead once. Not hashed, since
    # VHub signs each call with it, but encrypted in the database (vhub/crypto.py).
    secret = EncryptedTextField()
    is_active = models.BooleanField(default=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Webhook {self.pk} of {self.agency_id}: {self.url}"


class WebhookEvent(models.Model):
    """Something an agency's system may want to know, named by ids only. Its `uid` is the
    `webhook-id` of every call about it, replays included, so a receiver can ignore repeats."""

    uid = models.CharField(max_length=40, unique=True)
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="webhook_events")
    type = models.CharField(max_length=30, choices=WebhookEventType.choices)
    share = models.ForeignKey(
        Share, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    isr = models.ForeignKey(
        InformationRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    message = models.ForeignKey(
        ShareMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.type} {self.uid}"


class WebhookDeliveryStatus(models.TextChoices):
    PENDING = "pending", "Sending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Gave up"
    DROPPED = "dropped", "Not sent: the webhook is off"


class WebhookDelivery(models.Model):
    """One event to one subscription, through the outbox (referrals.OutboxMessage): once per
    (event, subscription), a database constraint; a replay is another row pointing at the
    first."""

    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    outbox = models.OneToOneField(
        "referrals.OutboxMessage", on_delete=models.PROTECT, related_name="webhook_delivery"
    )
    status = models.CharField(
        max_length=20,
        choices=WebhookDeliveryStatus.choices,
        default=WebhookDeliveryStatus.PENDING,
    )
    created_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    replay_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replays"
    )
    replayed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "subscription"],
                condition=models.Q(replay_of__isnull=True),
                name="webhook_once_per_event_and_subscription",
            ),
        ]
        indexes = [
            models.Index(fields=["subscription", "-created_at"], name="webhook_delivery_log_idx")
        ]

    def __str__(self) -> str:
        return f"Delivery {self.pk} of {self.event_id} to {self.subscription_id}"


class WebhookAttempt(models.Model):
    """One call of a delivery and its answer: the delivery log the partner lead reads."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    at = models.DateTimeField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField()

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"Attempt {self.pk} of delivery {self.delivery_id}"


# --- Agencies' own case systems on the partner API (docs/partner-api.md) ------------------------


class PartnerSystem(models.Model):
    """An agency's case system, allowed to use the partner API with its token. The token is shown
    once when it is registered and stored only as a SHA-256. The system acts through its own
    service account: a partner user of the agency with no password, so every object permission,
    action and audit event is the portal's."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="systems")
    name = models.CharField(max_length=100, help_text="What the agency calls the system.")
    token_prefix = models.CharField(max_length=12, help_text="First characters, to recognise it.")
    token_hash = models.CharField(max_length=64, unique=True)
    service_user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="partner_system"
    )
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["agency__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="partner_system_name_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


# --- Files with a share and with messages (docs/case-notes.md) -----------------------------------


class ShareAttachment(models.Model):
    """A referral's attachment the sharer chose to send with a share: the agency may download it
    while the share is active, and the pack lists it."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="attachment_links")
    attachment = models.ForeignKey(
        "referrals.ReferralAttachment", on_delete=models.PROTECT, related_name="share_links"
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["share", "attachment"], name="share_attachment_once")
        ]

    def __str__(self) -> str:
        return f"Attachment {self.attachment_id} with share {self.share_id}"


class ShareMessageAttachment(models.Model):
    """A file sent with a message in a share's thread, by the agency or by VHub."""

    message = models.ForeignKey(ShareMessage, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to=RandomName("messages"))
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.original_name
