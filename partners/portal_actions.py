"""State changes made in the partner portal and answered by VHub (DESIGN.md §6): outcomes,
declines, the message thread of a share, information sharing requests, and a partner lead's own
agency users. Each is one audited transaction."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import cast

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from audit.actions import record_event
from partners import webhooks
from partners.attachments import check_files, file_details, store_message_files, store_request_files
from partners.inbox import refresh_inbox_order_of
from partners.models import (
    InformationRequest,
    IsrAttachment,
    IsrStatus,
    IsrUrgency,
    Share,
    ShareMessage,
    ShareResponse,
    ShareStatus,
    WebhookEventType,
)
from partners.notices import queue_isr_answer_notices
from referrals import sla
from referrals.models import (
    OPEN_CLOCK_STATES,
    PARTNER_CLOCKS,
    ClockKind,
    ClockState,
    Notification,
    Referral,
    SlaClock,
)
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency
from vhub.roles import Role
from vhub.uploads import ISR_ATTACHMENT, UploadRefused, check_upload

ISR_CLOCK = {IsrUrgency.URGENT: ClockKind.ISR_URGENT, IsrUrgency.ROUTINE: ClockKind.ISR_ROUTINE}


def notify(users: Iterable[User], *, title: str, body: str, url: str) -> None:
    """An in-app notice for each active person (once each), in the caller's transaction."""
    at = now()
    unique = {u.pk: u for u in users if u is not None and u.is_active}
    Notification.objects.bulk_create(
        Notification(user=u, title=title[:200], body=body, url=url, created_at=at)
        for u in unique.values()
    )


def _vhub_people_for(share: Share) -> list[User]:
    """Who at VHub hears from an agency about a share: whoever shared it and whoever holds the
    referral; the supervisors when neither is active."""
    people: list[User | None] = [share.created_by, share.referral.allocated_to]
    if not any(p is not None and p.is_active for p in people):
        people = list(User.objects.filter(is_active=True, groups__name=Role.SUPERVISOR))
    return [p for p in people if p is not None]


def _agency_people(agency_id: int) -> list[User]:
    return list(
        User.objects.filter(
            is_active=True,
            agency_id=agency_id,
            groups__name__in=[Role.PARTNER_USER, Role.PARTNER_LEAD],
            partner_system__isnull=True,  # a case system's account reads no notices
        ).distinct()
    )


def _require_recipient(share: Share, actor: User, doing: str) -> None:
    if not (actor.is_partner and actor.agency_id == share.agency_id):
        raise ActionPermissionError(f"Only the receiving agency can {doing}.")


def _require_caseworker(actor: User, doing: str) -> None:
    if not actor.is_vhub_caseworker:
        raise ActionPermissionError(f"Only VHub practitioners and supervisors {doing}.")


def _lock_share(share: Share) -> Share:
    return Share.objects.select_for_update(of=("self",)).select_related("referral").get(pk=share.pk)


# --- Partner clocks -----------------------------------------------------------------------------


def start_partner_clocks(referral: Referral, share: Share) -> None:
    """Start the acknowledgement and outcome clocks of a new share. When the referral comes back
    from an agency that declined it as the wrong area, the clocks keep running: the new share's
    clocks start when the declined share's did, and the declined share's open clocks stop."""
    declined = {
        clock.kind: clock
        for clock in SlaClock.objects.filter(
            referral=referral,
            kind__in=PARTNER_CLOCKS,
            state__in=OPEN_CLOCK_STATES,
            share__response__declined_at__isnull=False,
        ).order_by("-started_at")
    }
    for kind in PARTNER_CLOCKS:
        carried = declined.get(kind)
        sla.start_clock(
            referral, kind, share=share, at=carried.started_at if carried is not None else None
        )
    SlaClock.objects.filter(pk__in=[c.pk for c in declined.values()]).update(
        state=ClockState.CANCELLED, met_at=now()
    )
    refresh_inbox_order_of(c.share_id for c in declined.values())


# --- Outcome, decline, messages -----------------------------------------------------------------


