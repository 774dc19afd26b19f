"""Reviewing several under-grading flags with one decision (the review list's bulk work): which
flags were chosen, and what the decision would do to each, shown before anything changes. The
decisions themselves are `do_resolve_flag`'s, one at a time, each audited on its own."""

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from risk.actions import do_resolve_flag
from risk.models import FlagStatus, UnderGradingFlag
from vhub.errors import ActionError

if TYPE_CHECKING:
    from accounts.models import User

BULK_FLAGS_MOST = 100  # more than the review list's page would ever show selected at once


def flags_for_bulk_review(ids: list[int]) -> QuerySet[UnderGradingFlag]:
    """The chosen flags that still wait for a review, in the review list's order, each with its
    referral (one query)."""
    return (
        UnderGradingFlag.objects.filter(pk__in=ids, status=FlagStatus.OPEN)
        .select_related("referral__incident_type")
        .order_by("-referral__priority_score", "referral__received_at", "referral_id", "id")
    )


def bulk_refusal(flag: UnderGradingFlag, outcome: str) -> str:
    """Why `outcome` cannot be applied to this flag with the others ('' when it can). A flag
    that needs a grade chosen for it is reviewed on its own page."""
    graded = bool(flag.referral.effective_grade)
    if outcome == "confirm" and not graded:
        return "Nobody has graded this referral: grade it, or dismiss the flag, on its own page."
    if outcome == "dismiss" and graded:
        return "This referral is graded: confirm the grade, or regrade it on its own page."
    return ""


def resolve_flags(
    flags: list[UnderGradingFlag], *, actor: "User", outcome: str, rationale: str
) -> tuple[int, list[str]]:
    """Apply one decision to each flag in turn, each `do_resolve_flag` in its own transaction:
    a flag refused (one that changed since the preview) is skipped and named, with why, and
    the others are still decided. Returns (how many were decided, "reference: why" of each
    skipped one)."""
    done, skipped = 0, []
    for flag in flags:
        try:
            do_resolve_flag(flag, actor=actor, outcome=outcome, rationale=rationale)
        except ActionError as exc:
            skipped.append(f"{flag.referral.reference}: {exc.message}")
        else:
            done += 1
    return done, skipped
