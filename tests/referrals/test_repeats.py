"""Repeat children: counted by incident date, probable before anyone confirms, confirmed in bulk
after a preview, each decision audited; the counts kept on each child by the actions."""

import json
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals import importer, repeats
from referrals.actions.matching import do_confirm_matches, do_decide_match
from referrals.models import (
    ImportJob,
    MatchStatus,
    Person,
    PersonMatch,
    Referral,
    ReferralSubject,
)
from referrals.repeats import repeat_state
from referrals.selectors import QueueFilters, suggested_matches, triage_queue
from risk.models import FlagKind, FlagStatus, UnderGradingFlag
from risk.scoring import current_model_version
from tests.factories import submit_referral
from tests.plans import plan_nodes, plan_on_a_large_table
from vhub.clock import now
from vhub.errors import ActionPermissionError

NOW = "2026-12-01T12:00:00Z"
# (external id, incident date, surname): the same child three times, in the order the old
# system exported them (not the order of the incidents), one surname misspelt.
SHUFFLED = [
    ("OLD-3", "2026-11-01T20:00:00Z", "Smith"),
    ("OLD-1", "2026-09-01T20:00:00Z", "Smyth"),
    ("OLD-2", "2026-10-01T20:00:00Z", "Smith"),
]


def _row(external_id: str, incident_at: str, surname: str) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "incident_reference": external_id,
        "incident_at": incident_at,
        "officer_grade": "standard",
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "incident_type": "domestic-abuse",
        "narrative": "Argument overheard by neighbours.",
        "officer_risk_view": "Some risk.",
        "children": [
            {
                "first_name": "Jayden",
                "last_name": surname,
                "date_of_birth": "2017-03-09",
                "voice_of_child": "Said it was loud.",
            }
        ],
    }


@pytest.fixture
def backlog(db, tmp_path):
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(_row(*r)) + "\n" for r in SHUFFLED))
    job = ImportJob.objects.create(original_name="backlog.jsonl", created_at=now())
    with time_machine.travel(NOW, tick=False):
        result = importer.import_referrals(path, job=job)
    assert result.imported == 3
    return job, {r.external_id: r for r in Referral.objects.all()}


def _child(referral: Referral) -> ReferralSubject:
    return ReferralSubject.objects.select_related("person").get(referral=referral, role="child")


def _repeat_flags(referral: Referral) -> list[str]:
    return list(
        UnderGradingFlag.objects.filter(
            referral=referral, kind=FlagKind.REPEAT, status=FlagStatus.OPEN
        ).values_list("reason", flat=True)
    )


def test_a_repeat_child_imported_out_of_order_is_a_probable_repeat_on_the_third_by_incident(
    backlog, practitioner
) -> None:
    _, by_id = backlog
    policy = current_model_version()
    # Nothing is confirmed yet: every match is still a suggestion.
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    states = {k: repeat_state(_child(r), policy) for k, r in by_id.items()}
    assert states == {"OLD-1": "", "OLD-2": "", "OLD-3": "probable"}
    assert (_child(by_id["OLD-3"]).probable_short, _child(by_id["OLD-3"]).repeat_short) == (3, 1)
    # Flagged on the third by incident date, marked probable; not on the first two.
    (reason,) = _repeat_flags(by_id["OLD-3"])
    assert reason.startswith("Jayden Smith is probably a repeat child")
    assert "3 referrals in 91 days" in reason
    assert _repeat_flags(by_id["OLD-1"]) == _repeat_flags(by_id["OLD-2"]) == []
    # Ranked accordingly: two other referrals (both probable) put it first in the queue.
    repeat = next(p for p in by_id["OLD-3"].priority_breakdown if p["code"] == "repeat")
    assert repeat["points"] == 20
    assert repeat["detail"] == (
        "2 other referral(s) before this incident, 2 of them probable (a likely match not yet "
        "confirmed)"
    )
    with time_machine.travel(NOW, tick=False):
        queue = [r.external_id for r in triage_queue(user=practitioner, filters=QueueFilters())]
    assert queue[0] == "OLD-3"


