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

from typing import Any

from django.db import connection

from referrals.models import MatchThresholds, Person, PersonMatch, ReferralSubject
from vhub import prepared

# How names compare, in the words the match panel uses (pg_trgm similarity, 0 to 1).
VERY_ALIKE = 0.6  # "Lily Smith" and "Lilly Smith" (0.77); not "Lily Smith" and "Lucy Smith" (0.47)
SAME_NAME = 0.999
MAX_CANDIDATES = 5


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


Candidate = tuple[Person, float, str, bool]  # (person, name similarity, reason, probable)

# Each probe's candidates in one statement, whatever the number of probes: those with the same
# date of birth and names alike (the best MAX_CANDIDATES), and those at the same postcode with
# an address alike (the best MAX_CANDIDATES * 4 by name, kept in Python only when the names are
# very alike). `hidden`: people a probe must not be matched with, by the probe's row (a person
# hidden at row k is not a candidate for the probes of rows up to k: the people of the same and
# later referrals of an import batch, who did not exist yet when a row at a time was imported).
_CANDIDATES_SQL = """
WITH probe AS (
    SELECT * FROM unnest(%(ids)s::bigint[], %(rows)s::int[], %(names)s::text[],
                         %(births)s::date[], %(addresses)s::text[], %(postcodes)s::text[])
        AS t(id, row, name, birth, address, postcode)
),
hidden AS (SELECT * FROM unnest(%(hidden_ids)s::bigint[], %(hidden_rows)s::int[]) AS h(id, row)),
found AS (
    SELECT pr.id AS probe, 0 AS branch, c.*
    FROM probe pr CROSS JOIN LATERAL (
        SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.address, p.postcode,
            similarity(lower(p.first_name) || ' ' || lower(p.last_name), pr.name) AS name_sim,
            CASE WHEN pr.address <> '' THEN similarity(lower(p.address), pr.address) END
                AS address_sim
        FROM referrals_person p
        WHERE pr.birth IS NOT NULL AND p.date_of_birth = pr.birth
          AND p.merged_into_id IS NULL AND p.id <> pr.id
          AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.id = p.id AND h.row >= pr.row)
          AND similarity(lower(p.first_name) || ' ' || lower(p.last_name), pr.name)
              >= %(alike)s
        ORDER BY name_sim DESC
        LIMIT %(limit)s
    ) c
    UNION ALL
    SELECT pr.id AS probe, 1 AS branch, c.*
    FROM probe pr CROSS JOIN LATERAL (
        SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.address, p.postcode,
            similarity(lower(p.first_name) || ' ' || lower(p.last_name), pr.name) AS name_sim,
            similarity(lower(p.address), pr.address) AS address_sim
        FROM referrals_person p
        WHERE pr.address <> '' AND p.postcode = pr.postcode
          AND p.merged_into_id IS NULL AND p.id <> pr.id
          AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.id = p.id AND h.row >= pr.row)
          AND similarity(lower(p.address), pr.address) >= %(address)s
        ORDER BY name_sim DESC
        LIMIT %(address_limit)s
    ) c
)
SELECT probe, branch, id, first_name, last_name, date_of_birth, address, postcode, name_sim,
    address_sim
FROM found ORDER BY probe, branch, name_sim DESC
"""


def find_candidates(
    person: Person,
    *,
    exclude: set[int] | None = None,
    thresholds: MatchThresholds | None = None,
) -> list[Candidate]:
    """Known people who may be `person`, most similar first, each with the reason in words and
    whether the match is probable. People in `exclude` (those already on the same referral,
    such as a twin) are never suggested.

    Same date of birth and names alike; or the same address and names very alike. The address
    alone is never enough."""
    hidden = dict.fromkeys(exclude or set(), 0)
    return find_candidates_many([(person, 0)], hidden=hidden, thresholds=thresholds)[person.pk]


