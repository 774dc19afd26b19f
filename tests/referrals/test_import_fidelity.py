"""The import format at full fidelity: received_at, officer_grade, the adults and the source's
reference, each through the three paths that share one validator (the intake API, JSON Lines
and CSV)."""

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.test import Client

from dashboards.selectors import DashboardFilters, backlog_profile
from referrals import importer
from referrals.integration import do_create_integration_client
from referrals.models import ClockKind, Referral, SlaClock
from risk.models import AssessmentStatus, FlagKind, UnderGradingFlag
from vhub.clock import now

NOW = "2026-12-01T12:00:00Z"
PATHS = ["api", "jsonl", "csv"]


def payload(**overrides):
    body = {
        "external_id": "OLD-1",
        "incident_reference": "22/1/26",
        "incident_at": "2026-10-20T20:00:00Z",
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "incident_type": "domestic-abuse",
        "narrative": "Argument overheard by neighbours.",
        "officer_risk_view": "Some risk.",
        "children": [
            {
                "first_name": "Amy",
                "last_name": "Jones",
                "date_of_birth": "2018-05-01",
                "voice_of_child": "Said it was loud.",
            }
        ],
    }
    body.update(overrides)
    return body


def _csv_row(body: dict[str, Any]) -> dict[str, str]:
    """The same referral as a CSV row: child_ columns, person_<n>_ columns for the adults."""

    def text(value: object) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return "" if value is None else str(value)

    row = {k: text(v) for k, v in body.items() if k not in ("children", "people")}
    for key, value in body["children"][0].items():
        row[f"child_{key}"] = text(value)
    for n, person in enumerate(body.get("people", []), start=1):
        for key, value in person.items():
            row[f"person_{n}_{key}"] = text(value)
    return row


def bring_in(
    path: str, body: dict[str, Any], tmp_path: Path
) -> tuple[Referral | None, list[tuple[str, str]]]:
    """Send `body` through one path; returns (the referral or None, [(field, message)])."""
    if path == "api":
        token = _token()
        response = Client(HTTP_AUTHORIZATION=f"Bearer {token}").post(
            "/api/v1/referrals/", body, content_type="application/json"
        )
        if response.status_code == 400:
            return None, [(e["field"], e["message"]) for e in response.json()["errors"]]
        assert response.status_code == 201, response.content
        return Referral.objects.get(reference=response.json()["reference"]), []
    file = tmp_path / f"backlog.{path}"
    if path == "jsonl":
        file.write_text(json.dumps(body) + "\n")
    else:
        row = _csv_row(body)
        with file.open("w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(row))
            writer.writeheader()
            writer.writerow(row)
    result = importer.import_referrals(file)
    if result.errors:
        return None, [(e.field, e.message) for e in result.errors]
    return Referral.objects.get(external_id=body["external_id"]), []


_tokens: dict[int, str] = {}


def _token() -> str:
    """One records-system client per test database."""
    from referrals.models import IntegrationClient

    if not IntegrationClient.objects.filter(source_system="niche").exists():
        _, _tokens[0] = do_create_integration_client(
            actor=None, name="Niche", source_system="niche"
        )
    return _tokens[0]


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


# --- received_at ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
def test_waiting_time_and_clocks_count_from_when_the_source_received_it(db, tmp_path, path) -> None:
    referral, errors = bring_in(path, payload(received_at="2026-10-22T09:00:00Z"), tmp_path)
    assert errors == []
    assert referral.received_at.isoformat() == "2026-10-22T09:00:00+00:00"
    triage = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)
    assert triage.started_at == referral.received_at
    waiting = next(p for p in referral.priority_breakdown if p["code"] == "waiting")
    assert waiting["detail"] == "40.1 days"


@pytest.mark.parametrize("path", PATHS)
def test_the_age_profile_counts_an_imported_referral_from_when_it_was_received(
    db, tmp_path, path
) -> None:
    bring_in(path, payload(received_at="2026-10-22T09:00:00Z"), tmp_path)
    today = now().date()
    _, by_age = backlog_profile(DashboardFilters(start=today, end=today), now())
    assert by_age == {("28 days or more", ""): 1}


@pytest.mark.parametrize("path", PATHS)
def test_without_received_at_a_referral_is_received_now(db, tmp_path, path) -> None:
    referral, _ = bring_in(path, payload(), tmp_path)
    assert referral.received_at == now()


@pytest.mark.parametrize("path", PATHS)
def test_a_received_at_in_the_future_is_refused(db, tmp_path, path) -> None:
    referral, errors = bring_in(path, payload(received_at="2026-12-02T09:00:00Z"), tmp_path)
    assert referral is None
    assert errors == [("received_at", "must not be in the future")]