@transaction.atomic
def do_record_share_outcome(share: Share, *, actor: User, outcome: str, notes: str) -> Share:
    """The receiving agency records what it did; this meets the outcome clock (and the
    acknowledgement clock, if nobody had acknowledged yet)."""
    share = _lock_share(share)
    _require_recipient(share, actor, "record an outcome")
    if share.status != ShareStatus.ACTIVE:
        raise ActionError("This share has been withdrawn by VHub.")
    response, _ = ShareResponse.objects.select_for_update().get_or_create(share=share)
    if response.declined_at is not None:
        raise ActionError("Your agency declined this referral as the wrong area.")
    if response.outcome:
        raise ActionError(
            f"An outcome was already recorded by {response.outcome_by} on "
            f"{response.outcome_at:%d %B %Y at %H:%M}. Send VHub a message to add to it."
        )
    at = now()
    if share.acknowledged_at is None:
        share.acknowledged_at, share.acknowledged_by = at, actor
        share.save(update_fields=["acknowledged_at", "acknowledged_by"])
        sla.meet_clock(share.referral, ClockKind.PARTNER_ACK, share=share, at=at)
        record_event("share.acknowledge", actor=actor, obj=share, referral=share.referral)
    response.outcome, response.outcome_notes = outcome, notes.strip()
    response.outcome_at, response.outcome_by = at, actor
    response.save()
    sla.meet_clock(share.referral, ClockKind.PARTNER_OUTCOME, share=share, at=at)
    refresh_inbox_order_of([share.pk])  # done (even with no clock to meet)
    record_event(
        "share.outcome",
        actor=actor,
        obj=share,
        referral=share.referral,
        details={"outcome": response.get_outcome_display(), "notes": response.outcome_notes},
    )
    notify(
        _vhub_people_for(share),
        title=f"{share.referral.reference}: {share.agency} recorded an outcome",
        body=response.get_outcome_display(),
        url=reverse("referrals:detail", args=[share.referral.reference]),
    )
    return share


@transaction.atomic
def do_decline_share(share: Share, *, actor: User, reason: str) -> Share:
    """The agency says the referral is not for its area: it goes back to VHub to re-route. The
    partner clocks keep running (they carry over to the share VHub sends next)."""
    share = _lock_share(share)
    _require_recipient(share, actor, "decline this referral")
    if not reason.strip():
        raise ActionError("Say why this referral is not for your area.", field="reason")
    if share.status != ShareStatus.ACTIVE:
        raise ActionError("This share has been withdrawn by VHub.")
    response, _ = ShareResponse.objects.select_for_update().get_or_create(share=share)
    if response.declined_at is not None:
        raise ActionError("Your agency has already declined this referral.")
    if response.outcome:
        raise ActionError("An outcome has been recorded, so the referral cannot be declined.")
    response.declined_at, response.declined_by = now(), actor
    response.decline_reason = reason.strip()
    response.save()
    refresh_inbox_order_of([share.pk])  # done: last in the inbox
    record_event(
        "share.decline",
        actor=actor,
        obj=share,
        referral=share.referral,
        details={"agency": share.agency.name, "reason": response.decline_reason},
    )
    notify(
        _vhub_people_for(share),
        title=f"{share.referral.reference}: {share.agency} says it is the wrong area",
        body=f"Re-route it: the partner clocks are still running. {response.decline_reason}",
        url=reverse("referrals:detail", args=[share.referral.reference]),
    )
    return share