def find_candidates_many(
    people: list[tuple[Person, int]],
    *,
    hidden: dict[int, int],
    thresholds: MatchThresholds | None = None,
) -> dict[int, list[Candidate]]:
    """`find_candidates` for several people in one query: person id -> candidates. Each person
    comes with a row number; a person in `hidden` (id -> row) is never a candidate for the
    people of that row or an earlier one."""
    limits = thresholds or MatchThresholds.current()
    if not people:
        return {}

    def address_of(person: Person) -> str:
        # Matching by address needs both the postcode and the address.
        return person.address.lower() if person.postcode and person.address else ""

    params: dict[str, Any] = {
        "ids": [p.pk for p, _ in people],
        "rows": [row for _, row in people],
        "names": [f"{p.first_name} {p.last_name}".lower() for p, _ in people],
        "births": [p.date_of_birth for p, _ in people],
        "addresses": [address_of(p) for p, _ in people],
        "postcodes": [p.postcode for p, _ in people],
        "hidden_ids": list(hidden),
        "hidden_rows": list(hidden.values()),
        "alike": limits.name_similarity,
        "address": limits.address_similarity,
        "limit": MAX_CANDIDATES,
        "address_limit": MAX_CANDIDATES * 4,
    }
    rows: dict[int, list[tuple]] = {}
    with connection.cursor() as cursor:
        cursor.execute(_CANDIDATES_SQL, params)
        for row in cursor.fetchall():
            rows.setdefault(row[0], []).append(row[1:])
    return {
        person.pk: _ranked(person, bool(address_of(person)), rows.get(person.pk, []), limits)
        for person, _ in people
    }


def _ranked(
    person: Person,
    has_address: bool,
    rows: list[tuple],
    limits: MatchThresholds,
) -> list[Candidate]:
    def same_address(p: Person) -> bool:
        return (
            has_address
            and p.postcode == person.postcode
            # Similarities are attributes the candidates query attaches to each person.
            and (p.address_similarity or 0) >= limits.address_similarity  # type: ignore[attr-defined]
        )

    def probable(p: Person) -> bool:
        same_birth = bool(person.date_of_birth) and p.date_of_birth == person.date_of_birth
        return same_birth and (
            # Similarities are attributes the candidates query attaches to each person.
            p.name_similarity >= limits.probable_name_similarity  # type: ignore[attr-defined]
            or (
                same_address(p)
                # Similarities are attributes the candidates query attaches to each person.
                and (p.address_similarity or 0) >= limits.probable_address_similarity  # type: ignore[attr-defined]
            )
        )

    found: dict[int, Person] = {}
    for branch, pk, first, last, born, address, postcode, name_sim, address_sim in rows:
        if pk in found or (branch == 1 and name_sim < VERY_ALIKE):
            continue
        p = Person(
            pk=pk,
            first_name=first,
            last_name=last,
            date_of_birth=born,
            address=address,
            postcode=postcode,
        )
        # Similarities ride on each candidate as plain attributes, not model fields.
        p.name_similarity, p.address_similarity = name_sim, address_sim  # type: ignore[attr-defined]
        found[pk] = p
    # As above.
    ranked = sorted(found.values(), key=lambda p: -p.name_similarity)[:MAX_CANDIDATES]  # type: ignore[attr-defined]
    return [
        (
            p,
            # As above.
            p.name_similarity,  # type: ignore[attr-defined]
            match_reason(
                same_birth=bool(person.date_of_birth) and p.date_of_birth == person.date_of_birth,
                same_address=same_address(p),
                # As above.
                similarity=p.name_similarity,  # type: ignore[attr-defined]
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
    return suggest_matches_many(
        [(subject, 0)], hidden=dict.fromkeys(on_referral, 0), thresholds=thresholds
    )


def suggest_matches_many(
    subjects: list[tuple[ReferralSubject, int]],
    *,
    hidden: dict[int, int],
    thresholds: MatchThresholds | None = None,
) -> list[PersonMatch]:
    """`suggest_matches` for several new subjects (an import's batch), each with its row: one
    query for the candidates of all of them, one insert. `hidden` as `find_candidates_many`."""
    found = find_candidates_many(
        [(s.person, row) for s, row in subjects], hidden=hidden, thresholds=thresholds
    )
    return prepared.insert(
        [
            PersonMatch(
                subject=subject,
                candidate=p,
                similarity=round(sim, 3),
                reason=reason,
                probable=probable,
            )
            for subject, _ in subjects
            for p, sim, reason, probable in found[subject.person.pk]
        ],
        ignore_conflicts=True,
    )
