"""Reads for the partner API: an agency's shares in inbox order and its information requests,
each paged by an opaque cursor (the last row's sort keys), so a page is read from the index
wherever it starts and a system can walk thousands of shares without an offset."""

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Greatest
from django.utils.dateparse import parse_datetime

from accounts.models import User
from partners.access import isrs_visible_to, shares_visible_to
from partners.inbox import INBOX_ORDER
from partners.models import InformationRequest, IsrAttachment, Share, ShareMessage
from referrals.models import SlaClock


class BadCursor(ValueError):
    """A cursor this API did not write (or one from another listing)."""


def encode_cursor(keys: list[Any]) -> str:
    text = json.dumps(keys, separators=(",", ":"), default=str)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(cursor: str, length: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        keys = json.loads(raw)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadCursor("The cursor is not one this API gave.") from exc
    if not isinstance(keys, list) or len(keys) != length:
        raise BadCursor("The cursor is not one this API gave.")
    return keys


def _moment(value: Any, *, nullable: bool = False) -> datetime | None:
    if value is None and nullable:
        return None
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None or parsed.tzinfo is None:
        raise BadCursor("The cursor is not one this API gave.")
    return parsed


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise BadCursor("The cursor is not one this API gave.")
    return value


# --- Shares --------------------------------------------------------------------------------------


def partner_api_shares(
    *, user: User, updated_since: datetime | None = None, purpose: str = ""
) -> QuerySet[Share]:
    """The agency's active shares in the inbox's order (partners/inbox.py), each with its
    response, its MARAC details and (one prefetch) its clocks; `updated_at` is the latest change
    the agency can see. The same access rule as the portal's inbox."""
    last_message = Subquery(
        ShareMessage.objects.filter(share=OuterRef("pk"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    shares = (
        shares_visible_to(user)
        .select_related("response", "marac_referral__meeting")
        .prefetch_related(
            Prefetch("clocks", queryset=SlaClock.objects.order_by("started_at", "kind"))
        )
        # PostgreSQL's GREATEST leaves out the NULLs (a share nobody acknowledged yet).
        .annotate(
            updated_at=Greatest(
                "created_at",
                "acknowledged_at",
                "superseded_at",
                "response__outcome_at",
                "response__declined_at",
                last_message,
            )
        )
        .order_by(*INBOX_ORDER)
    )
    if updated_since is not None:
        shares = shares.filter(updated_at__gte=updated_since)
    if purpose:
        shares = shares.filter(purpose=purpose)
    return shares


def share_cursor(share: Share) -> str:
    due = share.inbox_due_at.isoformat() if share.inbox_due_at else None
    return encode_cursor(
        [
            share.inbox_done,
            share.inbox_grade_rank,
            due,
            share.created_at.isoformat(),
            share.pk,
        ]
    )


def shares_after(shares: QuerySet[Share], cursor: str) -> QuerySet[Share]:
    """The shares after the cursor's in the inbox order: waiting before done, highest grade,
    soonest due (none last), oldest, lowest id. The order is live (acknowledging a share moves
    it), so a system that must see every change also asks with `updated_since`."""
    done, rank, due, created, pk = _decode(cursor, 5)
    if not isinstance(done, bool):
        raise BadCursor("The cursor is not one this API gave.")
    rank, pk = _number(rank), _number(pk)
    due_at, created_at = _moment(due, nullable=True), _moment(created)
    same_due = Q(inbox_due_at__isnull=True) if due_at is None else Q(inbox_due_at=due_at)
    later_due = (
        Q(pk__in=[])  # nothing sorts after "no due time"
        if due_at is None
        else Q(inbox_due_at__gt=due_at) | Q(inbox_due_at__isnull=True)
    )
    later_start = Q(created_at__gt=created_at) | Q(created_at=created_at, pk__gt=pk)
    same_place = Q(inbox_done=done, inbox_grade_rank=rank)
    return shares.filter(
        (Q(inbox_done=True) if not done else Q(pk__in=[]))
        | Q(inbox_done=done, inbox_grade_rank__lt=rank)
        | (same_place & later_due)
        | (same_place & same_due & later_start)
    )


# --- Information requests ------------------------------------------------------------------------


def partner_api_isrs(*, user: User) -> QuerySet[InformationRequest]:
    """The agency's information requests, newest first, each with its clocks and the files of
    VHub's answer (one prefetch query each)."""
    return (
        isrs_visible_to(user)
        .select_related("raised_by", "share")
        .prefetch_related(
            Prefetch("clocks", queryset=SlaClock.objects.order_by("started_at", "kind")),
            Prefetch("attachments", queryset=IsrAttachment.objects.order_by("uploaded_at", "id")),
        )
        .order_by(F("created_at").desc(), "-id")
    )


def isr_cursor(isr: InformationRequest) -> str:
    return encode_cursor([isr.created_at.isoformat(), isr.pk])


def isrs_after(isrs: QuerySet[InformationRequest], cursor: str) -> QuerySet[InformationRequest]:
    created, pk = _decode(cursor, 2)
    created_at, pk = _moment(created), _number(pk)
    return isrs.filter(Q(created_at__lt=created_at) | Q(created_at=created_at, pk__lt=pk))
