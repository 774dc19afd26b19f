"""Search before create: is the child in a new referral someone the hub already knows?

A known person is a candidate when they have the same date of birth and a similar name
(PostgreSQL pg_trgm trigram similarity), or when they live at the same address and something
more says they are the same child: names very alike (a date of birth mistyped or not known).
The address alone is never enough: a brother or sister in the same household, sharing a
surname, is a different child. Candidates are suggested to a practitioner with the reason in
words, who confirms or rejects each; nothing is linked automatically. A candidate with the same
date of birth and a near-identical name, or the same date of birth and the same address, is
*probable*: it counts towards repeat children until someone decides (referrals/repeats.py). The
thresholds are data (`MatchThresholds`).
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q, Value
from django.db.models.functions import Concat, Lower

from referrals.models import MatchThresholds, Person, PersonMatch, ReferralSubject

# How names compare, in the words the match panel uses (pg_trgm similarity, 0 to 1).
VERY_ALIKE = 0.6  # "Lily Smith" and "Lilly Smith" (0.77); not "Lily Smith" and "Lucy Smith" (0.47)
SAME_NAME = 0.999
MAX_CANDIDATES = 5


def _full_name():  # type: ignore[no-untyped-def]
    return Concat(Lower("first_name"), Value(" "), Lower("last_name"))


def names_in_words(similarity: float, alike: float = 0.3) -> str:
    if similarity >= SAME_NAME:
        return "the same name"
    if similarity >= VERY_ALIKE:
        return "names very alike"
    if similarity >= alike:
        return "names alike"
    return "names not alike"


def match_reason(
    *, same_birth: bool, same_address: bool, similarity: float, alike: float = 0.3
) -> str:
    """Why a known person may be this child, in the words the match panel shows."""
    parts = [
        *(["same date of birth"] if same_birth else []),
        *(["same address"] if same_address else []),
        names_in_words(similarity, alike),
    ]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def find_candidates(
    person: Person,
    *,
    exclude: set[int] | None = None,
    thresholds: MatchThresholds | None = None,
) -> list[tuple[Person, float, str, bool]]:
    """Known people who may be `person`, most similar first, each with the reason in words and
    whether the match is probable. People in `exclude` (those already on the same referral,
    such as a twin) are never suggested.

    Same date of birth and names alike; or the same address and names very alike. The address
    alone is never enough."""
    limits = thresholds or MatchThresholds.current()
    name = f"{person.first_name} {person.last_name}".lower()
    known = (
        Person.objects.filter(merged_into__isnull=True)
        .exclude(pk__in={person.pk, *(exclude or set())})
        .annotate(name_similarity=TrigramSimilarity(_full_name(), name))
    )
    has_address = bool(person.postcode and person.address)
    if has_address:
        known = known.annotate(
            address_similarity=TrigramSimilarity(Lower("address"), person.address.lower())
        )

    def same_address(p: Person) -> bool:
        return (
            has_address
            and p.postcode == person.postcode
            and getattr(p, "address_similarity", 0) >= limits.address_similarity
        )

    def probable(p: Person) -> bool:
        same_birth = bool(person.date_of_birth) and p.date_of_birth == person.date_of_birth
        return same_birth and (
            p.name_similarity >= limits.probable_name_similarity
            or (
                same_address(p)
                and getattr(p, "address_similarity", 0) >= limits.probable_address_similarity
            )
        )

    found: dict[int, Person] = {}
    if person.date_of_birth:
        for p in known.filter(
            date_of_birth=person.date_of_birth, name_similarity__gte=limits.name_similarity
        ).order_by("-name_similarity")[:MAX_CANDIDATES]:
            found[p.pk] = p
    if has_address:
        at_address = (
            known.filter(postcode=person.postcode)
            .filter(Q(address_similarity__gte=limits.address_similarity))
            .order_by("-name_similarity")[: MAX_CANDIDATES * 4]
        )
        for p in at_address:
            if p.pk not in found and p.name_similarity >= VERY_ALIKE:
                found[p.pk] = p
    ranked = sorted(found.values(), key=lambda p: -p.name_similarity)[:MAX_CANDIDATES]
    return [
        (
            p,
            p.name_similarity,
            match_reason(
                same_birth=bool(person.date_of_birth) and p.date_of_birth == person.date_of_birth,
                same_address=same_address(p),
                similarity=p.name_similarity,
                alike=limits.name_similarity,
            ),
            probable(p),
        )
        for p in ranked
    ]


def suggest_matches(
    subject: ReferralSubject,
    *,
    on_referral: set[int] | None = None,
    thresholds: MatchThresholds | None = None,
) -> list[PersonMatch]:
    """Record the candidates for a new subject (inside the intake transaction). `on_referral`:
    the people on the subject's referral, when the caller already knows them; `thresholds`,
    when it has read them (once for all of a referral's children)."""
    if on_referral is None:
        on_referral = set(
            ReferralSubject.objects.filter(referral_id=subject.referral_id).values_list(
                "person_id", flat=True
            )
        )
    return PersonMatch.objects.bulk_create(
        [
            PersonMatch(
                subject=subject,
                candidate=p,
                similarity=round(sim, 3),
                reason=reason,
                probable=probable,
            )
            for p, sim, reason, probable in find_candidates(
                subject.person, exclude=on_referral, thresholds=thresholds
            )
        ],
        ignore_conflicts=True,
    )
