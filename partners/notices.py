"""Telling a partner agency's people that work has arrived (a share, an Operation Encompass notice,
a MARAC referral, the answer to their information request): an e-mail with no case data, only a
link, straight away or in a digest at 08:00 as each person chooses (docs/partner-portal.md).

Each (item, person) is a `PartnerNotice` under a unique constraint, written in the transaction
that made the item arrive; the e-mails go through the escalations' outbox
(`referrals.OutboxMessage`, delivered and retried by `referrals.escalation.deliver_outbox`), which
asks `compose` below for the words.
"""

from collections import defaultdict
from datetime import datetime
from typing import cast

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from audit.actions import record_event
from partners.models import (
    InformationRequest,
    NoticeFrequency,
    NoticePreference,
    NoticeWhat,
    PartnerNotice,
    Share,
    SharePurpose,
    ShareStatus,
)
from referrals.escalation import Composed
from referrals.models import OutboxKind, OutboxMessage
from referrals.tasks import deliver_escalations
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind
from vhub.roles import PARTNER_ROLES, Role

WHAT_OF_PURPOSE = {
    SharePurpose.SHARE: NoticeWhat.SHARE,
    SharePurpose.ENCOMPASS: NoticeWhat.ENCOMPASS,
    SharePurpose.MARAC: NoticeWhat.MARAC,
}
# The words of an e-mail: nothing about the child or the incident, only what kind of item.
ARRIVED = {
    NoticeWhat.SHARE: "A referral has been shared with {agency}.",
    NoticeWhat.ENCOMPASS: "An Operation Encompass notice has arrived for {agency}.",
    NoticeWhat.MARAC: "A MARAC referral has arrived for {agency}.",
    NoticeWhat.ISR_ANSWER: "VHub has answered an information request from {agency}.",
}


def frequency_of(user: User) -> str:
    pref = NoticePreference.objects.filter(user=user).first()
    return pref.frequency if pref else NoticeFrequency.IMMEDIATELY


def _agency_people(agency: Agency) -> list[User]:
    return list(
        User.objects.filter(
            agency=agency,
            is_active=True,
            groups__name__in=[str(r) for r in PARTNER_ROLES],
            partner_system__isnull=True,  # a case system's account has no inbox to tell
        )
        .distinct()
        .select_related("notice_preference")
        .order_by("pk")
    )


def _frequency(user: User) -> str:
    pref = getattr(user, "notice_preference", None)
    return pref.frequency if pref is not None else NoticeFrequency.IMMEDIATELY


def _queue(
    agency: Agency, what: str, *, share: Share | None = None, isr: InformationRequest | None = None
) -> list[PartnerNotice]:
    """One notice per active person of the agency for this item, unless they have it already.
    Straight-away notices get their outbox row now, in the caller's transaction."""
    at = now()
    people = _agency_people(agency)
    item: dict[str, Share | InformationRequest | None] = (
        {"share": share} if share is not None else {"isr": isr}
    )
    told = set(PartnerNotice.objects.filter(**item).values_list("recipient_id", flat=True))
    leads: set[int] = set()
    if what == NoticeWhat.ENCOMPASS:
        leads = set(agency.safeguarding_leads.filter(is_active=True).values_list("pk", flat=True))
    notices = []
    for person in people:
        if person.pk in told:
            continue
        frequency = _frequency(person)
        # A school's safeguarding leads hear of an Encompass notice at once whatever they chose;
        # a school that has named none: everyone there does (it is due before the school day).
        if what == NoticeWhat.ENCOMPASS and (person.pk in leads or not leads):
            frequency = NoticeFrequency.IMMEDIATELY
        notices.append(
            PartnerNotice(
                agency=agency,
                recipient=person,
                what=what,
                frequency=frequency,
                created_at=at,
                **item,
            )
        )
    notices = PartnerNotice.objects.bulk_create(notices)
    now_ones = [n for n in notices if n.frequency == NoticeFrequency.IMMEDIATELY]
    messages = OutboxMessage.objects.bulk_create(
        OutboxMessage(kind=OutboxKind.PARTNER_NOTICE, recipient_id=n.recipient_id, deliver_after=at)
        for n in now_ones
    )
    for notice, message in zip(now_ones, messages, strict=True):
        notice.outbox = message
    PartnerNotice.objects.bulk_update(now_ones, ["outbox"])
    if now_ones:
        transaction.on_commit(lambda: deliver_escalations.delay())
    return notices


def queue_share_notices(share: Share) -> list[PartnerNotice]:
    """The share has gone out to its agency (called by `partners.actions._send`)."""
    return _queue(share.agency, WHAT_OF_PURPOSE[SharePurpose(share.purpose)], share=share)


def queue_isr_answer_notices(isr: InformationRequest) -> list[PartnerNotice]:
    """VHub has answered the agency's information request (called by `do_respond_isr`)."""
    return _queue(isr.agency, NoticeWhat.ISR_ANSWER, isr=isr)


