"""Search across every person and referral a user may see, open and closed (DESIGN.md §3).

Names match by trigram similarity (pg_trgm), word by word: the last word against the last name
and the others against the first name ("Smith, Lily" the other way round), a single word
against either, so "Lilly Smyth" finds Lily Smith and a surname alone finds everyone of that
name. Where the server has fuzzystrmatch (referrals migration 0026), a word also matches a name
that sounds the same (Double Metaphone: "Kathryn" finds Catherine, whose spellings share almost
no trigrams). A word is compared with the distinct names (PersonName, a few thousand rows
kept by a trigger on Person), not with every person: the people bearing the names that matched
are then found by B-tree, both names at once when both are typed, so a misspelt name with a
common surname reads the few hundred people it finds, not the 8,700 who share the surname
(bench/README.md).
Date of birth, postcode, address, the referral's reference (or the incident's) and the child's
school narrow the search; every term given must match. Results are people, each with the
referrals they appear in that the user may see: all of them for VHub staff, the officer's own
for an officer.

Two queries whatever the number of results: the people (ranked), then their referrals.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import connection

from accounts.models import User
from referrals.models import Person, ReferralSubject

MAX_PEOPLE = 50  # the page shows the best 50; a narrower search finds the rest
MAX_WORDS = 4  # words of a name compared (a longer name adds nothing but cost)
_PHONETIC: dict[str, bool] = {}  # database name -> whether fuzzystrmatch is installed


@dataclass(frozen=True)
class SearchTerms:
    name: str = ""
    date_of_birth: date | None = None
    address: str = ""
    postcode: str = ""
    reference: str = ""
    school: str = ""

    @property
    def empty(self) -> bool:
        return not any(self.as_details().values())

    def as_details(self) -> dict[str, str]:
        """The terms as the audit event records them (what was searched for, not what was
        found)."""
        values = {
            "name": self.name,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else "",
            "address": self.address,
            "postcode": self.postcode,
            "reference": self.reference,
            "school": self.school,
        }
        return {key: value for key, value in values.items() if value}

    @property
    def words(self) -> list[str]:
        return [w for w in self.name.lower().replace(",", " ").split() if len(w) > 1][:MAX_WORDS]

    def name_parts(self) -> list[tuple[str, str]]:
        """Each word of the name with the name it is compared with: 'first', 'last' or
        'either'. People type "Lily Smith" (the last word is the last name, the others the
        first name) or "Smith, Lily"; a single word may be either."""
        words = self.words
        if not words:
            return []
        if len(words) == 1:
            return [(words[0], "either")]
        if "," in self.name:
            last, _, first = self.name.lower().partition(",")
            return [(w, "last") for w in last.split() if len(w) > 1][:MAX_WORDS] + [
                (w, "first") for w in first.replace(",", " ").split() if len(w) > 1
            ][:MAX_WORDS]
        return [(w, "first") for w in words[:-1]] + [(words[-1], "last")]


# The fields of an appearance a result shows, as ReferralSubject.objects.only() names them.
SHOWN = (
    "referral_id",
    "person_id",
    "role",
    "school",
    "person__first_name",
    "person__last_name",
    "person__date_of_birth",
    "person__address",
    "person__postcode",
    "referral__reference",
    "referral__status",
    "referral__incident_at",
    "referral__incident_type__label",
)


@dataclass
class PersonResult:
    person: Person
    score: float
    appearances: list[ReferralSubject] = field(default_factory=list)


def phonetic_available() -> bool:
    """Whether this database has fuzzystrmatch (asked once per process and database)."""
    name = str(connection.settings_dict["NAME"])
    if name not in _PHONETIC:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'fuzzystrmatch'")
            _PHONETIC[name] = cursor.fetchone() is not None
    return _PHONETIC[name]


def repair_person_names() -> tuple[int, int]:
    """Make the names table exactly the names people bear: add those missing, remove those
    nobody bears. The trigger on Person keeps it; this is for people written with triggers off
    (the benchmark's bulk load) and, nightly, for the rare race the trigger leaves (a name
    removed as its last bearer is erased while another transaction adds a new bearer). Safe
    while people are being written: it locks no name that is already right."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO referrals_personname (kind, name)"
            " SELECT DISTINCT 'first', lower(first_name) FROM referrals_person"
            " WHERE merged_into_id IS NULL"
            " UNION SELECT DISTINCT 'last', lower(last_name) FROM referrals_person"
            " WHERE merged_into_id IS NULL"
            " ON CONFLICT (kind, name) DO NOTHING"
        )
        added = cursor.rowcount
        cursor.execute(
            "DELETE FROM referrals_personname n WHERE NOT EXISTS ("
            " SELECT 1 FROM referrals_person p WHERE p.merged_into_id IS NULL AND"
            " CASE n.kind WHEN 'first' THEN lower(p.first_name) ELSE lower(p.last_name) END"
            " = n.name)"
        )
        return added, cursor.rowcount


