"""Files that cross to partner agencies (docs/case-notes.md): a referral's attachments the sharer
chose to send with a share, and files sent with a message in a share's thread or with an
information request. Every file goes through the one upload gate (vhub/uploads.py) and is served
only to whoever may open the share or request, always as a download; the other agency gets the
same 404 as for anything else it may not know exists, audited."""

from collections.abc import Iterable, Sequence

from django.http import Http404

from accounts.models import User
from audit.actions import record_denial, record_event
from partners.models import (
    InformationRequest,
    IsrAttachment,
    Share,
    ShareAttachment,
    ShareMessage,
    ShareMessageAttachment,
)
from referrals.models import Referral, ReferralAttachment
from vhub.clock import now
from vhub.errors import ActionError
from vhub.uploads import CASE_ATTACHMENT, CheckedUpload, UploadKind, UploadRefused, check_upload

# How many files may go with one message or one request.
MAX_FILES = 5


def check_files(files: Iterable[object], kind: UploadKind = CASE_ATTACHMENT) -> list[CheckedUpload]:
    """Every file checked by the gate, or ActionError on the `attachments` field."""
    files = list(files)
    if len(files) > MAX_FILES:
        raise ActionError(f"Attach at most {MAX_FILES} files.", field="attachments")
    try:
        return [check_upload(upload, kind) for upload in files]
    except UploadRefused as exc:
        raise ActionError(exc.message, field="attachments") from exc


def file_details(rows: Sequence[IsrAttachment | ShareMessageAttachment]) -> list[dict[str, str]]:
    """What an audit event records of the files: names and hashes, never the content."""
    return [{"name": r.original_name, "sha256": r.sha256} for r in rows]


# --- With a share --------------------------------------------------------------------------------


def chosen_attachments(referral: Referral, ids: Iterable[int]) -> list[ReferralAttachment]:
    """The referral's own attachments among the chosen ids; anything else is refused."""
    wanted = {int(i) for i in ids}
    if not wanted:
        return []
    found = list(ReferralAttachment.objects.filter(referral=referral, pk__in=wanted))
    if len(found) != len(wanted):
        raise ActionError("Choose files attached to this referral.", field="attachments")
    return sorted(found, key=lambda a: (a.uploaded_at, a.pk))


def attachment_listing(attachments: Sequence[ReferralAttachment]) -> list[dict[str, object]]:
    """The files as the share's snapshot lists them (the partner's page and the pack)."""
    return [
        {
            "id": a.pk,
            "name": a.original_name,
            "description": a.description,
            "content_type": a.content_type,
            "size": a.size,
            "sha256": a.sha256,
        }
        for a in attachments
    ]


def link_share_attachments(share: Share, attachments: Sequence[ReferralAttachment]) -> None:
    """Send the chosen files with the share: its agency may download them while it is active."""
    ShareAttachment.objects.bulk_create(
        ShareAttachment(share=share, attachment=a) for a in attachments
    )


def access_share_attachment(user: User, share: Share, attachment_id: int) -> ReferralAttachment:
    """A file sent with this share (which the caller opened through access_share), or 404."""
    link = (
        ShareAttachment.objects.select_related("attachment__referral")
        .filter(share=share, attachment_id=attachment_id)
        .first()
    )
    if link is None:
        record_denial(
            user,
            object_type="referrals.referralattachment",
            object_id=attachment_id,
            reason="not sent with this share",
        )
        raise Http404("No such attachment")
    return link.attachment


def record_share_attachment_download(
    user: User, share: Share, attachment: ReferralAttachment
) -> None:
    record_event(
        "share.attachment_download",
        actor=user,
        obj=attachment,
        referral=share.referral,
        details={"share": share.pk, "name": attachment.original_name, "sha256": attachment.sha256},
    )


# --- With a message or a request -----------------------------------------------------------------


def store_message_files(
    message: ShareMessage, checked: Sequence[CheckedUpload], *, actor: User
) -> list[ShareMessageAttachment]:
    at = now()
    return [
        ShareMessageAttachment.objects.create(
            message=message,
            file=c.to_store(),
            original_name=c.name,
            content_type=c.content_type,
            size=c.size,
            sha256=c.sha256,
            uploaded_by=actor,
            uploaded_at=at,
        )
        for c in checked
    ]


def store_request_files(
    isr: InformationRequest, checked: Sequence[CheckedUpload], *, actor: User, from_vhub: bool
) -> list[IsrAttachment]:
    at = now()
    return [
        IsrAttachment.objects.create(
            isr=isr,
            file=c.to_store(),
            original_name=c.name,
            content_type=c.content_type,
            size=c.size,
            sha256=c.sha256,
            uploaded_by=actor,
            uploaded_at=at,
            from_vhub=from_vhub,
        )
        for c in checked
    ]


def access_message_attachment(
    user: User, share: Share, message_id: int, attachment_id: int
) -> ShareMessageAttachment:
    """A file of a message in this share's thread (the caller opened the share), or 404."""
    found = (
        ShareMessageAttachment.objects.filter(
            pk=attachment_id, message_id=message_id, message__share=share
        )
        .select_related("message")
        .first()
    )
    if found is None:
        record_denial(
            user,
            object_type="partners.sharemessageattachment",
            object_id=attachment_id,
            reason="not part of this thread",
        )
        raise Http404("No such attachment")
    return found


def record_message_attachment_download(
    user: User, share: Share, attachment: ShareMessageAttachment
) -> None:
    record_event(
        "share.message_attachment_download",
        actor=user,
        obj=attachment,
        referral=share.referral,
        details={"share": share.pk, "name": attachment.original_name, "sha256": attachment.sha256},
    )
