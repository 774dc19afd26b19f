"""POST /api/v1/referrals/: the records-system intake, idempotent, validated, rate limited."""

import copy
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from audit.models import AuditEvent
from referrals.integration import (
    IntegrationClientThrottle,
    do_create_integration_client,
    do_revoke_integration_client,
)
from referrals.models import Referral

PAYLOAD = {
    "external_id": "NICHE-451",
    "incident_reference": "22/123456/26",
    "incident_at": "2026-11-01T21:30:00Z",
    "location": "12 Mill Lane, Hereford",
    "postcode": "hr1 2ab",
    "incident_type": "domestic-abuse",
    "local_authority": "herefordshire-cs",
    "narrative": "Neighbour called police to shouting. <script>alert(1)</script>",
    "officer_risk_view": "Risk of further harm.",
    "children": [
        {
            "first_name": "Lily",
            "last_name": "Smith",
            "date_of_birth": "2020-06-14",
            "was_present": True,
            "voice_of_child": "Said she was scared.",
        }
    ],
}


@pytest.fixture
def niche(db):
    client, token = do_create_integration_client(
        actor=None, name="Niche RMS", source_system="niche"
    )
    return client, token


def _api(token: str | None) -> Client:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return Client(**headers)


def _post(token, payload=PAYLOAD, **extra):
    return _api(token).post("/api/v1/referrals/", payload, content_type="application/json", **extra)


def test_a_records_system_submits_a_referral(niche) -> None:
    response = _post(niche[1])
    assert response.status_code == 201
    body = response.json()
    referral = Referral.objects.get(reference=body["reference"])
    assert (referral.source, referral.source_system, referral.external_id) == (
        "api",
        "niche",
        "NICHE-451",
    )
    assert referral.postcode == "HR1 2AB"
    assert referral.subjects.get().person.full_name == "Lily Smith"
    assert referral.narrative.endswith(
        "<script>alert(1)</script>"
    )  # kept as text, escaped on output
    assert AuditEvent.objects.filter(action="referral.submit", details__channel="api").exists()


def test_a_replay_returns_the_same_referral_and_creates_nothing(niche) -> None:
    first = _post(niche[1]).json()
    again = _post(niche[1])
    assert again.status_code == 200
    assert again.json() == {**first, "created": False}
    assert Referral.objects.count() == 1


def test_a_different_payload_under_the_same_key_is_a_conflict_and_changes_nothing(niche) -> None:
    _post(niche[1])
    changed = copy.deepcopy(PAYLOAD)
    changed["narrative"] = "Something else entirely."
    response = _post(niche[1], changed)
    assert response.status_code == 409
    assert response.json()["errors"][0]["field"] == "external_id"
    assert Referral.objects.get().narrative.startswith("Neighbour called police")


def test_invalid_input_is_a_400_with_field_paths(niche) -> None:
    bad = copy.deepcopy(PAYLOAD)
    bad["children"][0]["date_of_birth"] = "2099-01-01"
    del bad["children"][0]["voice_of_child"]
    bad["incident_type"] = "not-a-type"
    bad["postcode"] = "NOPE"
    response = _post(niche[1], bad)
    assert response.status_code == 400
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {
        "children[0].date_of_birth",
        "children[0].voice_of_child",
        "incident_type",
        "postcode",
    }
    assert not Referral.objects.exists()


def test_a_referral_needs_a_child(niche) -> None:
    response = _post(niche[1], {**PAYLOAD, "children": []})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "children"


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_missing_or_unknown_tokens_are_refused(niche, token) -> None:
    response = _post(token)
    assert response.status_code == 401
    assert not Referral.objects.exists()


def test_a_revoked_token_is_refused_at_once(niche) -> None:
    client, token = niche
    do_revoke_integration_client(client, actor=None)
    assert _post(token).status_code == 401


def test_a_signed_in_person_cannot_use_the_intake(client_for, officer) -> None:
    response = client_for(officer).post(
        "/api/v1/referrals/", PAYLOAD, content_type="application/json"
    )
    assert response.status_code in (401, 403)
    assert not Referral.objects.exists()


def test_an_oversize_body_is_a_413(niche) -> None:
    huge = {**PAYLOAD, "narrative": "x" * 300_000}
    assert _post(niche[1], huge).status_code == 413


def test_each_client_is_rate_limited(niche, monkeypatch) -> None:
    monkeypatch.setattr(IntegrationClientThrottle, "THROTTLE_RATES", {"intake": "2/min"})
    from django.core.cache import cache

    cache.clear()
    statuses = [_post(niche[1], {**PAYLOAD, "external_id": f"X{i}"}).status_code for i in range(3)]
    assert statuses == [201, 201, 429]