def test_bulk_confirmation_makes_the_probable_repeat_confirmed(backlog, practitioner) -> None:
    job, by_id = backlog
    matches = list(suggested_matches(import_job=job.pk))
    assert len(matches) == 3  # OLD-1 → OLD-3's child; OLD-2 → both others
    confirmed, skipped = do_confirm_matches(matches, actor=practitioner)
    # Confirming OLD-2's child as OLD-3's settles its other suggestion: skipped, with why.
    assert (len(confirmed), len(skipped)) == (2, 1)
    assert skipped[0][1] == "already decided (now “Not the same person”)"
    child = _child(by_id["OLD-3"])
    assert repeat_state(child, current_model_version()) == "confirmed"
    assert (child.repeat_short, child.repeat_long) == (3, 3)
    (reason,) = _repeat_flags(by_id["OLD-3"])
    assert reason.startswith("Jayden Smith is a repeat child: 3 referrals in 91 days")
    by_id["OLD-3"].refresh_from_db()
    repeat = next(p for p in by_id["OLD-3"].priority_breakdown if p["code"] == "repeat")
    assert repeat["detail"] == "2 other referral(s) before this incident"
    # Each decision is audited on its own, and the batch once.
    assert AuditEvent.objects.filter(action="person.match_confirm", actor=practitioner).count() == 2
    (bulk,) = AuditEvent.objects.filter(action="person.match_bulk_confirm")
    assert sorted(bulk.details["confirmed"]) == sorted(m.pk for m in confirmed)


def test_rejecting_a_probable_match_removes_the_probable_repeat(backlog, practitioner) -> None:
    _, by_id = backlog
    for match in PersonMatch.objects.filter(
        subject__referral=by_id["OLD-3"]
    ) | PersonMatch.objects.filter(candidate=_child(by_id["OLD-3"]).person):
        do_decide_match(match, actor=practitioner, confirm=False)
    assert repeat_state(_child(by_id["OLD-3"]), current_model_version()) == ""
    assert _repeat_flags(by_id["OLD-3"]) == []


def test_an_officer_cannot_confirm_matches_in_bulk(backlog, officer) -> None:
    job, _ = backlog
    with pytest.raises(ActionPermissionError):
        do_confirm_matches(list(suggested_matches(import_job=job.pk)), actor=officer)
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()


def test_a_child_matched_only_by_a_loose_name_is_not_a_probable_repeat(db, tmp_path) -> None:
    rows = [
        _row("A", "2026-09-01T20:00:00Z", "Smith"),
        _row("B", "2026-10-01T20:00:00Z", "Smith"),
        _row("C", "2026-11-01T20:00:00Z", "Smith"),
    ]
    # Same date of birth, names only loosely alike (0.3 to 0.6): suggested, never probable.
    for row, first in zip(rows, ["Jayden", "Jade", "Jack"], strict=True):
        row["children"][0]["first_name"] = first
        row["children"][0]["last_name"] = "Smithson" if first == "Jade" else "Smith"
    path = tmp_path / "loose.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with time_machine.travel(NOW, tick=False):
        importer.import_referrals(path)
    assert PersonMatch.objects.exists()
    assert not PersonMatch.objects.filter(probable=True).exists()
    third = Referral.objects.get(external_id="C")
    assert repeat_state(_child(third), current_model_version()) == ""


