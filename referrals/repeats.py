"""Repeat children (DESIGN.md §3, §4): each child's count of referrals in the rule's windows.

A child is a repeat child on a referral when, counting by incident date, they have
`repeat_short_count` referrals in the `repeat_short_days` ending at that referral's incident
(this one included), or `repeat_long_count` in `repeat_long_days` (the risk model's rule).
Counting by incident date, never by when a row arrived, puts the flag on the third referral
by incident date whatever order a backlog was imported in.

Two counts are kept on each child's `ReferralSubject`: *confirmed* (the referrals of this
person record, with confirmed duplicates merged into it) and *probable* (also those of the
people a probable match, not yet decided, links it to). The actions that change who is who
(intake, confirming or rejecting a match) call `refresh_repeat_counts` for the people they
touched, in one set-based statement, so the priority score, the flags and the dashboard read
the counts instead of grouping a year of subjects.
"""

from collections.abc import Iterable
from typing import Any

from django.db import connection

from referrals.hooks import current_repeat_rule
from referrals.models import ReferralSubject

# A probable match not yet decided links the child's record and the candidate's (or the record
# the candidate has since been merged into). `{touching}` limits the links to those that touch
# a set of people ("" for every link: the dashboard's repeat children read them all once).
PENDING_LINKS = """
    SELECT s.person_id AS a, COALESCE(c.merged_into_id, m.candidate_id) AS b
    FROM referrals_personmatch m
    JOIN referrals_referralsubject s ON s.id = m.subject_id
    JOIN referrals_person c ON c.id = m.candidate_id
    WHERE m.status = 'suggested' AND m.probable {touching}
"""
# A recount of everyone, 25,000 people at a time, reads every link once for each batch: an OR
# over the three columns, which no index serves, hashed.
_TOUCHING = (
    "AND (s.person_id IN (SELECT id FROM {s}) OR m.candidate_id IN (SELECT id FROM {s}) "
    "OR c.merged_into_id IN (SELECT id FROM {s}))"
)
# A few people (an intake, an import's batch, a decision on matches) have each person's links
# looked up by index: as the child (its subjects' matches, `match_pending_probable_idx`), as the
# candidate, and as the record a candidate was merged into (`match_pending_candidate_idx`). So
# the statement reads the links of its people, not every undecided match in the hub, which an
# import adds to with every batch (the OR above read them all: 0.46 s a batch beside 50,000 of
# them, bench/README.md). OFFSET 0 keeps the subquery a lookup per person: flattened into a
# join, the planner may hash-join every undecided match instead, as it did when its statistics
# predated the matches an import had just made.
_LINKS_OF = """
    SELECT l.a, l.b FROM {s} t CROSS JOIN LATERAL (
        SELECT s.person_id AS a, COALESCE(c.merged_into_id, m.candidate_id) AS b
        FROM referrals_referralsubject s
        JOIN referrals_personmatch m
          ON m.subject_id = s.id AND m.status = 'suggested' AND m.probable
        JOIN referrals_person c ON c.id = m.candidate_id
        WHERE s.person_id = t.id
        UNION ALL
        SELECT s.person_id, COALESCE(c.merged_into_id, m.candidate_id)
        FROM referrals_personmatch m
        JOIN referrals_referralsubject s ON s.id = m.subject_id
        JOIN referrals_person c ON c.id = m.candidate_id
        WHERE m.candidate_id = t.id AND m.status = 'suggested' AND m.probable
        UNION ALL
        SELECT s.person_id, c.merged_into_id
        FROM referrals_person c
        JOIN referrals_personmatch m
          ON m.candidate_id = c.id AND m.status = 'suggested' AND m.probable
        JOIN referrals_referralsubject s ON s.id = m.subject_id
        WHERE c.merged_into_id = t.id
        OFFSET 0
    ) l
"""


def _recount_of(links_of: str) -> str:
    """The recount of some people and their neighbours (whose probable counts include theirs);
    each of those counts its own neighbours' referrals, so the links are read to two steps.
    (The SQL is built from this module's fixed fragments only; every value is a parameter.)"""
    return f"""
WITH given AS (SELECT unnest(%(ids)s::bigint[]) AS id),
near AS ({links_of.format(s="given")}),
affected AS (
    SELECT id FROM given UNION SELECT a FROM near UNION SELECT b FROM near
),
links AS ({links_of.format(s="affected")}),
"""  # noqa: S608 # nosec B608