def test_the_sender_reads_back_status_and_clocks_but_not_other_systems_referrals(niche) -> None:
    reference = _post(niche[1]).json()["reference"]
    body = _api(niche[1]).get(f"/api/v1/referrals/{reference}/").json()
    assert body["status"] == "submitted"
    # (and the Operation Encompass clock: domestic abuse with a school-age child)
    assert {c["kind"] for c in body["clocks"]} == {"triage", "decision_to_share", "encompass"}
    _, other = do_create_integration_client(actor=None, name="Other", source_system="other")
    assert _api(other).get(f"/api/v1/referrals/{reference}/").status_code == 404


def test_a_child_without_a_date_of_birth_is_accepted(niche) -> None:
    payload = copy.deepcopy(PAYLOAD)
    del payload["children"][0]["date_of_birth"]
    response = _post(niche[1], payload)
    assert response.status_code == 201
    assert Referral.objects.get().subjects.get().person.date_of_birth is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("voice_of_child", 5),
        ("first_name", 12.5),
        ("was_present", "yes"),
        ("was_injured", 1),
    ],
)
def test_a_value_of_the_wrong_json_type_is_refused_not_converted(niche, field, value) -> None:
    """Found by schemathesis: DRF turned a number into text and "yes" or 1 into true, so a
    records system that mapped a field wrongly had its data silently changed."""
    payload = copy.deepcopy(PAYLOAD)
    payload["children"][0][field] = value
    response = _post(niche[1], payload)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == f"children[0].{field}"
    assert not Referral.objects.exists()


def test_the_intake_takes_json_only(niche) -> None:
    """Found by schemathesis: the schema offered form encodings, in which the children (a list
    of objects) cannot be sent."""
    flat = {k: v for k, v in PAYLOAD.items() if k != "children"}
    client = _api(niche[1])
    form = client.post("/api/v1/referrals/", flat)  # multipart
    encoded = client.post(
        "/api/v1/referrals/", "external_id=X1", content_type="application/x-www-form-urlencoded"
    )
    assert (form.status_code, encoded.status_code) == (415, 415)
    assert not Referral.objects.exists()


def test_a_malformed_content_length_is_not_a_server_error(niche) -> None:
    response = _post(niche[1], CONTENT_LENGTH="lots")
    assert response.status_code == 400  # Django reads the body as empty
    assert not Referral.objects.exists()


def test_a_blank_local_authority_means_not_known(niche) -> None:
    response = _post(niche[1], {**PAYLOAD, "local_authority": ""})
    assert response.status_code == 201  # and VHub routes it from the postcode, as when left out


def test_a_client_over_its_rate_limit_is_audited_once(niche, monkeypatch) -> None:
    monkeypatch.setattr(IntegrationClientThrottle, "THROTTLE_RATES", {"intake": "1/min"})
    statuses = [_post(niche[1], {**PAYLOAD, "external_id": f"X{i}"}).status_code for i in range(3)]
    assert statuses == [201, 429, 429]
    event = AuditEvent.objects.get(action="api.rate_limited")
    assert event.actor_id == niche[0].service_user_id
    assert event.details["channel"] == "api"


@pytest.mark.parametrize(
    ("field", "value"), [("incident_type", "domestic\x00abuse"), ("local_authority", "\x00")]
)
def test_a_code_with_a_nul_character_is_a_400_not_a_500(niche, field, value) -> None:
    """Found by schemathesis: the lookup sent the NUL to PostgreSQL, which refused it, and the
    database error came back as a 500."""
    response = _post(niche[1], {**PAYLOAD, field: value})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == field


