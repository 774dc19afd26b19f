"""Benchmark data at DESIGN.md §10 volume, written with COPY (minutes, not hours).

Scale 1 is 200,000 referrals (50,000 open), 300,000 people, 60,000 shares over 30 agencies,
with assessments, SLA clocks and their escalation ledger, under-grading flags and a valid
hash-chained audit trail. Everything is derived from a seeded random generator, so the same
parameters give the same data; the parameters' fingerprint is stored in the database (table
`bench_data_stamp`) and `make_bench_data` reuses the data while it matches.

The distributions are those of a hub that is behind: open referrals mostly from the last month
with a long tail, a fifth of children seen before, a tenth of open clocks breached.
"""

import hashlib
import json
import os
import random
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

import pgtrigger
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from accounts.models import User
from audit.actions import GENESIS_HASH, compute_hash
from partners.inbox import refresh_inbox_order
from partners.models import Share
from referrals.escalation import count_escalated_levels
from referrals.models import (
    COPY_ALL_REFERRALS_TO_SUBJECTS,
    RECOUNT_ALL_CHILDREN,
    IncidentType,
    SlaPolicyVersion,
)
from referrals.priority import recompute_priorities
from referrals.repeats import refresh_repeat_counts
from referrals.search import repair_person_names
from risk.models import RiskModelVersion
from vhub.clock import now
from vhub.models import Agency, AgencyKind

# Bump when the generator changes, so stale data is rebuilt.
GENERATOR_VERSION = 5
GENERATED_APPS = ("accounts", "audit", "partners", "referrals", "risk")
BENCH_PASSWORD = "VHub-bench-2026!"  # noqa: S105 - benchmark accounts in a benchmark database
USER_PREFIX = "bench."
FULL = {
    "referrals": 200_000,
    "open": 50_000,
    "persons": 300_000,
    "shares": 60_000,
    "agencies": 30,
}
FIRST = [
    "Amelia",
    "Olivia",
    "Isla",
    "Ava",
    "Mia",
    "Noah",
    "Oliver",
    "Leo",
    "George",
    "Harry",
    "Lily",
    "Freya",
    "Jack",
    "Alfie",
    "Theo",
    "Ruby",
    "Evie",
    "Oscar",
    "Archie",
    "Grace",
    "Sophia",
    "Arthur",
    "Muhammad",
    "Henry",
    "Poppy",
    "Willow",
    "Ivy",
    "Charlie",
    "Finley",
    "Rosie",
    "Daisy",
    "Jacob",
    "Thomas",
    "Ella",
    "Florence",
    "Sienna",
    "Harper",
    "Luca",
]
LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
    "Khan",
    "Morgan",
    "Price",
    "Bennett",
    "Griffiths",
    "Powell",
    "Lloyd",
    "Harris",
    "Pritchard",
    "Owen",
    "Baker",
]
DISTRICTS = ["HR1", "HR2", "HR4", "SY1", "SY2", "SY3", "TF1", "TF3", "WR1", "WR5", "DY10", "B97"]
# People's homes. A real full postcode covers about fifteen addresses, some forty people, so the
# number of postcodes grows with the people: a search by address and postcode then reads a
# postcode's forty people at any scale, as it would in a real hub, not a fixed 108 postcodes'
# thousands. The inward code is a digit and two of the letters Royal Mail uses there.
PEOPLE_PER_POSTCODE = 40
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = [
    "Mill Lane",
    "Church Street",
    "Station Road",
    "Victoria Road",
    "Green Lane",
    "Manor Road",
    "Park Avenue",
    "Queens Road",
    "New Street",
    "Grange Road",
    "Kings Road",
    "School Lane",
]
# Surnames beyond the common ones, built from place-name parts (Ashford, Thornley, ...). With the
# common ones first and the name of rank r weighted by 1 / (r + 50) (a flattened Zipf's law, as
# surnames are spread), the commonest is about 0.8 % of people (Smith is about 1 % in England)
# and the rarest about a tenth of that, rather than 35 names shared equally.
SURNAME_HEADS = [
    "Ash", "Brad", "Brom", "Bur", "Car", "Craw", "Dun", "Fair", "Gold", "Hart",
    "Hol", "King", "Lang", "Mar", "Mid", "New", "Nor", "Ox", "Pen", "Rad",
    "Red", "Sal", "Shel", "Stan", "Stock", "Thorn", "War", "Wes", "Whit", "Wind",
]  # fmt: skip
SURNAME_TAILS = [
    "by", "combe", "den", "ford", "field", "gate", "ham", "hurst",
    "ley", "low", "more", "ridge", "ton", "well", "wood", "worth",
]  # fmt: skip
NARRATIVE = (
    "Police attended following a call from a neighbour reporting shouting and banging. "
    "The children were in the house at the time; one was seen on the landing and said that "
    "the arguments happen most weekends. Both adults had been drinking. No injuries seen. "
)
OPEN_SPLIT = (  # of open referrals
    ("submitted", 0.30),
    ("in_triage", 0.40),
    ("awaiting_approval", 0.12),
    ("returned", 0.04),
    ("approved", 0.14),
)
GRADES = (("standard", 0.5), ("medium", 0.35), ("high", 0.15))


