"""The intake reads configuration from a per-process cache (vhub/configuration.py): an edit made
through its usual path is used by the very next intake, never a stale copy."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.db import connection, transaction

from referrals.actions.sla_policy import do_add_closure_day, do_publish_sla_policy
from referrals.integration import do_create_integration_client
from referrals.models import (
    ClockKind,
    IncidentType,
    MatchThresholds,
    PersonMatch,
    PostcodeDistrict,
    PriorityWeight,
    Referral,
    SlaClock,
    TermDates,
)
from risk.actions import do_publish_catalogue
from risk.models import ChildRiskAssessment, RiskModelVersion, RiskSignal
from risk.reading import current_catalogue_version
from tests.api.test_intake_api import PAYLOAD, _post
from tests.risk.test_grade_rules import _set_sampling
from vhub import configuration
from vhub.models import Agency


@pytest.fixture
def rms(db) -> str:
    """A records system's token."""
    return do_create_integration_client(actor=None, name="RMS", source_system="rms")[1]


def _intake(token: str, number: int, **changes) -> Referral:
    response = _post(token, {**PAYLOAD, "external_id": f"CONF-{number}", **changes})
    assert response.status_code == 201, response.content
    return Referral.objects.get(reference=response.json()["reference"])


def test_a_deactivated_incident_type_is_refused_at_the_next_intake(rms) -> None:
    _intake(rms, 1)  # loads the configuration into the process
    IncidentType.objects.filter(code="domestic-abuse").update(is_active=False)
    response = _post(rms, {**PAYLOAD, "external_id": "CONF-2"})
    assert response.status_code == 400


def test_a_deactivated_local_authority_is_refused_at_the_next_intake(rms) -> None:
    _intake(rms, 1)
    authority = Agency.objects.get(slug="herefordshire-cs")
    authority.is_active = False
    authority.save()
    response = _post(rms, {**PAYLOAD, "external_id": "CONF-2"})
    assert response.status_code == 400


def test_a_postcode_district_moved_to_another_authority_routes_the_next_intake(rms) -> None:
    blank = {"local_authority": ""}
    assert _intake(rms, 1, **blank).local_authority.slug == "herefordshire-cs"
    district = PostcodeDistrict.objects.get(district="HR1")
    district.local_authority = Agency.objects.get(slug="shropshire-cs")
    district.save()
    assert _intake(rms, 2, **blank).local_authority.slug == "shropshire-cs"


def test_changed_match_thresholds_are_used_by_the_next_intake(rms) -> None:
    _intake(rms, 1)
    assert PersonMatch.objects.filter(subject__referral=_intake(rms, 2)).exists()
    # A fresh instance, as the admin's form saves (never the process's cached one).
    thresholds = MatchThresholds.objects.order_by("id").first()
    thresholds.name_similarity = thresholds.probable_name_similarity = 1.01  # nothing can match
    thresholds.save()
    assert not PersonMatch.objects.filter(subject__referral=_intake(rms, 3)).exists()


def test_a_published_sla_policy_times_the_next_intakes_clocks(rms, manager) -> None:
    clock = SlaClock.objects.get(referral=_intake(rms, 1), kind=ClockKind.TRIAGE)
    do_publish_sla_policy(
        actor=manager,
        targets={(ClockKind.TRIAGE, clock.grade_used): (clock.calendar, clock.target_minutes + 7)},
        note="Longer triage",
    )
    later = SlaClock.objects.get(referral=_intake(rms, 2), kind=ClockKind.TRIAGE)
    assert later.target_minutes == clock.target_minutes + 7


TUESDAY = datetime(2026, 12, 8, 10, tzinfo=UTC)
# A standard grade gives a working-hours decision clock; a school gives an Encompass clock.
AT_SCHOOL = {
    "officer_grade": "standard",
    "children": [{**PAYLOAD["children"][0], "date_of_birth": "2016-03-01", "school": "Hill"}],
}


def _due_times(referral: Referral) -> dict[str, datetime]:
    return {c.kind: c.due_at for c in SlaClock.objects.filter(referral=referral)}


