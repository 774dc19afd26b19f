"""Reviewing several under-grading flags with one decision (the review list's bulk work): which
flags were chosen, and what the decision would do to each, shown before anything changes. The
decisions themselves are `do_resolve_flag`'s, one at a time, each audited on its own."""

from django.db.models import QuerySet

from risk.models import FlagStatus, UnderGradingFlag

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
