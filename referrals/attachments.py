"""Documents and images on a referral (docs/case-notes.md): uploaded by the officer who sent
it or by the hub through the one upload gate (vhub/uploads.py), read by whoever may see the
referral, always as a download. Partners reach one only through a share that includes it
(partners/attachments.py)."""

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404

from accounts.models import User, name_fields
from audit.actions import record_denial, record_event
from referrals.access import can_view_referral
from referrals.models import Referral, ReferralAttachment, ReferralStatus
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role
from vhub.rows import in_order
from vhub.uploads import CASE_ATTACHMENT, UploadRefused, check_upload

# A referral's end states: its record is kept as it was, nothing more is added.
_NO_NEW_FILES = (ReferralStatus.MERGED,)


def can_attach(user: User, referral: Referral) -> bool:
    """The hub's caseworkers, and the officer who sent the referral."""
    if not user.is_authenticated:
        return False
    if user.is_vhub_caseworker:
        return True
    return user.has_role(Role.OFFICER) and referral.submitted_by_id == user.pk


@transaction.atomic
def do_add_referral_attachment(
    referral: Referral, upload: object, *, actor: User, description: str = ""
) -> ReferralAttachment:
    """Store a checked file on the referral under a random name and audit it with its SHA-256."""
    if not can_attach(actor, referral):
        raise ActionPermissionError(
            "Only the hub, or the officer who sent the referral, can attach files to it."
        )
    if referral.status in _NO_NEW_FILES:
        raise ActionError(
            f"{referral.reference} was merged into another referral: attach the file there."
        )
    if upload is None:
        raise ActionError("Choose a file to attach.", field="file")
    # The form checks first; this guards the other callers (the API).
    try:
        checked = check_upload(upload, CASE_ATTACHMENT)
    except UploadRefused as exc:
        raise ActionError(exc.message, field="file") from exc
    attachment = ReferralAttachment.objects.create(
        referral=referral,
        file=checked.to_store(),
        original_name=checked.name,
        description=(description or "").strip()[:300],
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_by=actor,
        uploaded_at=now(),
    )
    record_event(
        "attachment.add",
        actor=actor,
        obj=attachment,
        referral=referral,
        details={
            "name": attachment.original_name,
            "content_type": attachment.content_type,
            "size": attachment.size,
            "sha256": attachment.sha256,
        },
    )
    return attachment


# What is shown of a file: all of it, and of who uploaded it, their name.
_ATTACHMENT_SHOWN = (
    *(f.name for f in ReferralAttachment._meta.concrete_fields),
    *name_fields("uploaded_by"),
)


def referral_attachments(referral: Referral) -> QuerySet[ReferralAttachment]:
    """A referral's files, oldest first, as a queryset (what a share's pack may attach: the
    form's choices). Each file's referral is `referral` itself (the related manager gives it);
    of the person, only their name is read. The page and the API list them with
    `attachments_of`."""
    return (
        referral.attachments.select_related("uploaded_by")
        .only(*_ATTACHMENT_SHOWN)
        .order_by("uploaded_at", "id")
    )


# Compiled once per process (vhub/prepared.py): the referral page reads it on every view.
_ATTACHMENTS = prepared.Read(
    lambda: (
        ReferralAttachment.objects.filter(referral_id=prepared.Param("referral"))
        .select_related("uploaded_by")
        .only(*_ATTACHMENT_SHOWN)
        .order_by()
    )
)


def attachments_of(referral: Referral) -> list[ReferralAttachment]:
    """A referral's files, oldest first, with who uploaded each (their name): one query. Each
    file's referral is `referral` itself, given rather than joined again."""
    files = in_order(_ATTACHMENTS(referral=referral.pk), "uploaded_at", "id")
    for file in files:
        file.referral = referral
    return files


def access_attachment(user: User, referral: Referral, attachment_id: int) -> ReferralAttachment:
    """A file of a referral this person may see, or the same 404 for missing and forbidden,
    audited. The caller has already opened the referral through access_referral."""
    attachment = None
    if can_view_referral(user, referral):
        attachment = ReferralAttachment.objects.filter(pk=attachment_id, referral=referral).first()
    if attachment is None:
        record_denial(
            user,
            object_type="referrals.referralattachment",
            object_id=attachment_id,
            reason="not part of this referral",
        )
        raise Http404("No such attachment")
    return attachment


def record_attachment_download(
    user: User, attachment: ReferralAttachment, **details: object
) -> None:
    record_event(
        "attachment.download",
        actor=user,
        obj=attachment,
        referral=attachment.referral,
        details={"name": attachment.original_name, "sha256": attachment.sha256, **details},
    )