def test_a_closure_day_moves_the_next_intakes_working_hours_clock(rms, manager) -> None:
    with time_machine.travel(TUESDAY, tick=False):
        first = _due_times(_intake(rms, 1, **AT_SCHOOL))[ClockKind.DECISION_TO_SHARE]
        do_add_closure_day(actor=manager, day=first.date(), reason="Training")
        second = _due_times(_intake(rms, 2, **AT_SCHOOL))[ClockKind.DECISION_TO_SHARE]
    assert second > first


def test_term_dates_move_the_next_intakes_school_days_clock(rms, herefordshire) -> None:
    with time_machine.travel(TUESDAY, tick=False):
        first = _due_times(_intake(rms, 1, **AT_SCHOOL))[ClockKind.ENCOMPASS]
        # The only term starts the next Monday: no school day before it.
        TermDates.objects.create(
            local_authority=herefordshire, first_day=date(2026, 12, 14), last_day=date(2026, 12, 18)
        )
        second = _due_times(_intake(rms, 2, **AT_SCHOOL))[ClockKind.ENCOMPASS]
    assert first.date() < date(2026, 12, 14) <= second.date()


def test_changed_priority_weights_score_the_next_intake(rms) -> None:
    before = _intake(rms, 1).priority_score
    weight = PriorityWeight.objects.get(code="grade_none")
    weight.points += 1000
    weight.save()
    # (+10 more: the second referral about the same child is a repeat)
    assert _intake(rms, 2).priority_score >= before + 1000


def test_a_published_risk_model_is_the_next_intakes_model(rms, manager) -> None:
    _intake(rms, 1, officer_grade="medium")
    new = _set_sampling(manager, 50)
    referral = _intake(rms, 2, officer_grade="medium")
    assert ChildRiskAssessment.objects.get(referral=referral).model_version == new
    assert RiskModelVersion.objects.order_by("-number").first() == new


def test_a_published_catalogue_reads_the_next_intake(rms, manager) -> None:
    narrative = "The child was found with a trebuchet."
    assert not RiskSignal.objects.filter(referral=_intake(rms, 1, narrative=narrative))
    content = current_catalogue_version().content
    pattern = {"indicator": "weapon", "code": "siege-engine", "pattern": "trebuchet"}
    version = do_publish_catalogue(
        actor=manager,
        content={**content, "patterns": [*content["patterns"], pattern]},
        note="Siege engines",
    )
    (signal,) = RiskSignal.objects.filter(referral=_intake(rms, 2, narrative=narrative))
    assert signal.version == version


# --- The version itself ---------------------------------------------------------------------


def _version() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT number FROM vhub_configurationversion")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_an_edit_that_rolled_back_never_gives_its_number_to_a_later_edit() -> None:
    start = _version()
    with transaction.atomic():
        IncidentType.objects.filter(code="domestic-abuse").update(label="Rolled back")
        rolled_back = _version()
        # Read inside the edit, as a process might: cached under the edit's number.
        assert configuration.cached("probe", lambda: "rolled back") == "rolled back"
        transaction.set_rollback(True)
    assert _version() == start
    IncidentType.objects.filter(code="domestic-abuse").update(label="Committed")
    assert _version() not in {start, rolled_back}
    assert configuration.cached("probe", lambda: "committed") == "committed"


@pytest.mark.django_db
def test_without_the_version_row_nothing_is_cached() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM vhub_configurationversion")
    assert configuration.cached("probe", lambda: 1) == 1
    assert configuration.cached("probe", lambda: 2) == 2


CONFIGURATION_TABLES = {
    "partners_agency",
    "referrals_closureday",
    "referrals_incidenttype",
    "referrals_matchthresholds",
    "referrals_postcodedistrict",
    "referrals_priorityweight",
    "referrals_slapolicyversion",
    "referrals_slatarget",
    "referrals_termdates",
    "risk_daquestion",
    "risk_forcehighcombination",
    "risk_indicatorcatalogueversion",
    "risk_riskfactor",
    "risk_riskmodelversion",
}


@pytest.mark.django_db
def test_every_configuration_table_numbers_its_edits() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger "
            "WHERE tgname LIKE 'pgtrigger_configuration_changed_%%'"
        )
        assert {row[0] for row in cursor.fetchall()} == CONFIGURATION_TABLES
    start = _version()
    IncidentType.objects.create(code="probe", label="Probe")
    after_insert = _version()
    IncidentType.objects.filter(code="probe").delete()
    assert len({start, after_insert, _version()}) == 3