@pytest.mark.parametrize("path", PATHS)
def test_a_received_at_before_the_incident_is_refused(db, tmp_path, path) -> None:
    referral, errors = bring_in(path, payload(received_at="2026-10-19T09:00:00Z"), tmp_path)
    assert referral is None
    assert errors == [("received_at", "must not be before the incident (incident_at)")]


# --- officer_grade -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
def test_the_officer_grade_is_kept_as_the_officers_initial_assessment(db, tmp_path, path) -> None:
    referral, _ = bring_in(path, payload(officer_grade="medium"), tmp_path)
    assessment = referral.assessments.get()
    assert (assessment.status, assessment.proposed_grade) == (AssessmentStatus.DRAFT, "medium")
    assert assessment.assessor == referral.submitted_by  # the source's officer account
    assert referral.provisional_grade == "medium"
    assert referral.current_grade == ""  # nobody at the hub has graded it
    # The clocks start on the grade: a medium decision to share has one working day.
    share = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    assert (share.grade_used, share.calendar) == ("medium", "working_hours")


@pytest.mark.parametrize("path", PATHS)
def test_under_grading_compares_the_hubs_findings_with_the_officer_grade(
    db, tmp_path, path
) -> None:
    words = "He held a knife to her throat in front of the children."
    graded, _ = bring_in(path, payload(narrative=words, officer_grade="standard"), tmp_path)
    ungraded, _ = bring_in(path, payload(external_id="OLD-2", narrative=words), tmp_path)
    assert set(UnderGradingFlag.objects.filter(referral=graded).values_list("kind", flat=True)) == {
        FlagKind.NARRATIVE
    }
    assert set(
        UnderGradingFlag.objects.filter(referral=ungraded).values_list("kind", flat=True)
    ) == {FlagKind.UNASSESSED}


@pytest.mark.parametrize("path", PATHS)
def test_an_unknown_officer_grade_is_refused(db, tmp_path, path) -> None:
    referral, errors = bring_in(path, payload(officer_grade="severe"), tmp_path)
    assert referral is None
    assert errors == [
        ("officer_grade", "“severe” is not a grade. Valid grades: standard, medium, high.")
    ]


# --- the adults ----------------------------------------------------------------------------------

ADULTS = [
    {
        "role": "victim",
        "first_name": "Sara",
        "last_name": "Jones",
        "date_of_birth": "1990-03-04",
        "address": "4 Castle Street, Shrewsbury",
        "postcode": "sy1 2bj",
    },
    {"role": "suspect", "first_name": "Dean", "last_name": "Price"},
]


@pytest.mark.parametrize("path", PATHS)
def test_the_adults_are_imported_with_their_roles(db, tmp_path, path) -> None:
    referral, errors = bring_in(path, payload(people=ADULTS), tmp_path)
    assert errors == []
    adults = [
        (
            s.role,
            s.person.full_name,
            str(s.person.date_of_birth),
            s.person.address,
            s.person.postcode,
        )
        for s in referral.subjects.exclude(role="child").select_related("person").order_by("id")
    ]
    assert adults == [
        ("victim", "Sara Jones", "1990-03-04", "4 Castle Street, Shrewsbury", "SY1 2BJ"),
        ("suspect", "Dean Price", "None", "", ""),
    ]


@pytest.mark.parametrize("path", PATHS)
def test_an_adult_with_an_unknown_role_is_refused(db, tmp_path, path) -> None:
    people = [{**ADULTS[1], "role": "uncle"}]
    referral, errors = bring_in(path, payload(people=people), tmp_path)
    assert referral is None
    assert errors == [
        (
            "people[0].role",
            "“uncle” is not a role. Valid roles: parent_carer, victim, suspect, other_adult.",
        )
    ]


# --- the source's reference ----------------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
def test_the_source_reference_is_shown_on_the_referral(
    db, tmp_path, path, client_for, practitioner
) -> None:
    referral, _ = bring_in(path, payload(source_reference="CASE/2026/7781"), tmp_path)
    assert referral.source_reference == "CASE/2026/7781"
    page = client_for(practitioner).get(f"/referrals/{referral.reference}/")
    assert "Source system's reference" in page.content.decode()
    assert "CASE/2026/7781" in page.content.decode()


def test_the_referral_api_returns_the_source_reference(db, tmp_path) -> None:
    api = Client(HTTP_AUTHORIZATION=f"Bearer {_token()}")
    created = api.post(
        "/api/v1/referrals/",
        payload(source_reference="CASE/9", received_at="2026-11-30T08:00:00Z"),
        content_type="application/json",
    ).json()
    body = api.get(f"/api/v1/referrals/{created['reference']}/").json()
    assert (body["source_reference"], body["received_at"]) == ("CASE/9", "2026-11-30T08:00:00Z")
