"""The partner inbox's order, stored on each share so an index serves the first page.

The inbox lists an agency's shares still waiting for it first, then by grade (highest first),
then by the due time of their earliest open clock (DESIGN.md §6). Worked out at read time, that
order needs every share of the agency (12,000 in the benchmark) joined with its response,
annotated with its clocks and sorted before the first page can be kept; stored as three columns
of the share, with a matching index (`share_inbox_order_idx`), the first page is the first rows
of the index. The columns are copies: `refresh_inbox_order` recomputes them from the response,
the snapshot and the clocks, and every change of those calls it (`referrals.sla` for clocks,
the portal actions for the response), in the same transaction.
"""

from typing import Any

from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from partners.models import Share, ShareResponse
from referrals.models import OPEN_CLOCK_STATES, SlaClock

# The inbox's order: what is still waiting for the agency, highest grade, soonest due (a share
# with no open clock last), then oldest. The same columns, in the same directions, as the index.
INBOX_ORDER = (
    "inbox_done",
    "-inbox_grade_rank",
    F("inbox_due_at").asc(nulls_last=True),
    "created_at",
    "id",
)


def earliest_open_due(outer: str) -> Subquery:
    """The due time of the earliest open clock of the row (a share or an information request)."""
    return Subquery(
        SlaClock.objects.filter(**{outer: OuterRef("pk")}, state__in=OPEN_CLOCK_STATES)
        .order_by("due_at")
        .values("due_at")[:1]
    )


def inbox_keys() -> dict[str, Any]:
    """Each stored key as an expression over its sources, for `QuerySet.update` (and tests)."""
    return {
        "inbox_done": Exists(
            ShareResponse.objects.filter(
                Q(outcome__gt="") | Q(declined_at__isnull=False), share=OuterRef("pk")
            )
        ),
        "inbox_grade_rank": Case(
            When(snapshot__grade="high", then=Value(3)),
            When(snapshot__grade="medium", then=Value(2)),
            When(snapshot__grade="standard", then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
        "inbox_due_at": earliest_open_due("share"),
    }


def refresh_inbox_order(shares: "QuerySet[Share]") -> int:
    """Recompute the inbox keys of these shares (one UPDATE); returns how many were written."""
    return shares.update(**inbox_keys())


def refresh_inbox_order_of(share_ids: Any) -> None:
    """The same for the shares with these ids (None, for a clock with no share, is ignored)."""
    ids = {pk for pk in share_ids if pk is not None}
    if ids:
        refresh_inbox_order(Share.objects.filter(pk__in=ids))


def on_share_clocks_changed(
    sender: object, *, share_ids: list[int | None], **kwargs: object
) -> None:
    """Receiver of referrals.sla.share_clocks_changed (connected in partners/hooks.py)."""
    refresh_inbox_order_of(share_ids)