@dataclass(frozen=True)
class Volume:
    referrals: int
    open: int
    persons: int
    shares: int
    agencies: int
    seed: int = 2026

    @classmethod
    def at_scale(cls, scale: float, seed: int = 2026) -> "Volume":
        sized = {k: max(10, round(v * scale)) for k, v in FULL.items() if k != "agencies"}
        return cls(agencies=FULL["agencies"], seed=seed, **sized)

    def fingerprint(self) -> str:
        # Only the apps whose tables are generated: another app's migration keeps the data.
        migrations = sorted(
            MigrationRecorder.Migration.objects.filter(app__in=GENERATED_APPS).values_list(
                "app", "name"
            )
        )
        text = json.dumps([GENERATOR_VERSION, asdict(self), migrations])
        return hashlib.sha256(text.encode()).hexdigest()[:16]


# The stamp lives in a one-row table of the benchmark database itself, so a copy made with
# `createdb -T` (or pg_dump) carries it; a database's comment is not copied.
_STAMP_TABLE = "bench_data_stamp"


def stored_stamp() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [_STAMP_TABLE])
        (has_table,) = cursor.fetchone()
        if has_table:
            cursor.execute(f"SELECT stamp FROM {_STAMP_TABLE} LIMIT 1")  # nosec B608
            row = cursor.fetchone()
            # Django's psycopg set-up hands jsonb over as its text.
            return json.loads(row[0]) if row else {}
        # Databases built before the table: their stamp was the database's comment.
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"
        )
        (comment,) = cursor.fetchone()
    try:
        return json.loads(comment or "{}")
    except json.JSONDecodeError:
        return {}


def _store_stamp(stamp: dict) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {_STAMP_TABLE} (stamp jsonb NOT NULL)")
        cursor.execute(f"DELETE FROM {_STAMP_TABLE}")  # nosec B608
        cursor.execute(
            f"INSERT INTO {_STAMP_TABLE} (stamp) VALUES (%s::jsonb)",  # nosec B608
            [json.dumps(stamp)],
        )


def _pick(rng: random.Random, weighted: Any) -> str:
    x, total = rng.random(), 0.0
    for value, share in weighted:
        total += share
        if x < total:
            return value
    return weighted[-1][0]


def _surname_pool() -> tuple[list[str], list[float]]:
    """Every surname the people are drawn from, with cumulative Zipf weights for rng.choices."""
    names = LAST + [head + tail for head in SURNAME_HEADS for tail in SURNAME_TAILS]
    cumulative, total = [], 0.0
    for rank in range(1, len(names) + 1):
        total += 1 / (rank + 50)
        cumulative.append(total)
    return names, cumulative