def test_an_intake_runs_a_fixed_number_of_queries(niche, django_assert_num_queries) -> None:
    """Two school-age twins in a domestic-abuse incident: both matched, both proposed to their
    school, three clocks, a priority and the trail, in a number of queries that does not grow
    with anything but the children (DESIGN.md §10; the figure is `make bench`'s, not a timing)."""
    from referrals.models import ClockKind, PersonMatch, SlaClock

    twin = {**PAYLOAD["children"][0], "date_of_birth": "2016-03-01", "school": "Hill Primary"}
    payload = {
        **PAYLOAD,
        "children": [twin, {**twin, "first_name": "Lola"}],
    }
    _post(niche[1], {**payload, "external_id": "NICHE-1"})  # warm the per-process caches
    # 30 before the risk reader; +1 the published catalogue, +1 the referral's flags (none
    # here: nothing in this narrative signals high risk, so nothing is inserted); +3 for repeat
    # children: the matching thresholds, the risk model's windows and the children's counts
    # (the earlier referral's do not change: at the same incident time it came first). Then
    # -5 since the intake shares the import's set-based code (referrals/actions.py,
    # `submit_referrals`): both children's people, subjects, match searches, matches and
    # school notices are written in one statement each instead of one per child. Then -1:
    # the records system's roles come with its token (referrals/integration.py). Then -1: the
    # audit chain's lock and head in one statement (audit/actions.py). Then -1: the closure days
    # and the term dates are read in one statement (referrals/sla.py). Then -7: eight
    # configuration reads (incident type, local authority, postcode districts, match thresholds,
    # SLA targets, closure days and term dates, catalogue version, priority weights) come from
    # the process's cache, and one statement reads the configuration's version
    # (vhub/configuration.py). Then -1: the risk model's repeat windows come from that cache too
    # (risk/scoring.py).
    with django_assert_num_queries(19) as captured:
        response = _post(niche[1], {**payload, "external_id": "NICHE-2"})
    assert response.status_code == 201
    # The token's read, the idempotency check, the priority and the inserts of the rows whose
    # history is not kept (people, matches, school notices, clocks, the trail) are fixed
    # statements that PostgreSQL plans once per connection (vhub/prepared.py), with nothing for
    # Django to compile; the referral's and its subjects' inserts are fixed text too, sent
    # through Django's cursor for their history's context.
    prepared = [q["sql"] for q in captured.captured_queries if "-- prepared" in q["sql"]]
    assert len(prepared) == 8
    assert 'FROM "referrals_integrationclient"' in prepared[0]
    assert "WHERE source_system = " in prepared[1]
    inserted = [s.split()[2] for s in prepared if s.startswith("INSERT INTO")]
    assert inserted == [
        '"referrals_person"',
        '"referrals_personmatch"',
        '"partners_encompassnotice"',
        '"referrals_slaclock"',
        '"audit_auditevent"',
    ]
    referral = Referral.objects.get(reference=response.json()["reference"])
    assert sorted(SlaClock.objects.filter(referral=referral).values_list("kind", flat=True)) == (
        sorted([ClockKind.TRIAGE, ClockKind.DECISION_TO_SHARE, ClockKind.ENCOMPASS])
    )
    # Each twin is matched with the earlier referral's child of that name, never with the other.
    matches = PersonMatch.objects.filter(subject__referral=referral)
    assert {(m.subject.person.first_name, m.candidate.first_name) for m in matches} >= {
        ("Lily", "Lily"),
        ("Lola", "Lola"),
    }
    assert not matches.filter(candidate__subjects__referral=referral).exists()
    assert list(
        AuditEvent.objects.filter(referral=referral).order_by("id").values_list("action", flat=True)
    ) == ["referral.submit", "encompass.propose", "encompass.propose"]
    assert referral.priority_breakdown
    assert referral.priority_score > 0


# --- Intake limits (issue 20): each a 400 in the documented shape ---------------------------


def _place(payload: dict[str, Any], field: str) -> tuple[dict[str, Any], str]:
    """The dict holding `field` ("location" or "children[0].first_name"), and its key."""
    if "." in field:
        return payload["children"][0], field.split(".")[1]
    return payload, field


def _fields(response) -> set[str]:
    assert response.status_code == 400, response.content
    return {error["field"] for error in response.json()["errors"]}


def test_json_nested_deeper_than_the_limit_is_a_400_not_a_500(niche) -> None:
    for depth in (settings.API_MAX_JSON_DEPTH + 1, 950, 50_000):
        body = '{"external_id": ' + "[" * depth + "]" * depth + "}"
        response = _api(niche[1]).post("/api/v1/referrals/", body, content_type="application/json")
        assert response.status_code == 400, depth
        (error,) = response.json()["errors"]
        assert error["field"] == ""
        assert "nested more than" in error["message"]
    assert not Referral.objects.exists()


def test_brackets_inside_strings_do_not_count_as_nesting(niche) -> None:
    payload = {**PAYLOAD, "narrative": '[[[[[[[[[[{{{{{{{{{{ \\" ]]]'}
    assert _post(niche[1], payload).status_code == 201


def test_more_children_than_the_maximum_is_a_400(niche) -> None:
    child = PAYLOAD["children"][0]
    too_many = {**PAYLOAD, "children": [child] * (settings.REFERRAL_MAX_PEOPLE + 1)}
    response = _post(niche[1], too_many)
    assert _fields(response) == {"children"}
    assert str(settings.REFERRAL_MAX_PEOPLE) in response.json()["errors"][0]["message"]
    assert not Referral.objects.exists()


