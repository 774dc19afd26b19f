"""Reads of the audit trail about one person or one referral: "who has seen this child" and a
referral's access log."""

from django.db.models import Q, QuerySet

from audit.models import AuditEvent
from referrals.models import Person, Referral, ReferralSubject


def person_ids(person: Person) -> list[int]:
    """The person and every duplicate record merged into them."""
    return [person.pk, *Person.objects.filter(merged_into=person).values_list("pk", flat=True)]


def _denied(object_type: str, object_ids: list[str]) -> Q:
    """Refused attempts on these records: a denial names what was asked for in its details,
    because a refused reader must not learn (and the event cannot link) the record itself."""
    return Q(
        action="access.denied",
        details__object_type=object_type,
        details__object_id__in=object_ids,
    )


def listed(key: str, ids: list[int]) -> Q:
    """Lists that showed any of these records: a list view names the id of each referral
    ("referrals") or person ("people") on the page in its details (record_list_view). Each
    term is a containment test that the GIN index on that key answers."""
    found = Q()
    for i in ids:
        found |= Q(**{f"details__{key}__contains": [i]})
    return found


def person_access_log(
    person: Person, ids: list[int], *, before: int | None = None
) -> QuerySet[AuditEvent]:
    """Every event touching the person record (or a duplicate merged into it) or any referral
    the person is a subject of, refused attempts and lists that showed them included, newest
    first."""
    referrals = list(
        ReferralSubject.objects.filter(person_id__in=ids).values_list(
            "referral_id", "referral__reference"
        )
    )
    referral_ids = [pk for pk, _ in referrals]
    person_keys = [str(i) for i in ids]
    events = (
        AuditEvent.objects.filter(
            Q(referral_id__in=referral_ids)
            | Q(object_type="referrals.person", object_id__in=person_keys)
            | _denied("referrals.person", person_keys)
            | _denied("referrals.referral", [reference for _, reference in referrals])
            | listed("referrals", referral_ids)
            | listed("people", ids)
        )
        .select_related("referral", "agency")
        .order_by("-id")
    )
    if before is not None:
        events = events.filter(id__lt=before)
    return events


def referral_access_log(referral: Referral, *, before: int | None = None) -> QuerySet[AuditEvent]:
    events = (
        AuditEvent.objects.filter(
            Q(referral=referral)
            | _denied("referrals.referral", [referral.reference])
            | listed("referrals", [referral.pk])
        )
        .select_related("agency")
        .order_by("-id")
    )
    if before is not None:
        events = events.filter(id__lt=before)
    return events