# A recount of everyone goes through the people in batches of ids: as one statement, the
# self-join of every child's referrals was sorted for all of them at once, which at 1.5 million
# people spilled over 30 GB of temporary files and ran for over 18 minutes; in batches of 25,000
# the same recount of 300,000 people takes about 6 seconds, each batch a few index lookups.
ALL_BATCH = 25_000
_COUNT = """
pairs AS (
    SELECT a, b FROM links WHERE a <> b
    UNION SELECT b, a FROM links WHERE a <> b
),
relevant AS (SELECT id FROM affected UNION SELECT b FROM pairs),
-- Whose referrals count for whom: each person's own, and those of the people linked to them.
-- Spelt as rows rather than an OR in the join, so the planner can hash-join: with the OR, a
-- recount of every child compared each child with every other (hours at 450,000 children).
reach AS (SELECT id AS a, id AS b FROM relevant UNION SELECT a, b FROM pairs),
children AS (
    SELECT s.id, s.person_id, s.referral_id, r.incident_at
    FROM referrals_referralsubject s JOIN referrals_referral r ON r.id = s.referral_id
    WHERE s.role = 'child' AND r.status <> 'merged' AND s.person_id IN (SELECT id FROM relevant)
),
counted AS (
    SELECT x.id,
        COUNT(DISTINCT o.referral_id) FILTER (WHERE o.person_id = x.person_id
            AND o.incident_at > x.incident_at - %(short)s * interval '1 day') AS repeat_short,
        COUNT(DISTINCT o.referral_id) FILTER (WHERE o.person_id = x.person_id)
            AS repeat_long,
        COUNT(DISTINCT o.referral_id) FILTER (
            WHERE o.incident_at > x.incident_at - %(short)s * interval '1 day')
            AS probable_short,
        COUNT(DISTINCT o.referral_id) AS probable_long
    FROM children x
    JOIN reach r ON r.a = x.person_id
    JOIN children o
      ON o.person_id = r.b
     -- Up to this incident; at the very same time, those that arrived first (a duplicate
     -- report of one incident makes the later one a repeat, never both).
     AND (o.incident_at < x.incident_at
          OR (o.incident_at = x.incident_at AND o.referral_id <= x.referral_id))
     AND o.incident_at > x.incident_at - %(long)s * interval '1 day'
    WHERE x.person_id IN (SELECT id FROM affected)
    GROUP BY x.id
)
UPDATE referrals_referralsubject s
SET repeat_short = c.repeat_short, repeat_long = c.repeat_long,
    probable_short = c.probable_short, probable_long = c.probable_long
FROM counted c
WHERE s.id = c.id
  AND (s.repeat_short, s.repeat_long, s.probable_short, s.probable_long)
      IS DISTINCT FROM (c.repeat_short, c.repeat_long, c.probable_short, c.probable_long)
RETURNING s.referral_id
"""
_SOME = _recount_of(_LINKS_OF) + _COUNT
_EVERYONE = _recount_of(PENDING_LINKS.format(touching=_TOUCHING)) + _COUNT


def refresh_repeat_counts(person_ids: Iterable[int] | None = None) -> set[int]:
    """Recount the children of these people and of the people probable matches link them to
    (all children when None). Returns the referrals whose counts changed."""
    policy = current_repeat_rule()
    params: dict[str, Any] = {
        "short": policy.repeat_short_days,
        "long": policy.repeat_long_days,
    }
    if person_ids is None:
        return recount_everyone(params)
    params["ids"] = sorted(set(person_ids))
    if not params["ids"]:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(_SOME, params)
        return {row[0] for row in cursor.fetchall()}


def recount_everyone(params: dict[str, Any], using: Any = None) -> set[int]:
    """Every child's counts under the windows in `params` (`short`, `long` days), a batch of
    people at a time; `using` is the connection (a migration passes its own)."""
    changed: set[int] = set()
    with (using or connection).cursor() as cursor:
        cursor.execute("SELECT min(id), max(id) FROM referrals_person")
        low, high = cursor.fetchone()
        if low is None:
            return changed
        for start in range(low, high + 1, ALL_BATCH):
            cursor.execute(
                "SELECT coalesce(array_agg(id), '{}') FROM referrals_person"
                " WHERE id >= %s AND id < %s",
                [start, start + ALL_BATCH],
            )
            (ids,) = cursor.fetchone()
            if ids:
                cursor.execute(_EVERYONE, {**params, "ids": ids})
                changed.update(row[0] for row in cursor.fetchall())
    return changed


def repeat_state(subject: "ReferralSubject", policy: Any) -> str:
    """'confirmed', 'probable' or '' for a child's subject under the risk model's rule."""
    if (
        subject.repeat_short >= policy.repeat_short_count
        or subject.repeat_long >= policy.repeat_long_count
    ):
        return "confirmed"
    if (
        subject.probable_short >= policy.repeat_short_count
        or subject.probable_long >= policy.repeat_long_count
    ):
        return "probable"
    return ""