def test_the_intake_action_refuses_more_people_than_the_maximum_for_every_caller(
    officer, settings
) -> None:
    from referrals.inputs import PersonDetails
    from tests.factories import child, submit_referral
    from vhub.errors import ActionError

    settings.REFERRAL_MAX_PEOPLE = 3
    parent = PersonDetails("Bob", "Lee", "parent")
    submit_referral(officer, children=[child()] * 2, others=[parent])  # three: accepted
    with pytest.raises(ActionError, match="at most 3 children and other people"):
        submit_referral(officer, children=[child()] * 2, others=[parent] * 2)


@pytest.mark.parametrize(
    ("field", "length"),
    [
        ("external_id", 100),
        ("incident_reference", 50),
        ("location", 300),
        ("narrative", 20_000),
        ("officer_risk_view", 20_000),
        ("children[0].first_name", 100),
        ("children[0].last_name", 100),
        ("children[0].address", 300),
        ("children[0].school", 200),
        ("children[0].gp", 200),
        ("children[0].parental_responsibility", 300),
        ("children[0].voice_of_child", 20_000),
    ],
)
def test_a_string_over_its_fields_length_is_a_400(niche, field, length: int) -> None:
    payload = copy.deepcopy(PAYLOAD)
    target, name = (
        (payload["children"][0], field.split(".")[1]) if "." in field else (payload, field)
    )
    target[name] = "a" * length
    assert _post(niche[1], payload).status_code == 201
    target[name] = "a" * (length + 1)
    payload["external_id"] = payload["external_id"][:90] + "-over"
    if name == "external_id":
        payload["external_id"] = "a" * (length + 1)
    assert _fields(_post(niche[1], payload)) == {field}


@pytest.mark.parametrize(
    "field",
    [
        "incident_at",
        "external_id",
        "incident_type",
        "narrative",
        "children[0].date_of_birth",
        "children[0].first_name",
        "children[0].voice_of_child",
    ],
)
def test_a_nul_anywhere_is_a_400_naming_its_field(niche, field) -> None:
    payload = copy.deepcopy(PAYLOAD)
    target, name = (
        (payload["children"][0], field.split(".")[1]) if "." in field else (payload, field)
    )
    value = target[name]
    target[name] = value[:4] + "\x00" + value[4:]
    response = _post(niche[1], payload)
    assert _fields(response) == {field}
    assert "NUL" in response.json()["errors"][0]["message"]
    assert not Referral.objects.exists()


def test_a_nul_in_a_key_is_a_400(niche) -> None:
    payload = {**PAYLOAD, "extra\x00": "x"}
    assert _fields(_post(niche[1], payload)) == {"extra\x00"}


@pytest.mark.parametrize(
    "name",
    [
        "Lily\u202eSmith",  # right-to-left override
        "\u2067Lily\u2069",  # right-to-left isolate
        "Li\u200bly",  # zero-width space
        "Li\u200dly",  # zero-width joiner
        "\ufeffLily",  # byte-order mark
        "Lily\tSmith",  # a control character
    ],
)
def test_invisible_and_direction_characters_in_names_are_refused(niche, name: str) -> None:
    payload = copy.deepcopy(PAYLOAD)
    payload["children"][0]["last_name"] = name
    response = _post(niche[1], payload)
    assert _fields(response) == {"children[0].last_name"}
    assert "U+" in response.json()["errors"][0]["message"]
    assert not Referral.objects.exists()


def test_names_in_other_scripts_are_accepted(niche) -> None:
    payload = copy.deepcopy(PAYLOAD)
    payload["children"][0].update(first_name="Zoë-Anne", last_name="O’Brien محمد")
    assert _post(niche[1], payload).status_code == 201


@pytest.mark.parametrize("token", ["wrong-token", "revoked"])
def test_readback_with_an_unknown_or_revoked_token_is_a_401(niche, token) -> None:
    client, good = niche
    reference = _post(good).json()["reference"]
    if token == "revoked":
        do_revoke_integration_client(client, actor=None)
        token = good
    response = _api(token).get(f"/api/v1/referrals/{reference}/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert "detail" in response.json()


def test_replaying_a_merged_duplicate_answers_200_with_its_reference_and_merged_status(
    niche, officer, practitioner
) -> None:
    from referrals.actions.closure import do_merge_referral
    from tests.factories import submit_referral

    first = _post(niche[1]).json()
    survivor = submit_referral(officer)
    do_merge_referral(
        Referral.objects.get(reference=first["reference"]),
        actor=practitioner,
        survivor=survivor,
        reason="The same incident, sent by the records system and by the officer.",
    )

    again = _post(niche[1])

    assert again.status_code == 200
    assert again.json() == {
        "reference": first["reference"],
        "status": "merged",
        "created": False,
        "merged_into": survivor.reference,
    }
