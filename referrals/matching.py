"""Search before create: is the child in a new referral someone the hub already knows?

A known person is a candidate when they have the same date of birth and a similar name
(PostgreSQL pg_trgm trigram similarity), or when they live at the same address. Candidates are
suggested to a practitioner, who confirms or rejects each; nothing is linked automatically.
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q, Value
from django.db.models.functions import Concat, Lower

from referrals.models import Person, PersonMatch, ReferralSubject

NAME_SIMILARITY = 0.3  # pg_trgm's own default threshold; date of birth must match as well
ADDRESS_SIMILARITY = 0.6
MAX_CANDIDATES = 5


def _full_name():  # type: ignore[no-untyped-def]
    return Concat(Lower("first_name"), Value(" "), Lower("last_name"))


def find_candidates(
    person: Person, *, exclude: set[int] | None = None
) -> list[tuple[Person, float, str]]:
    """Known people who may be `person`, most similar first, each with the reason. People in
    `exclude` (those already on the same referral, such as a twin) are never suggested."""
    name = f"{person.first_name} {person.last_name}".lower()
    known = (
        Person.objects.filter(merged_into__isnull=True)
        .exclude(pk__in={person.pk, *(exclude or set())})
        .annotate(name_similarity=TrigramSimilarity(_full_name(), name))
    )
    found: dict[int, tuple[Person, float, str]] = {}
    if person.date_of_birth:
        for p in known.filter(
            date_of_birth=person.date_of_birth, name_similarity__gte=NAME_SIMILARITY
        ).order_by("-name_similarity")[:MAX_CANDIDATES]:
            found[p.pk] = (p, p.name_similarity, "same date of birth and a similar name")
    if person.postcode and person.address:
        same_address = (
            known.filter(postcode=person.postcode)
            .annotate(
                address_similarity=TrigramSimilarity(Lower("address"), person.address.lower())
            )
            .filter(Q(address_similarity__gte=ADDRESS_SIMILARITY))
            .order_by("-name_similarity")[:MAX_CANDIDATES]
        )
        for p in same_address:
            if p.pk not in found:
                found[p.pk] = (p, p.name_similarity, "same address")
    return sorted(found.values(), key=lambda c: -c[1])[:MAX_CANDIDATES]


def suggest_matches(
    subject: ReferralSubject, *, on_referral: set[int] | None = None
) -> list[PersonMatch]:
    """Record the candidates for a new subject (inside the intake transaction). `on_referral`:
    the people on the subject's referral, when the caller already knows them."""
    if on_referral is None:
        on_referral = set(
            ReferralSubject.objects.filter(referral_id=subject.referral_id).values_list(
                "person_id", flat=True
            )
        )
    return PersonMatch.objects.bulk_create(
        [
            PersonMatch(subject=subject, candidate=p, similarity=round(sim, 3), reason=reason)
            for p, sim, reason in find_candidates(subject.person, exclude=on_referral)
        ],
        ignore_conflicts=True,
    )