@transaction.atomic
def queue_notice_digests(at: datetime | None = None) -> int:
    """At 08:00 (beat): each person's waiting notices go into one digest for the day. The
    (person, day) unique constraint makes a second run add nothing; a notice arriving after
    today's digest went waits for tomorrow's. Returns how many digests were queued."""
    at = at or now()
    day = timezone.localdate(at)
    waiting = list(
        PartnerNotice.objects.select_for_update(skip_locked=True)
        .filter(outbox__isnull=True, frequency=NoticeFrequency.DAILY_DIGEST, created_at__lte=at)
        .order_by("created_at", "id")
    )
    by_person: dict[int, list[PartnerNotice]] = defaultdict(list)
    for notice in waiting:
        by_person[notice.recipient_id].append(notice)
    queued = 0
    linked: list[PartnerNotice] = []
    for person, notices in by_person.items():
        digest, created = OutboxMessage.objects.get_or_create(
            kind=OutboxKind.PARTNER_DIGEST,
            recipient_id=person,
            digest_day=day,
            defaults={"deliver_after": at},
        )
        if digest.delivered_at is not None:
            continue  # today's has gone: tomorrow's digest takes these
        queued += created
        for notice in notices:
            notice.outbox = digest
        linked += notices
    PartnerNotice.objects.bulk_update(linked, ["outbox"])
    return queued


def _item_url(notice: PartnerNotice) -> str:
    if notice.isr_id is not None:
        return reverse("partners:isr", args=[notice.isr_id])
    return reverse("partners:share", args=[notice.share_id])


def _still_there(notice: PartnerNotice) -> bool:
    """A share withdrawn before the e-mail went is no longer the agency's to open."""
    # `share_id` is checked on this line.
    return notice.share_id is None or notice.share.status == ShareStatus.ACTIVE  # type: ignore[union-attr]


def compose(message: OutboxMessage, at: datetime) -> Composed | None:
    """The words of a partner notice or digest: the kind of item and a link, nothing more."""
    notices = [
        n
        for n in message.partner_notices.select_related("agency", "share").order_by(
            "created_at", "id"
        )
        if _still_there(n)
    ]
    if not notices:
        return None
    agency = notices[0].agency.name
    if message.kind == OutboxKind.PARTNER_NOTICE:
        notice = notices[0]
        text = ARRIVED[NoticeWhat(notice.what)].format(agency=agency)
        body = f"{text} Sign in to VHub to read it."
        # Notice rows always name their recipient.
        return Composed(
            cast(User, message.recipient), text.rstrip("."), body, body, _item_url(notice)
        )
    count = len(notices)
    title = f"{count} new item{'s' if count != 1 else ''} for {agency}"
    lines = [f"- {NoticeWhat(n.what).label}: {settings.SITE_URL}{_item_url(n)}" for n in notices]
    email = (
        f"Since your last digest, {count} item{'s have' if count != 1 else ' has'} arrived for "
        f"{agency}. Sign in to VHub to read them:\n\n" + "\n".join(lines)
    )
    notice_text = "Open your agency's inbox to read them."
    recipient = cast(User, message.recipient)  # as above
    return Composed(recipient, title, notice_text, email, reverse("partners:inbox"))


# --- Preferences and safeguarding leads (audited actions) ---------------------------------------


@transaction.atomic
def do_set_notice_preference(user: User, *, actor: User, frequency: str) -> NoticePreference:
    """A partner user chooses how they hear that work has arrived (only for themself)."""
    if actor.pk != user.pk or not user.is_partner:
        raise ActionPermissionError("Only partner users choose how they are told about work.")
    if frequency not in NoticeFrequency.values:
        raise ActionError("Choose how you want to be told.", field="frequency")
    before = frequency_of(user)
    pref, _ = NoticePreference.objects.update_or_create(
        user=user, defaults={"frequency": frequency, "updated_at": now()}
    )
    record_event(
        "partner.notice_preference",
        actor=actor,
        obj=user,
        details={"before": before, "after": frequency},
    )
    return pref


@transaction.atomic
def do_set_safeguarding_lead(person: User, *, actor: User, is_lead: bool) -> None:
    """The school's partner lead names (or stops naming) one of its people as a designated
    safeguarding lead: Operation Encompass notices reach them straight away."""
    if not (actor.is_partner and actor.has_role(Role.PARTNER_LEAD)):
        raise ActionPermissionError("Only your agency's partner lead names safeguarding leads.")
    agency = cast(Agency, actor.agency)  # a partner always has an agency
    if person.agency_id != agency.pk:
        raise ActionPermissionError("Only your agency's people can be its safeguarding leads.")
    if agency.kind != AgencyKind.SCHOOL:
        raise ActionError("Only a school names designated safeguarding leads.")
    if is_lead and not person.is_active:
        raise ActionError(f"{person} is deactivated; reactivate them first.")
    if is_lead:
        agency.safeguarding_leads.add(person)
    else:
        agency.safeguarding_leads.remove(person)
    record_event(
        "agency.safeguarding_lead",
        actor=actor,
        obj=person,
        details={"agency": agency.name, "person": person.username, "is_lead": is_lead},
    )


def agency_notices(agency_id: int) -> QuerySet[PartnerNotice]:
    """The agency's notices with their delivery state, newest first, for its partner lead."""
    return (
        PartnerNotice.objects.filter(agency_id=agency_id)
        .select_related("recipient", "outbox", "share")
        .order_by("-created_at", "-id")
    )
