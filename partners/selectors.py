"""Reads for the partner portal."""

from typing import TYPE_CHECKING

from django.db.models import (
    Case,
    F,
    IntegerField,
    Prefetch,
    QuerySet,
    Value,
    When,
)

from accounts.models import User
from partners.access import isrs_visible_to, shares_visible_to
from partners.inbox import INBOX_ORDER, earliest_open_due
from partners.models import InformationRequest, IsrStatus, Share, ShareMessage
from referrals.models import SlaClock

if TYPE_CHECKING:
    from accounts.models import User


def partner_inbox(*, user: "User") -> QuerySet[Share]:
    """The agency's shares: those still waiting for the agency first, then by grade (highest
    first), then by the due time of their earliest open clock. The order is stored on each
    share (partners/inbox.py) and indexed, so the page is read in order from the index rather
    than sorting every share of the agency. Each share carries its clocks (one prefetch query
    however long the page). Only the snapshot is used, never the live referral, and of the
    share's relations only its response (partners/templatetags/inbox_tags.py): the agency is
    the reader's own and who acknowledged is not shown, so neither row is joined."""
    return (
        shares_visible_to(user)
        .select_related("response")
        .prefetch_related(
            Prefetch("clocks", queryset=SlaClock.objects.order_by("started_at", "kind"))
        )
        .order_by(*INBOX_ORDER)
    )


def share_thread(share: Share) -> list[ShareMessage]:
    """The messages between the share's agency and VHub, oldest first."""
    return list(share.messages.select_related("author").prefetch_related("attachments"))


def isr_list(*, user: "User") -> QuerySet[InformationRequest]:
    """Information requests: for VHub staff the queue of every agency's, for a partner their own
    agency's. Open ones first, by due time; each with its clocks (one prefetch query)."""
    return (
        isrs_visible_to(user)
        .select_related("agency", "raised_by", "share")
        .prefetch_related("clocks")
        .annotate(
            next_due=earliest_open_due("isr"),
            answered=Case(
                When(status=IsrStatus.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .order_by("answered", F("next_due").asc(nulls_last=True), "-created_at", "-id")
    )


def agency_users(agency_id: int) -> "QuerySet[User]":
    """The agency's people with their roles, for its partner lead."""
    return (
        # The agency's case systems have accounts too; the lead manages them on their own page.
        User.objects.filter(agency_id=agency_id, partner_system__isnull=True)
        .prefetch_related("groups")
        .order_by("-is_active", "last_name", "first_name", "username")
    )
