"""Search before create: is the child in a new referral someone the hub already knows?

A known person is a candidate when they have the same date of birth and a similar name
(PostgreSQL pg_trgm trigram similarity), or when they live at the same address and something
more says they are the same child (find_candidates). Candidates are suggested to a
practitioner with the reason in words, who confirms or rejects each; nothing is linked
automatically.
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q, Value
from django.db.models.functions import Concat, Lower

from referrals.models import Person, PersonMatch, ReferralSubject

NAME_SIMILARITY = 0.3  # pg_trgm's own default threshold; date of birth must match as well
VERY_ALIKE = 0.6  # "Lily Smith" and "Lilly Smith" (0.77); not "Lily Smith" and "Lucy Smith" (0.47)
SAME_NAME = 0.999
ADDRESS_SIMILARITY = 0.6
MAX_CANDIDATES = 5


def _full_name():  # type: ignore[no-untyped-def]
    return Concat(Lower("first_name"), Value(" "), Lower("last_name"))


def names_in_words(similarity: float) -> str:
    if similarity >= SAME_NAME:
        return "the same name"
    if similarity >= VERY_ALIKE:
        return "names very alike"
    if similarity >= NAME_SIMILARITY:
        return "names alike"
    return "names not alike"


def match_reason(*, same_birth: bool, same_address: bool, similarity: float) -> str:
    """Why a known person may be this child, in the words the match panel shows."""
    parts = [
        *(["same date of birth"] if same_birth else []),
        *(["same address"] if same_address else []),
        names_in_words(similarity),
    ]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def find_candidates(
    person: Person, *, exclude: set[int] | None = None
) -> list[tuple[Person, float, str]]:
    """Known people who may be `person`, most similar first, each with the reason. People in
    `exclude` (those already on the same referral, such as a twin) are never suggested.

    Same date of birth and names alike; or the same address and names very alike (a date of
    birth mistyped or not known). The address alone is never enough: a brother or sister in
    the same household, sharing a surname, is a different child."""
    name = f"{person.first_name} {person.last_name}".lower()
    known = (
        Person.objects.filter(merged_into__isnull=True)
        .exclude(pk__in={person.pk, *(exclude or set())})
        .annotate(name_similarity=TrigramSimilarity(_full_name(), name))
    )
    found: dict[int, tuple[Person, float, bool]] = {}
    if person.date_of_birth:
        for p in known.filter(
            date_of_birth=person.date_of_birth, name_similarity__gte=NAME_SIMILARITY
        ).order_by("-name_similarity")[:MAX_CANDIDATES]:
            found[p.pk] = (p, p.name_similarity, False)
    if person.postcode and person.address:
        same_address = (
            known.filter(postcode=person.postcode)
            .annotate(
                address_similarity=TrigramSimilarity(Lower("address"), person.address.lower())
            )
            .filter(Q(address_similarity__gte=ADDRESS_SIMILARITY))
            .order_by("-name_similarity")[: MAX_CANDIDATES * 4]
        )
        for p in same_address:
            if p.pk in found:
                found[p.pk] = (p, p.name_similarity, True)
                continue
            if p.name_similarity >= VERY_ALIKE:
                found[p.pk] = (p, p.name_similarity, True)
    ranked = sorted(found.values(), key=lambda c: -c[1])[:MAX_CANDIDATES]
    return [
        (
            p,
            sim,
            match_reason(
                same_birth=bool(person.date_of_birth) and p.date_of_birth == person.date_of_birth,
                same_address=at_address,
                similarity=sim,
            ),
        )
        for p, sim, at_address in ranked
    ]


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
