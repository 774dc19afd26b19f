"""A partner's search: the children in the shares their agency may open, as the shares gave
them. It reads the share's snapshot, never the hub's records, so a field the practitioner
withheld from the pack (an address, a school) can neither be shown nor matched; and it covers
exactly the shares of the inbox (partners.access.shares_visible_to), withdrawn ones excluded.

An agency holds thousands of shares at most, so the snapshot's children are compared in turn
(pg_trgm similarity), in one query."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection

from accounts.models import User
from partners.access import shares_visible_to
from referrals.search import SearchTerms, compact_postcode

MAX_CHILDREN = 50
# pg_trgm similarity (0 to 1) from which a typed word matches a word of the child's name: the
# hub's search uses the same (pg_trgm's default threshold): "smyth" and "smith" are 0.33,
# "lilly" and "lily" 0.57.
NAME_ALIKE = 0.3
# Word similarity from which a typed address or school matches the snapshot's.
WORD_ALIKE = 0.5


@dataclass
class SharedAppearance:
    share_id: int
    referral_id: int
    reference: str
    shared_at: datetime
    school: str


@dataclass
class SharedChild:
    name: str
    date_of_birth: str  # as the share wrote it ("27 March 2019")
    address: str
    score: float
    shares: list[SharedAppearance] = field(default_factory=list)


def partner_search(*, user: User, terms: SearchTerms) -> list[SharedChild]:
    """The children of the user's agency's shares matching every term, best first, each with
    the shares that name them (newest first)."""
    if not user.is_partner or terms.empty or (terms.name and not terms.words):
        return []
    visible_sql, visible_params = shares_visible_to(user).values("id").query.sql_with_params()
    where, score, params = [], ["0"], list(visible_params)
    # Each typed word against each word of the name, as the hub's search compares it with the
    # first and the last name.
    name_words = "unnest(string_to_array(lower(c.value->>'name'), ' ')) AS n(part)"
    for word in terms.words:
        where.append(f"EXISTS (SELECT 1 FROM {name_words} WHERE similarity(n.part, %s) >= %s)")  # noqa: S608 # nosec B608
        params += [word, NAME_ALIKE]
        score.append(f"(SELECT max(similarity(n.part, %s)) FROM {name_words})")  # noqa: S608 # nosec B608
    if terms.date_of_birth:
        where.append("c.value->>'date_of_birth' = %s")
        params.append(f"{terms.date_of_birth:%-d %B %Y}")
    if terms.postcode:
        where.append("strpos(upper(replace(c.value->>'address', ' ', '')), %s) > 0")
        params.append(compact_postcode(terms.postcode))
    if terms.address:
        where.append("word_similarity(%s, lower(c.value->>'address')) >= %s")
        params += [terms.address.lower(), WORD_ALIKE]
    if terms.reference:
        where.append(
            "(upper(s.snapshot->>'reference') = %s"
            " OR upper(s.snapshot->>'incident_reference') = %s)"
        )
        params += [terms.reference.upper()] * 2
    if terms.school:
        where.append("word_similarity(%s, lower(c.value->>'school')) >= %s")
        params += [terms.school.lower(), WORD_ALIKE]
    # The score's parameters come first in the statement: put the words there again.
    score_params = list(terms.words)
    sql = (
        "SELECT s.id, s.referral_id, s.snapshot->>'reference', s.created_at,"  # noqa: S608
        " coalesce(c.value->>'name', ''), coalesce(c.value->>'date_of_birth', ''),"
        " coalesce(c.value->>'address', ''), coalesce(c.value->>'school', ''), "
        + " + ".join(score)
        + " AS score FROM partners_share s"
        " CROSS JOIN LATERAL jsonb_array_elements(s.snapshot->'children') c"
        f" WHERE s.id IN ({visible_sql})"
        + "".join(f" AND {clause}" for clause in where)
        + " ORDER BY score DESC, s.created_at DESC, s.id"
    )
    # Built from the fixed fragments above and the inbox's own query; every value typed is a
    # parameter.
    with connection.cursor() as cursor:
        cursor.execute(sql, [*score_params, *params])
        rows = cursor.fetchall()
    children: dict[tuple[str, str], SharedChild] = {}
    for share_id, referral_id, reference, shared_at, name, born, address, school, s in rows:
        key = (name.lower(), born)
        if key not in children:
            if len(children) == MAX_CHILDREN:
                continue
            children[key] = SharedChild(name, born, address, float(s))
        children[key].shares.append(
            SharedAppearance(share_id, referral_id, reference, shared_at, school)
        )
    return list(children.values())