@transaction.atomic
def do_post_share_message(
    share: Share, *, actor: User, body: str, files: Iterable[object] = ()
) -> ShareMessage:
    """A message in the share's thread, from the receiving agency or from VHub staff, with up to
    five files (checked by the upload gate)."""
    share = _lock_share(share)
    from_vhub = actor.is_vhub_caseworker
    if not from_vhub:
        _require_recipient(share, actor, "write in this thread")
    if not body.strip():
        raise ActionError("Write your message.", field="body")
    if share.status != ShareStatus.ACTIVE:
        raise ActionError("This share has been withdrawn, so its thread is closed.")
    checked = check_files(files)
    message = ShareMessage.objects.create(
        share=share, author=actor, from_vhub=from_vhub, body=body.strip(), created_at=now()
    )
    stored = store_message_files(message, checked, actor=actor)
    record_event(
        "share.message",
        actor=actor,
        obj=message,
        referral=share.referral,
        details={
            "share": share.pk,
            "agency": share.agency.name,
            "from_vhub": from_vhub,
            "attachments": file_details(stored),
        },
    )
    if from_vhub:
        webhooks.emit(
            share.agency_id, WebhookEventType.MESSAGE_RECEIVED, share=share, message=message
        )
        notify(
            _agency_people(share.agency_id),
            title=f"New message from VHub about {share.snapshot.get('reference', '')}",
            body=message.body[:300],
            url=reverse("partners:share", args=[share.pk]),
        )
    else:
        notify(
            _vhub_people_for(share),
            title=f"{share.referral.reference}: message from {share.agency}",
            body=message.body[:300],
            url=reverse("referrals:detail", args=[share.referral.reference]) + "#messages",
        )
    return message


# --- Information sharing requests ---------------------------------------------------------------


@dataclass
class IsrInput:
    urgency: str
    reason: str
    lawful_basis: str
    share: Share | None = None
    subject_name: str = ""
    subject_date_of_birth: date | None = None
    subject_address: str = ""


@transaction.atomic
def do_raise_isr(
    data: IsrInput, *, actor: User, files: Iterable[object] = ()
) -> InformationRequest:
    """A partner asks VHub what it holds about a person or a shared referral, with up to five
    files of its own; the clock starts (urgent: 4 hours, 24×7; routine: 5 working days)."""
    if not actor.is_partner:
        raise ActionPermissionError("Only partner agencies raise information sharing requests.")
    if data.share is not None and data.share.agency_id != actor.agency_id:
        raise ActionPermissionError("You can only ask about referrals shared with your agency.")
    if data.share is None and not data.subject_name.strip():
        raise ActionError(
            "Give the name of the person you are asking about, or choose a shared referral.",
            field="subject_name",
        )
    if not data.reason.strip():
        raise ActionError("Say what you need to know and why.", field="reason")
    checked = check_files(files, ISR_ATTACHMENT)
    # Only a partner raises a request, and a partner always has an agency.
    isr = InformationRequest.objects.create(  # type: ignore[misc]
        agency_id=actor.agency_id,
        raised_by=actor,
        share=data.share,
        subject_name=data.subject_name.strip(),
        subject_date_of_birth=data.subject_date_of_birth,
        subject_address=data.subject_address.strip(),
        urgency=data.urgency,
        reason=data.reason.strip(),
        lawful_basis=data.lawful_basis,
        created_at=now(),
    )
    stored = store_request_files(isr, checked, actor=actor, from_vhub=False)
    referral = data.share.referral if data.share is not None else None
    sla.start_clock(referral, ISR_CLOCK[IsrUrgency(data.urgency)], isr=isr, at=isr.created_at)
    webhooks.emit(isr.agency_id, WebhookEventType.ISR_RAISED, isr=isr, share=data.share)
    record_event(
        "isr.raise",
        actor=actor,
        obj=isr,
        referral=referral,
        details={
            "urgency": data.urgency,
            "lawful_basis": data.lawful_basis,
            "share": data.share.pk if data.share else None,
            "attachments": file_details(stored),
        },
    )
    return isr


# How many files VHub may attach to one answer (their size and type: vhub/uploads.py).
MAX_ATTACHMENTS = 5


