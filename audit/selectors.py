"""Reads of the audit trail."""

from django.db.models import QuerySet

from audit.models import AuditEvent


def recent_events(*, action: str = "") -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.select_related("referral").order_by("-id")
    if action:
        events = events.filter(action=action)
    return events