def test_a_child_with_four_unconfirmed_referrals_is_listed_once_on_the_dashboard(
    db, tmp_path, practitioner
) -> None:
    """Four records of one child, none confirmed: the repeat-children list groups the records
    that probable matches link, so the child is one row (it was one row per record whose
    probable counts met the rule), and stays one row once the matches are confirmed."""
    from dashboards.figures import repeat_children_table
    from dashboards.selectors import DashboardFilters, repeat_children

    rows = [_row(*r) for r in [*SHUFFLED, ("OLD-4", "2026-11-20T20:00:00Z", "Smith")]]
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    job = ImportJob.objects.create(original_name="backlog.jsonl", created_at=now())
    with time_machine.travel(NOW, tick=False):
        assert importer.import_referrals(path, job=job).imported == 4
        at = now()
    policy = current_model_version()
    f = DashboardFilters(start=at.date(), end=at.date())

    def listed():
        return repeat_children(
            f,
            at,
            short_days=policy.repeat_short_days,
            short_count=policy.repeat_short_count,
            long_days=policy.repeat_long_days,
            long_count=policy.repeat_long_count,
        )

    # Two records (the third and fourth by incident date) meet the rule on their own counts.
    meeting = ReferralSubject.objects.filter(role="child", probable_short__gte=3)
    assert meeting.values("person").distinct().count() == 2
    found, total, confirmed = listed()
    assert (total, confirmed) == (1, 0)
    (child,) = found
    first = _child(Referral.objects.get(external_id="OLD-3")).person  # imported first
    assert (child["person_id"], child["person__first_name"], child["person__last_name"]) == (
        first.pk,
        "Jayden",
        "Smith",
    )
    assert (child["short"], child["confirmed"]) == (4, 0)
    with time_machine.travel(NOW, tick=False):
        assert len(repeat_children_table(f, at).rows) == 1

    confirmed_matches, _ = do_confirm_matches(
        list(suggested_matches(import_job=job.pk)), actor=practitioner
    )
    assert confirmed_matches
    found, total, confirmed = listed()
    assert (total, confirmed, len(found)) == (1, 1, 1)
    assert found[0]["short"] == 4


def test_an_intake_recount_looks_up_the_matches_of_its_own_children(backlog, officer) -> None:
    """The links between records are the probable matches nobody has decided yet. An intake's
    recount looks up those of the people it recounts, by subject and by candidate, each by the
    index that leads with it; it never reads every undecided match, which grows with every
    import (an OR over the three columns read them all: bench/README.md, "Import as the hub
    grows"). Planned beside 3,000 undecided matches of another child, analysed, as a hub has
    them."""
    _, referrals = backlog
    other = submit_referral(officer).subjects.get()
    people = Person.objects.bulk_create(
        Person(first_name="Other", last_name=f"Child{n}") for n in range(3000)
    )
    PersonMatch.objects.bulk_create(
        PersonMatch(
            subject=other, candidate=p, similarity=0.9, reason="", status="suggested", probable=True
        )
        for p in people
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE referrals_person, referrals_personmatch, referrals_referralsubject")
    with CaptureQueriesContext(connection) as recount:
        repeats.refresh_repeat_counts([_child(referrals["OLD-1"]).person_id])
    (sql,) = [q["sql"] for q in recount.captured_queries if "WITH given" in q["sql"]]
    lookups = {
        (node["Index Name"], node.get("Index Cond", "").split(" = ")[0].lstrip("("))
        for node in plan_nodes(plan_on_a_large_table(sql))
        if node.get("Relation Name") == "referrals_personmatch"
    }
    # Each read of the matches is a lookup by its index's first column, subject or candidate.
    assert {column for _, column in lookups} == {"subject_id", "candidate_id"}
    assert all(_first_column(index) == column for index, column in lookups)


def _first_column(index: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
            " WHERE c.relname = %s",
            [index],
        )
        return cursor.fetchone()[0]


def test_a_recount_of_everyone_in_batches_gives_the_counts_the_actions_kept(
    backlog, monkeypatch
) -> None:
    """Everyone is recounted a batch of people at a time (one statement for all of them spilled
    tens of GB at 1.5 million people); batches of one person still give every count, probable
    ones across the batches included."""
    kept = {
        s.pk: (s.repeat_short, s.repeat_long, s.probable_short, s.probable_long)
        for s in ReferralSubject.objects.filter(role="child")
    }
    assert any(counts[2] == 3 for counts in kept.values())  # OLD-3's probable repeat
    ReferralSubject.objects.update(repeat_short=0, repeat_long=0, probable_short=0, probable_long=0)
    monkeypatch.setattr(repeats, "ALL_BATCH", 1)
    changed = repeats.refresh_repeat_counts()
    assert changed == set(
        ReferralSubject.objects.filter(role="child").values_list("referral_id", flat=True)
    )
    again = {
        s.pk: (s.repeat_short, s.repeat_long, s.probable_short, s.probable_long)
        for s in ReferralSubject.objects.filter(role="child")
    }
    assert again == kept
    assert repeats.refresh_repeat_counts() == set()  # nothing left to change