@transaction.atomic
def do_respond_isr(
    isr: InformationRequest, *, actor: User, response: str, files: Iterable = ()
) -> InformationRequest:
    """VHub answers an information request, with text and files; this meets its clock."""
    _require_caseworker(actor, "answer information sharing requests")
    isr = (
        InformationRequest.objects.select_for_update(of=("self",))
        .select_related("share__referral")
        .get(pk=isr.pk)
    )
    if isr.status != IsrStatus.OPEN:
        raise ActionError(f"ISR-{isr.pk} has already been answered.")
    if not response.strip():
        raise ActionError("Write the answer to the request.", field="response")
    files = list(files)
    if len(files) > MAX_ATTACHMENTS:
        raise ActionError(f"Attach at most {MAX_ATTACHMENTS} files.", field="attachments")
    # The form checks first; this guards the other callers.
    try:
        checked = [check_upload(upload, ISR_ATTACHMENT) for upload in files]
    except UploadRefused as exc:
        raise ActionError(exc.message, field="attachments") from exc
    at = now()
    stored = [
        IsrAttachment.objects.create(
            isr=isr,
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
    isr.response, isr.responded_by, isr.responded_at = response.strip(), actor, at
    isr.status = IsrStatus.RESPONDED
    isr.save(update_fields=["response", "responded_by", "responded_at", "status"])
    referral = isr.share.referral if isr.share is not None else None
    sla.meet_clock(referral, ISR_CLOCK[IsrUrgency(isr.urgency)], isr=isr, at=at)
    record_event(
        "isr.respond",
        actor=actor,
        obj=isr,
        referral=referral,
        details={"attachments": [{"name": a.original_name, "sha256": a.sha256} for a in stored]},
    )
    # The agency's people are told by e-mail (a link, no case data).
    queue_isr_answer_notices(isr)
    webhooks.emit(isr.agency_id, WebhookEventType.ISR_ANSWERED, isr=isr)
    notify(
        [isr.raised_by],
        title=f"VHub has answered ISR-{isr.pk}",
        body="Open the request to read the answer.",
        url=reverse("partners:isr", args=[isr.pk]),
    )
    return isr


# --- A partner lead's own agency users ----------------------------------------------------------


def _require_lead(actor: User) -> Agency:
    if not (actor.is_partner and actor.has_role(Role.PARTNER_LEAD)):
        raise ActionPermissionError("Only your agency's partner lead manages its users.")
    return cast(Agency, actor.agency)  # a partner always has an agency


def invitation_url(user: User) -> str:
    """A one-use link to choose a password: Django's password-reset token, which stops working
    once the password is set (it hashes the password) or after PASSWORD_RESET_TIMEOUT."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return f"{settings.SITE_URL}{reverse('invitation', args=[uid, token])}"


@transaction.atomic
def do_invite_agency_user(
    *, actor: User, first_name: str, last_name: str, email: str
) -> tuple[User, str]:
    """A partner lead adds a partner user to their own agency and e-mails them a link to choose
    their password. Returns the user and the link (shown once to the lead as well)."""
    agency = _require_lead(actor)
    email = email.strip().lower()
    if User.objects.filter(username__iexact=email).exists():
        raise ActionError("Someone already has an account with this e-mail address.", field="email")
    user = User(
        username=email,
        email=email,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        agency=agency,
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get(name=Role.PARTNER_USER), agency.group)
    link = invitation_url(user)
    record_event(
        "agency_user.invite",
        actor=actor,
        obj=user,
        details={"agency": agency.name, "email": email, "role": Role.PARTNER_USER.label},
    )
    transaction.on_commit(
        lambda: send_mail(
            subject="You have been invited to VHub",
            message=(
                f"{actor} has given you an account on VHub for {agency}.\n\n"
                f"Choose your password here (the link works once, for a few days):\n{link}\n\n"
                f"Your user name is {email}."
            ),
            from_email=None,
            recipient_list=[email],
        )
    )
    return user, link


@transaction.atomic
def do_set_agency_user_active(user: User, *, actor: User, active: bool) -> User:
    """A partner lead deactivates (or reactivates) one of their own agency's users."""
    agency = _require_lead(actor)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.agency_id != agency.pk:
        raise ActionPermissionError("You can only manage your own agency's users.")
    if user.pk == actor.pk:
        raise ActionError("You cannot deactivate yourself: ask VHub's administrator.")
    if user.is_active == active:
        raise ActionError(f"{user} is already {'active' if active else 'deactivated'}.")
    user.is_active = active
    user.save(update_fields=["is_active"])
    record_event(
        "agency_user.activate" if active else "agency_user.deactivate",
        actor=actor,
        obj=user,
        details={"agency": agency.name, "user": user.get_username()},
    )
    return user
