"""Reads for the partner portal."""

from django.db.models import Case, IntegerField, QuerySet, Value, When

from partners.access import shares_visible_to
from partners.models import Share

_SNAPSHOT_GRADE_RANK = Case(
    When(snapshot__grade="high", then=Value(3)),
    When(snapshot__grade="medium", then=Value(2)),
    When(snapshot__grade="standard", then=Value(1)),
    default=Value(0),
    output_field=IntegerField(),
)


def partner_inbox(*, user) -> QuerySet[Share]:  # type: ignore[no-untyped-def]
    """The agency's shares: unacknowledged first, then by grade, oldest first within a grade.
    Only the snapshot is used, never the live referral."""
    return (
        shares_visible_to(user)
        .select_related("agency", "acknowledged_by")
        .annotate(grade_rank=_SNAPSHOT_GRADE_RANK)
        .order_by("acknowledged_at", "-grade_rank", "created_at", "id")
    )