def search_scope(user: User) -> str:
    """Whose referrals a person's search covers: 'all' (VHub staff), 'own' (an officer: the
    referrals they sent), or 'none'."""
    if user.is_vhub_case_reader:
        return "all"
    if user.has_role("officer"):
        return "own"
    return "none"


def compact_postcode(text: str) -> str:
    return "".join(text.split()).upper()


def _name_sql(
    i: int, compared: str, phonetic: bool, names: dict[str, str] | None = None
) -> tuple[str, list[str], list[str], str]:
    """Word i of the name: the names that match it (a CTE over PersonName), the condition a
    person meets (their name is one of them: B-tree lookups), the joins that bring each
    matching name's similarity, and the word's part of the score.

    The score is the one the trigram comparison of every person gave: the similarity of the
    compared name, the better of the two for a single word. For a single word, the name that
    did not match is compared only when the other matched by sound alone: one that matched by
    trigram is at least pg_trgm's threshold, which the name that did not match is below.

    `names` are the expressions compared, the person's lower-cased names unless a distinct
    name pair's are given (the score depends on the two names only)."""
    column = names or {k: f"lower(p.{k}_name)" for k in ("first", "last")}
    kinds = ["first", "last"] if compared == "either" else [compared]
    match = f"n.name %% %(w{i})s"
    if phonetic:
        match += f" OR dmetaphone(n.name) = dmetaphone(%(w{i})s)"
    listed = ", ".join(f"'{k}'" for k in kinds)
    cte = (
        f"n{i} AS MATERIALIZED (SELECT n.kind, n.name, similarity(n.name, %(w{i})s) AS sim,"  # noqa: S608 # nosec B608 (fixed fragments)
        f" n.name %% %(w{i})s AS alike FROM referrals_personname n"
        f" WHERE n.kind IN ({listed}) AND ({match}))"
    )
    on = [f"ON {k[0]}{i}.kind = '{k}' AND {k[0]}{i}.name = {column[k]}" for k in kinds]
    if compared != "either":
        # A join, not a condition: PostgreSQL then estimates the people a name has from the
        # index's statistics and plans the rest (a school, an officer's referrals) for those.
        return cte, [f"JOIN n{i} {kinds[0][0]}{i} {on[0]}"], [], f"{compared[0]}{i}.sim"
    arms = [
        f"lower(p.{k}_name) = ANY(ARRAY(SELECT name FROM n{i} WHERE kind = '{k}'))"  # noqa: S608 # nosec B608
        for k in kinds
    ]
    joins = [f"LEFT JOIN n{i} {k[0]}{i} {clause}" for k, clause in zip(kinds, on, strict=True)]
    score = (
        f"GREATEST(COALESCE(f{i}.sim, CASE WHEN l{i}.alike THEN 0"
        f" ELSE similarity({column['first']}, %(w{i})s) END),"
        f" COALESCE(l{i}.sim, CASE WHEN f{i}.alike THEN 0"
        f" ELSE similarity({column['last']}, %(w{i})s) END))"
    )
    return cte, joins, arms, score


def _people_sql(terms: SearchTerms, scope: str, user: User) -> tuple[str, dict[str, Any]]:
    where = ["p.merged_into_id IS NULL"]
    score = ["0"]
    ctes: list[str] = []
    joins: list[str] = []
    params: dict[str, Any] = {"limit": MAX_PEOPLE}
    phonetic = phonetic_available()
    for i, (word, compared) in enumerate(terms.name_parts()):
        params[f"w{i}"] = word
        cte, word_joins, arms, word_score = _name_sql(i, compared, phonetic)
        ctes.append(cte)
        joins += word_joins
        if arms:
            where.append("(" + " OR ".join(arms) + ")")
        score.append(word_score)
    if terms.date_of_birth:
        where.append("p.date_of_birth = %(dob)s")
        params["dob"] = terms.date_of_birth
    if terms.postcode:
        where.append("upper(replace(p.postcode, ' ', '')) = %(postcode)s")
        params["postcode"] = compact_postcode(terms.postcode)
    if terms.address:
        where.append("lower(p.address) %% %(address)s")
        score.append("similarity(lower(p.address), %(address)s)")
        params["address"] = terms.address.lower()
    # Terms about the referral (its reference, the child's school) and the officer's scope are
    # asked of the person's appearances in referrals.
    on_referral = []
    if scope == "own":
        on_referral.append("r.submitted_by_id = %(officer)s")
        params["officer"] = user.pk
    if terms.reference:
        on_referral.append(
            "(r.reference = %(reference)s OR upper(r.incident_reference) = %(reference)s)"
        )
        params["reference"] = terms.reference.strip().upper()
    if terms.school:
        on_referral.append("lower(s.school) %% %(school)s")
        params["school"] = terms.school.lower()
    if on_referral:
        where.append(
            "EXISTS (SELECT 1 FROM referrals_referralsubject s"  # noqa: S608 # nosec B608 (fixed fragments)
            " JOIN referrals_referral r ON r.id = s.referral_id"
            " WHERE s.person_id = p.id AND " + " AND ".join(on_referral) + ")"
        )
    # Built from the fixed fragments above only; every value the user typed is a parameter.
    sql = (
        ("WITH " + ", ".join(ctes) + " " if ctes else "")  # noqa: S608 # nosec B608
        + "SELECT p.id, "
        + " + ".join(score)
        + " AS score FROM referrals_person p "
        + "".join(f"{join} " for join in joins)
        + "WHERE "
        + " AND ".join(where)
        + " ORDER BY score DESC, lower(p.last_name), lower(p.first_name), p.id LIMIT %(limit)s"
    )
    return sql, params