def _home(index: int) -> tuple[str, str]:
    """The street and postcode of home number `index` (a postcode of about 15 addresses)."""
    district = DISTRICTS[index % len(DISTRICTS)]
    sector, unit = divmod(index // len(DISTRICTS), len(INWARD_LETTERS) ** 2)
    letters = (
        INWARD_LETTERS[unit // len(INWARD_LETTERS)] + INWARD_LETTERS[unit % len(INWARD_LETTERS)]
    )
    street = STREETS[(index // len(DISTRICTS)) % len(STREETS)]
    return street, f"{district} {sector % 10}{letters}"


class _Copy:
    """Rows for one table, written with COPY in one go."""

    def __init__(self, table: str, columns: list[str]) -> None:
        self.table, self.columns = table, columns
        self.rows: list[tuple[Any, ...]] = []

    def add(self, *row: Any) -> None:
        self.rows.append(row)

    def _fillers(self, cursor: Any) -> dict[str, object]:
        """Blank values for NOT NULL columns this generator does not know (added by later
        features), so new columns never break the benchmark."""
        cursor.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = %s AND is_nullable = 'NO' AND column_default IS NULL "
            "AND is_identity = 'NO'",
            [self.table],
        )
        blank = {"boolean": False, "jsonb": "{}", "ARRAY": [], "date": now().date()}
        fillers: dict[str, object] = {}
        for column, data_type in cursor.fetchall():
            if column in self.columns:
                continue
            if data_type.startswith("timestamp"):
                fillers[column] = now()
            elif data_type in ("integer", "bigint", "smallint", "numeric", "double precision"):
                fillers[column] = 0
            else:
                fillers[column] = blank.get(data_type, "")
        return fillers

    def flush(self, cursor: Any) -> int:
        fillers = self._fillers(cursor)
        columns = [*self.columns, *fillers]
        extra = tuple(fillers.values())
        with cursor.copy(f"COPY {self.table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in self.rows:
                copy.write_row(row + extra)
        written, self.rows = len(self.rows), []
        return written


TABLES_TO_EMPTY = (
    "referrals_referral",
    "referrals_person",
    "audit_auditevent",
    "audit_auditcheckpoint",
    "referrals_notification",
    "referrals_importjob",
    "referrals_integrationclient",
    "partners_share",
    "partners_informationrequest",
    # Change history of the case tables (no foreign keys, so CASCADE does not reach them).
    "referrals_referralevent",
    "referrals_referralsubjectevent",
    "risk_childriskassessmentevent",
    "risk_supervisordecisionevent",
    "partners_shareevent",
)


def _empty() -> None:
    # The bench database is rebuilt from nothing: the only place the audit trail's
    # refusal of TRUNCATE is lifted (and only for this statement).
    with (
        pgtrigger.ignore(
            "audit.AuditEvent:audit_no_truncate", "audit.AuditCheckpoint:checkpoint_no_truncate"
        ),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"TRUNCATE {', '.join(TABLES_TO_EMPTY)} RESTART IDENTITY CASCADE")
    User.objects.filter(username__startswith=USER_PREFIX).delete()
    User.objects.filter(username__startswith="integration:").delete()
    Agency.objects.filter(slug__startswith="bench-").delete()
    Group.objects.filter(name__startswith="agency:bench-").delete()


def _users(rng: random.Random, agencies: list[Agency]) -> dict[str, list[int]]:
    password = make_password(BENCH_PASSWORD)
    police = Agency.objects.get(kind=AgencyKind.POLICE)
    plan = [("officer", 150, police), ("practitioner", 30, police), ("supervisor", 6, police)]
    plan += [("manager", 3, police)]
    made: dict[str, list[int]] = {}
    for role, count, agency in plan:
        users = User.objects.bulk_create(
            User(
                username=f"{USER_PREFIX}{role}{i}",
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                email=f"{role}{i}@bench.vhub.test",
                password=password,
                agency=agency,
            )
            for i in range(count)
        )
        Group.objects.get(name=role).user_set.add(*users)
        made[role] = [u.pk for u in users]
    made["partner_user"], made["partner_lead"] = [], []
    for agency in agencies:
        for role, count in (("partner_user", 2), ("partner_lead", 1)):
            users = User.objects.bulk_create(
                User(
                    username=f"{USER_PREFIX}{agency.slug}.{role}{i}",
                    first_name=rng.choice(FIRST),
                    last_name=rng.choice(LAST),
                    password=password,
                    agency=agency,
                )
                for i in range(count)
            )
            Group.objects.get(name=role).user_set.add(*users)
            agency.group.user_set.add(*users)
            made[role] += [u.pk for u in users]
    return made


def _agencies(volume: Volume) -> list[Agency]:
    """The seeded partner agencies plus schools, health and other services up to the count."""
    kinds = [AgencyKind.SCHOOL, AgencyKind.HEALTH, AgencyKind.ADULT_SOCIAL_CARE]
    existing = list(Agency.objects.exclude(kind=AgencyKind.POLICE).order_by("id"))
    for i in range(volume.agencies - len(existing)):
        slug = f"bench-{kinds[i % 3]}-{i:02d}"
        group = Group.objects.create(name=f"agency:{slug}")
        existing.append(
            Agency.objects.create(
                name=f"Bench {AgencyKind(kinds[i % 3]).label} {i:02d}",
                slug=slug,
                kind=kinds[i % 3],
                area="Benchshire",
                group=group,
            )
        )
    return existing


class _Audit:
    """Builds a valid hash chain in memory, in the order the events are added."""

    COLUMNS = [
        "occurred_at",
        "actor_id",
        "actor_label",
        "agency_id",
        "action",
        "object_type",
        "object_id",
        "referral_id",
        "ip",
        "user_agent",
        "details",
        "prev_hash",
        "hash",
    ]

    def __init__(self) -> None:
        self.events: list[tuple] = []

    def add(
        self,
        at: Any,
        actor_id: Any,
        label: str,
        agency_id: Any,
        action: Any,
        otype: Any,
        oid: Any,
        referral_id: int,
        details: Any,
    ) -> None:
        self.events.append(
            (at, actor_id, label, agency_id, action, otype, oid, referral_id, details)
        )

    def write(self, cursor: Any) -> int:
        # The chain is in id order, and ids follow time order in a real trail.
        self.events.sort(key=lambda e: e[0])
        out = _Copy("audit_auditevent", self.COLUMNS)
        prev = GENESIS_HASH
        for at, actor_id, label, agency_id, action, otype, oid, referral_id, details in self.events:
            event = SimpleNamespace(
                occurred_at=at,
                actor_id=actor_id,
                actor_label=label,
                agency_id=agency_id,
                action=action,
                object_type=otype,
                object_id=oid,
                referral_id=referral_id,
                ip="10.0.0.1",
                user_agent="bench",
                details=details,
                prev_hash=prev,
            )
            # A SimpleNamespace with the AuditEvent fields that compute_hash reads.
            digest = compute_hash(event)  # type: ignore[arg-type]
            out.add(
                at,
                actor_id,
                label,
                agency_id,
                action,
                otype,
                oid,
                referral_id,
                "10.0.0.1",
                "bench",
                json.dumps(details),
                prev,
                digest,
            )
            prev = digest
        return out.flush(cursor)


def _clock_state(
    warn: datetime, due: datetime, escalate: datetime, anchor: datetime
) -> tuple[str, datetime | None]:
    if due <= anchor:
        return "breached", due
    if warn <= anchor:
        return "at_risk", None
    return "on_track", None


@transaction.atomic
def generate(volume: Volume, *, log: Any = print) -> dict:
    """Empty the case tables and build the data. Returns what was written, by table."""
    rng = random.Random(volume.seed)
    anchor = now().replace(microsecond=0)
    _empty()
    # A bulk load, not case work: skip the change-history triggers (each would open a
    # subtransaction per row, which makes a 200,000-row COPY take most of an hour) and the
    # per-row foreign-key checks, for this transaction only. The generated rows are consistent
    # by construction, and synthetic data has no change history to keep.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
    agencies = _agencies(volume)
    users = _users(rng, agencies)
    police_id = Agency.objects.get(kind=AgencyKind.POLICE).pk
    names: dict[int | None, str] = {
        u.pk: u.username for u in User.objects.filter(username__startswith=USER_PREFIX)
    }
    agency_of = dict(
        User.objects.filter(pk__in=names).order_by("pk").values_list("pk", "agency_id")
    )
    las = [a for a in agencies if a.kind == AgencyKind.LA_CHILDRENS]
    incident_types = list(IncidentType.objects.values_list("id", "label"))
    # Both are seeded by the data migrations, so a migrated database has them.
    policy = cast(SlaPolicyVersion, SlaPolicyVersion.objects.order_by("-number").first())
    model_version = cast(RiskModelVersion, RiskModelVersion.objects.order_by("-number").first())
    targets = {(t.kind, t.grade): (t.calendar, t.minutes) for t in policy.targets.all()}
    view_share = Permission.objects.get(codename="view_share", content_type__app_label="partners")
    audit = _Audit()
    counts: dict[str, int] = {}

    def target(kind: str, grade: str) -> tuple[str, int]:
        return targets.get((kind, grade)) or targets[(kind, "")]

    # People: children (most) and adults; a fifth of the children reappear in later referrals.
    persons = _Copy(
        "referrals_person",
        ["id", "first_name", "last_name", "date_of_birth", "address", "postcode", "created_at"],
    )
    children_ids: list[int] = []
    adult_ids: list[int] = []
    homes = max(1, volume.persons // PEOPLE_PER_POSTCODE)
    surnames, surname_weights = _surname_pool()
    for pid in range(1, volume.persons + 1):
        is_child = rng.random() < 0.75
        age_days = (
            int(rng.triangular(0, 18 * 365, 3 * 365))
            if is_child
            else rng.randint(19 * 365, 60 * 365)
        )
        street, postcode = _home(rng.randrange(homes))
        persons.add(
            pid,
            rng.choice(FIRST),
            rng.choices(surnames, cum_weights=surname_weights)[0],
            anchor.date() - timedelta(days=age_days),
            f"{rng.randint(1, 15)} {street}",
            postcode,
            anchor - timedelta(days=rng.randint(0, 730)),
        )
        (children_ids if is_child else adult_ids).append(pid)

    referral_cols = [
        "id",
        "reference",
        "source",
        "source_system",
        "external_id",
        "intake_hash",
        "incident_reference",
        "incident_at",
        "location",
        "postcode",
        "incident_type_id",
        "local_authority_id",
        "routing_note",
        "narrative",
        "officer_risk_view",
        "status",
        "current_grade",
        "provisional_grade",
        "submitted_by_id",
        "received_at",
        "allocated_to_id",
        "priority_score",
        "priority_breakdown",
        "version",
        "updated_at",
    ]
    referrals = _Copy("referrals_referral", referral_cols)
    subjects = _Copy(
        "referrals_referralsubject",
        [
            "id",
            "referral_id",
            "person_id",
            "role",
            "school",
            "gp",
            "lives_at_address",
            "was_present",
            "witnessed",
            "was_injured",
            "parental_responsibility",
            "parents_aware",
            "voice_of_child",
        ],
    )
    assessments = _Copy(
        "risk_childriskassessment",
        [
            "referral_id",
            "subject_id",
            "status",
            "proposed_grade",
            "approved_grade",
            "voice_of_child",
            "voice_not_captured_reason",
            "rationale",
            "created_at",
            "submitted_at",
            "version",
            "assessor_id",
            "da_yes_codes",
            "factor_codes",
            "suggested_grade",
            "suggested_score",
            "suggestion",
            "model_version_id",
        ],
    )
    clock_cols = [
        "id",
        "referral_id",
        "share_id",
        "kind",
        "policy_id",
        "grade_used",
        "calendar",
        "target_minutes",
        "started_at",
        "paused_minutes",
        "warn_at",
        "due_at",
        "escalate_at",
        "state",
        "breached_at",
        "met_at",
        "achieved_minutes",
        "margin_minutes",
    ]
    clocks = _Copy("referrals_slaclock", clock_cols)
    escalations = _Copy(
        "referrals_escalation", ["id", "clock_id", "level", "recipient_id", "created_at"]
    )
    outbox = _Copy(
        "referrals_outboxmessage",
        [
            "kind",
            "escalation_id",
            "deliver_after",
            "delivered_at",
            "notified_at",
            "emailed_at",
            "attempts",
            "last_error",
        ],
    )
    flags = _Copy(
        "risk_undergradingflag",
        ["referral_id", "kind", "key", "reason", "matches", "status", "raised_at", "resolution"],
    )
    shares = _Copy(
        "partners_share",
        [
            "id",
            "referral_id",
            "agency_id",
            "version",
            "status",
            "lawful_basis",
            "justification",
            "snapshot",
            "created_by_id",
            "created_at",
            "pack_file",
            "pack_sha256",
            "pack_rendered_at",
            "acknowledged_at",
            "acknowledged_by_id",
        ],
    )
    perms = _Copy(
        "partners_sharegroupobjectpermission", ["content_object_id", "group_id", "permission_id"]
    )
    ids = {"subject": 0, "clock": 0, "escalation": 0, "share": 0}

    def clock(
        referral_id: int,
        share_id: int | None,
        kind: Any,
        grade: Any,
        started: Any,
        *,
        met_at: Any = None,
        closed: bool = False,
    ) -> tuple[int, tuple[Any, ...] | None]:
        calendar, minutes = target(kind, grade)
        span = timedelta(minutes=minutes * (3 if calendar == "working_hours" else 1))
        warn, due, escalate = started + span * 3 / 4, started + span, started + span * 3 / 2
        ids["clock"] += 1
        if met_at is not None or closed:
            met = met_at or started + span / 2
            achieved = int((met - started).total_seconds() // 60)
            clocks.add(
                ids["clock"],
                referral_id,
                share_id,
                kind,
                policy.pk,
                grade,
                calendar,
                minutes,
                started,
                0,
                warn,
                due,
                escalate,
                "met",
                due if met > due else None,
                met,
                achieved,
                minutes - achieved,
            )
            return ids["clock"], None
        state, breached_at = _clock_state(warn, due, escalate, anchor)
        clocks.add(
            ids["clock"],
            referral_id,
            share_id,
            kind,
            policy.pk,
            grade,
            calendar,
            minutes,
            started,
            0,
            warn,
            due,
            escalate,
            state,
            breached_at,
            None,
            None,
            None,
        )
        return ids["clock"], (state, warn, due, escalate)

    def escalate(clock_id: Any, times: Any, assignee: Any, partner_agency: Any = None) -> None:
        state, warn, due, escalate_at = times
        if state == "on_track":
            return
        if partner_agency is not None:  # users first, then the agency's lead (escalation.py)
            users_, leads = partner_users[partner_agency][:2], partner_users[partner_agency][2:3]
            ladder = [("at_risk", warn, users_)]
            if state == "breached":
                ladder.append(("breached", due, leads))
                if escalate_at <= anchor:
                    ladder.append(("breached_further", escalate_at, leads))
        else:
            ladder = [("at_risk", warn, [assignee or users["supervisor"][0]])]
            if state == "breached":
                ladder.append(("breached", due, users["supervisor"]))
                if escalate_at <= anchor:
                    ladder.append(("breached_further", escalate_at, users["manager"]))
        for level, at, recipients in ladder:
            for recipient in recipients:
                ids["escalation"] += 1
                escalations.add(ids["escalation"], clock_id, level, recipient, at)
                outbox.add("escalation", ids["escalation"], at, at, at, at, 0, "")

    partner_users: dict[int, list[int]] = {}
    for pk, agency_id in agency_of.items():
        if agency_id is not None and names[pk].rsplit(".", 1)[-1].startswith("partner"):
            partner_users.setdefault(agency_id, []).append(pk)

    n_open = volume.open
    n_closed = volume.referrals - n_open
    # Shared referrals carry the shares: about 1.3 shares each.
    n_shared = min(n_closed, round(volume.shares / 1.3))
    seen_children: list[int] = []
    child_cursor = 0
    for rid in range(1, volume.referrals + 1):
        is_open = rid > n_closed  # the newest referrals are the open ones
        if is_open:
            status = _pick(rng, OPEN_SPLIT)
            age = timedelta(minutes=int(rng.expovariate(1 / (9 * 24 * 60))))
        else:
            status = "shared" if rid <= n_shared else rng.choice(("no_further_action", "closed"))
            age = timedelta(minutes=rng.randint(30 * 24 * 60, 730 * 24 * 60))
        received = anchor - age
        grade = _pick(rng, GRADES)
        current = (
            grade
            if status in ("approved", "shared") or (not is_open and rng.random() < 0.7)
            else ""
        )
        provisional = grade if status in ("awaiting_approval", "returned") else ""
        if status == "in_triage" and rng.random() < 0.5:
            provisional = grade
        allocated = rng.choice(users["practitioner"]) if status != "submitted" else None
        officer = rng.choice(users["officer"])
        la = rng.choice(las)
        incident_type_id, incident_label = rng.choice(incident_types)
        referrals.add(
            rid,
            f"VH-{received.year}-{rid:06d}",
            "web",
            "",
            "",
            "",
            f"22/{rid:06d}/{received:%y}",
            received - timedelta(hours=rng.randint(1, 30)),
            f"{rng.randint(1, 200)} Mill Lane",
            f"{rng.choice(DISTRICTS)} 1AB",
            incident_type_id,
            la.pk,
            "Chosen by the referring officer",
            NARRATIVE,
            "Risk of further harm to the children.",
            status,
            current,
            provisional,
            officer,
            received,
            allocated,
            0,
            "{}",
            1,
            received,
        )
        audit.add(
            received,
            officer,
            names[officer],
            police_id,
            "referral.submit",
            "referrals.referral",
            str(rid),
            rid,
            {"source": "web", "children": 1},
        )
        # Children: 1 to 3, a fifth of them known from an earlier referral.
        kids = []
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            if seen_children and rng.random() < 0.2:
                kids.append(rng.choice(seen_children))
            else:
                kids.append(children_ids[child_cursor % len(children_ids)])
                child_cursor += 1
        kids = list(dict.fromkeys(kids))
        seen_children.extend(kids[:1])
        child_subjects = []
        for person in kids:
            ids["subject"] += 1
            subjects.add(
                ids["subject"],
                rid,
                person,
                "child",
                "Riverside Primary School",
                "Severn Medical Practice",
                True,
                True,
                rng.random() < 0.6,
                False,
                "Mother",
                True,
                "Said the shouting scares her.",
            )
            child_subjects.append(ids["subject"])
        if rng.random() < 0.6:
            ids["subject"] += 1
            subjects.add(
                ids["subject"],
                rid,
                rng.choice(adult_ids),
                "parent_carer",
                "",
                "",
                True,
                None,
                None,
                None,
                "",
                None,
                "",
            )
        # Assessments once a practitioner has graded the children.
        if current or provisional:
            a_status = {
                "awaiting_approval": "submitted",
                "returned": "returned",
                "in_triage": "draft",
            }.get(status, "approved")
            for subject_id in child_subjects:
                assessments.add(
                    rid,
                    subject_id,
                    a_status,
                    grade,
                    current,
                    "Said she was scared.",
                    "",
                    "",
                    received + timedelta(hours=2),
                    received + timedelta(hours=3),
                    2,
                    allocated or users["practitioner"][0],
                    [],
                    ["repeat-incidents"],
                    grade,
                    40,
                    "{}",
                    model_version.pk,
                )
        # Clocks: triage and decision to share; supervisor decision while awaiting approval.
        assignee = allocated
        if is_open:
            triage_met = (
                received + timedelta(minutes=rng.randint(20, 300))
                if status != "submitted"
                else None
            )
            if triage_met is not None and triage_met > anchor:
                triage_met = anchor
            cid, times = clock(rid, None, "triage", "", received, met_at=triage_met)
            if times:
                escalate(cid, times, assignee)
            cid, times = clock(rid, None, "decision_to_share", current or provisional, received)
            escalate(cid, times, assignee)
            if status == "awaiting_approval":
                started = min(anchor, received + timedelta(hours=3))
                cid, times = clock(rid, None, "supervisor_decision", provisional, started)
                escalate(cid, times, assignee)
            if allocated:
                audit.add(
                    received + timedelta(minutes=5),
                    allocated,
                    names[allocated],
                    police_id,
                    "referral.allocate",
                    "referrals.referral",
                    str(rid),
                    rid,
                    {"to": names[allocated], "how": "next case"},
                )
            if rng.random() < 0.01:
                flags.add(
                    rid,
                    "keyword",
                    "strangled",
                    "The narrative mentions strangulation.",
                    "[]",
                    "open",
                    received + timedelta(minutes=10),
                    "",
                )
        else:
            clock(rid, None, "triage", "", received, closed=True)
            clock(rid, None, "decision_to_share", current, received, closed=True)
            audit.add(
                received + timedelta(hours=4),
                allocated,
                names.get(allocated, "system"),
                police_id,
                "referral.transition",
                "referrals.referral",
                str(rid),
                rid,
                {"from": "in_triage", "to": status},
            )
        if status == "shared":
            chosen = [la] + ([rng.choice(agencies)] if rng.random() < 0.3 else [])
            for agency in dict.fromkeys(chosen):
                if ids["share"] >= volume.shares:
                    break
                ids["share"] += 1
                sid = ids["share"]
                created = received + timedelta(hours=rng.randint(4, 48))
                acked = (
                    created + timedelta(hours=rng.randint(1, 30)) if rng.random() < 0.9 else None
                )
                snapshot = {
                    "reference": f"VH-{received.year}-{rid:06d}",
                    "incident_reference": f"22/{rid:06d}/{received:%y}",
                    "incident_at": f"{received:%-d %B %Y, %H:%M}",
                    "incident_type": incident_label,
                    "location": "12 Mill Lane",
                    "local_authority": la.name,
                    "grade": current,
                    "narrative": NARRATIVE,
                    "officer_risk_view": "Risk of further harm to the children.",
                    "children": [
                        {
                            "name": "Lily Smith",
                            "date_of_birth": "14 June 2020",
                            "address": "12 Mill Lane",
                            "school": "Riverside Primary School",
                            "gp": "Severn Medical Practice",
                            "lives_at_address": "Yes",
                            "was_present": "Yes",
                            "witnessed": "Yes",
                            "was_injured": "No",
                            "parental_responsibility": "Mother",
                            "parents_aware": "Yes",
                            "voice_of_child": "Said the shouting scares her.",
                            "grade": current,
                        }
                        for _ in kids
                    ],
                }
                acker = partner_users[agency.pk][0]
                shares.add(
                    sid,
                    rid,
                    agency.pk,
                    1,
                    "active",
                    "dpa2018_sch8",
                    "Children present at a domestic abuse incident.",
                    json.dumps(snapshot),
                    allocated,
                    created,
                    "",
                    "",
                    None,
                    acked,
                    acker if acked else None,
                )
                perms.add(sid, agency.group_id, view_share.pk)
                cid, times = clock(rid, sid, "partner_ack", "", created, met_at=acked)
                if times:
                    escalate(cid, times, None, partner_agency=agency.pk)
                audit.add(
                    created,
                    allocated,
                    names[allocated],
                    police_id,
                    "share.create",
                    "partners.share",
                    str(sid),
                    rid,
                    {"agency": agency.slug, "lawful_basis": "dpa2018_sch8"},
                )
                if acked:
                    audit.add(
                        acked,
                        acker,
                        names[acker],
                        agency.pk,
                        "share.acknowledge",
                        "partners.share",
                        str(sid),
                        rid,
                        {},
                    )

    with connection.cursor() as django_cursor:
        cursor = django_cursor.cursor
        for name, table in (
            ("persons", persons),
            ("referrals", referrals),
            ("subjects", subjects),
            ("assessments", assessments),
            ("shares", shares),
            ("share permissions", perms),
            ("clocks", clocks),
            ("escalations", escalations),
            ("outbox", outbox),
            ("flags", flags),
        ):
            counts[name] = table.flush(cursor)
            log(f"  {name}: {counts[name]:,}")
        counts["audit events"] = audit.write(cursor)
        log(f"  audit events: {counts['audit events']:,}")
        for table_name in (
            "referrals_person",
            "referrals_referral",
            "referrals_referralsubject",
            "referrals_slaclock",
            "referrals_escalation",
            "partners_share",
        ):
            django_cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table_name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table_name}))"
            )
        django_cursor.execute("SELECT setval('referral_reference_seq', %s)", [volume.referrals])
    return {"counts": counts, "anchor": anchor.isoformat()}


def keeps_data_across_migrations(volume: Volume, stamp: dict) -> bool:
    """BENCH_KEEP_DATA=1: data of the same volume and generator survives new migrations.

    Rebuilding scale 5 takes over ten minutes; a branch that adds a migration (a column and its
    backfill, an index) can measure on the data it would meet in production instead.
    """
    return (
        os.environ.get("BENCH_KEEP_DATA") == "1"
        and stamp.get("volume") == asdict(volume)
        and stamp.get("generator_version", GENERATOR_VERSION) == GENERATOR_VERSION
    )


def build(volume: Volume, *, force: bool = False, log: Any = print) -> dict:
    """Generate unless the stored fingerprint matches; returns the stamp in use."""
    fingerprint = volume.fingerprint()
    stamp = stored_stamp()
    if not force and stamp.get("fingerprint") == fingerprint:
        log(f"Benchmark data reused (fingerprint {fingerprint}, built {stamp.get('built_at')}).")
        return stamp
    if not force and keeps_data_across_migrations(volume, stamp):
        # Migrations applied since the build ran over the data as they would in production
        # (their backfills included); only the stamp follows.
        stamp = {**stamp, "fingerprint": fingerprint, "kept_across_migrations": True}
        _store_stamp(stamp)
        built = stamp["built_at"]
        log(f"Benchmark data kept across new migrations (BENCH_KEEP_DATA; built {built}).")
        return stamp
    log(f"Building benchmark data: {asdict(volume)}")
    started = datetime.now()
    result = generate(volume, log=log)
    # Statistics first: the set-based steps below join millions of rows written by COPY, and
    # without statistics the planner took the tables for empty (at scale 5 one batch of the
    # repeat recount ran for over five minutes instead of a few seconds).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    # Written with COPY, the children's repeat counts are taken once, set-based, as the
    # actions keep them; then the priorities that read them. The clocks' escalated rungs too,
    # as the sweep keeps them from the ledger.
    count_escalated_levels()
    refresh_repeat_counts()
    # The referrals' kept counts of children (unassessed, and the frontline figures' children,
    # voices and officers' assessments), which the triggers off for the COPY did not keep.
    # And each child's copies of its referral's incident time, area and being merged.
    with connection.cursor() as cursor:
        cursor.execute(RECOUNT_ALL_CHILDREN)
        cursor.execute(COPY_ALL_REFERRALS_TO_SUBJECTS)
    # The search's names table, which the trigger on people keeps, counted once.
    repair_person_names()
    recompute_priorities(at=datetime.fromisoformat(result["anchor"]))
    # The shares were written with COPY: their stored inbox order follows from what was written.
    refresh_inbox_order(Share.objects.all())
    # Vacuumed as well as analysed: autovacuum keeps a live hub's settled tables all-visible,
    # so its index-only scans skip the heap; freshly copied rows have no visibility map yet, and
    # every measure would read the heap as no hub in use does. (VACUUM cannot run inside a
    # transaction, as the tests' builds do: there the statistics are enough.)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)")
    stamp = {
        "fingerprint": fingerprint,
        "generator_version": GENERATOR_VERSION,
        "volume": asdict(volume),
        "anchor": result["anchor"],
        "built_at": now().isoformat(timespec="seconds"),
        "build_seconds": round((datetime.now() - started).total_seconds(), 1),
        "counts": result["counts"],
    }
    _store_stamp(stamp)
    log(f"Built in {stamp['build_seconds']} s.")
    return stamp


def anchor_of(stamp: dict) -> datetime:
    return datetime.fromisoformat(stamp["anchor"])