def _pairs_sql(terms: SearchTerms) -> tuple[str, dict[str, Any]]:
    """A search by name alone, ranked per distinct name pair instead of per person: the score
    depends on the first and last names only, so the pairs the names table makes with the
    names that matched are ranked (a set bounded by the distinct names, however many people
    bear them), then each pair's people are read in order of id by B-tree
    (`person_live_last_first_id`) until the page is full. The same people in the same order as
    ranking every person: score, last name, first name, id."""
    pair = {"first": "pr.f", "last": "pr.l"}
    ctes: list[str] = []
    joins: list[str] = []
    score = ["0"]
    params: dict[str, Any] = {"limit": MAX_PEOPLE}
    phonetic = phonetic_available()
    parts = terms.name_parts()
    for i, (word, compared) in enumerate(parts):
        params[f"w{i}"] = word
        cte, word_joins, _, word_score = _name_sql(i, compared, phonetic, pair)
        ctes.append(cte)
        joins += word_joins
        score.append(word_score)
    if parts[0][1] == "either":
        # A single word: its last names with every first name, and its first names with
        # every last name.
        source = (
            "(SELECT a.name, n0.name FROM referrals_personname a JOIN n0 ON n0.kind = 'last'"
            " WHERE a.kind = 'first' UNION SELECT n0.name, a.name FROM referrals_personname a"
            " JOIN n0 ON n0.kind = 'first' WHERE a.kind = 'last') pr(f, l)"
        )
    else:
        # Every word must match its name (the joins); a name no word is compared with (only
        # last names typed, "Smith Jones,") may be any.
        source = (
            "(SELECT a.name, b.name FROM referrals_personname a, referrals_personname b"
            " WHERE a.kind = 'first' AND b.kind = 'last') pr(f, l)"
        )
    ctes.append(
        "pairs AS MATERIALIZED (SELECT pr.f, pr.l, "  # noqa: S608 # nosec B608 (fixed fragments)
        + " + ".join(score)
        + " AS score FROM "
        + source
        + "".join(f" {join}" for join in joins)
        + ")"
    )
    # Built from the fixed fragments above only; every value the user typed is a parameter.
    sql = (
        "WITH "  # noqa: S608 # nosec B608
        + ", ".join(ctes)
        + " SELECT p.id, pr.score FROM (SELECT * FROM pairs ORDER BY score DESC, l, f OFFSET 0) pr"
        " CROSS JOIN LATERAL (SELECT p.id FROM referrals_person p"
        " WHERE lower(p.last_name) = pr.l AND lower(p.first_name) = pr.f"
        " AND p.merged_into_id IS NULL ORDER BY p.id LIMIT %(limit)s) p"
        " ORDER BY pr.score DESC, pr.l, pr.f, p.id LIMIT %(limit)s"
    )
    return sql, params


def search_people(*, user: User, terms: SearchTerms) -> list[PersonResult]:
    """The people matching every term, best first, each with the referrals (newest incident
    first) the user may see them in. Nothing for empty terms or a user with no scope."""
    scope = search_scope(user)
    if scope == "none" or terms.empty or (terms.name and not terms.words):
        return []
    if scope == "all" and set(terms.as_details()) == {"name"}:
        sql, params = _pairs_sql(terms)
    else:
        sql, params = _people_sql(terms, scope, user)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ranked = cursor.fetchall()
    if not ranked:
        return []
    # Only what a result shows (the page and the API): a referral row carries its priority
    # breakdown and free text, fifty people's referrals many times what is shown.
    appearances = (
        ReferralSubject.objects.filter(person_id__in=[pk for pk, _ in ranked])
        .select_related("person", "referral__incident_type")
        .only(*SHOWN)
    )
    if scope == "own":
        appearances = appearances.filter(referral__submitted_by=user)
    results = {pk: PersonResult(person=Person(pk=pk), score=float(s)) for pk, s in ranked}
    for subject in appearances.order_by("-referral__incident_at", "referral_id", "id"):
        result = results[subject.person_id]
        result.person = subject.person
        result.appearances.append(subject)
    # A person on no referral at all (a record kept after its referral's deletion) is not shown.
    return [r for r in results.values() if r.appearances]
