"""POST /api/v1/referrals/{reference}/close/, /reopen/ and /merge/: a referral's end for VHub
staff, through the same actions as the pages."""

import pytest

from audit.models import AuditEvent
from referrals.integration import do_create_integration_client
from referrals.models import ClosureRequestState, Referral, ReferralStatus
from tests.factories import approved_referral, submit_referral


def _post(client, referral: Referral, step: str, body: dict):
    return client.post(
        f"/api/v1/referrals/{referral.reference}/{step}/", body, content_type="application/json"
    )


def test_close_then_reopen_through_the_api(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    client = client_for(practitioner)
    version = client.get(f"/api/v1/referrals/{referral.reference}/").json()["version"]

    response = _post(
        client,
        referral,
        "close",
        {"outcome": "transferred", "rationale": "Moved to Powys.", "version": version},
    )

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body == {
        "reference": referral.reference,
        "status": "closed",
        "version": body["version"],
        "outcome": "transferred",
        "closure": "closed",
        "merged_into": None,
    }
    assert body["version"] > version
    event = AuditEvent.objects.get(action="referral.close")
    assert (event.actor, event.referral_id) == (practitioner, referral.pk)

    # The version read before the closure is stale now: 409, and nothing changes.
    stale = _post(client, referral, "reopen", {"reason": "New bruising.", "version": version})
    assert stale.status_code == 409
    assert "changed by someone else" in stale.json()["errors"][0]["message"]
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.CLOSED

    response = _post(client, referral, "reopen", {"reason": "New bruising."})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["outcome"]) == ("in_triage", None)
    assert AuditEvent.objects.filter(action="referral.reopen", actor=practitioner).exists()

    # Open now: reopening again is refused with the action's words.
    again = _post(client, referral, "reopen", {"reason": "More."})
    assert again.status_code == 400
    assert "only a closed referral can be reopened" in again.json()["errors"][0]["message"]


def test_a_high_referral_never_shared_waits_for_sign_off(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)

    response = _post(
        client_for(practitioner),
        referral,
        "close",
        {"outcome": "no-further-action-police", "rationale": "No offence disclosed."},
    )

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["closure"]) == ("approved", "pending")
    assert referral.closure_requests.get().state == ClosureRequestState.PENDING


def test_close_refuses_bad_input_with_field_errors(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    client = client_for(practitioner)

    response = _post(client, referral, "close", {"outcome": "gone-fishing", "rationale": 5})

    assert response.status_code == 400
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert "Valid codes:" in errors["outcome"]
    assert "transferred" in errors["outcome"]
    assert "rationale" in errors
    blank = _post(client, referral, "close", {"outcome": "duplicate", "rationale": "  "})
    assert blank.status_code == 400
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.SUBMITTED


def test_merge_into_another_referral_and_an_unknown_one(client_for, officer, practitioner) -> None:
    duplicate = submit_referral(officer)
    survivor = submit_referral(officer)
    client = client_for(practitioner)

    unknown = _post(client, duplicate, "merge", {"into": "VH-2026-999999", "reason": "Same."})
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["field"] == "into"
    assert AuditEvent.objects.filter(action="access.denied", actor=practitioner).exists()

    response = _post(
        client, duplicate, "merge", {"into": survivor.reference, "reason": "The same incident."}
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["merged_into"], body["outcome"]) == (
        "merged",
        survivor.reference,
        "duplicate",
    )
    assert AuditEvent.objects.filter(action="referral.merge", referral=duplicate).exists()
    itself = _post(client, survivor, "merge", {"into": survivor.reference, "reason": "Same."})
    assert itself.status_code == 400


@pytest.mark.parametrize("step", ["close", "reopen", "merge"])
@pytest.mark.parametrize("who", ["officer", "manager", "auditor", "partner_a", "partner_b"])
def test_other_roles_are_refused_and_it_is_audited(
    db, request, client_for, officer, who, step
) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)

    response = _post(client_for(user), referral, step, {"outcome": "duplicate", "rationale": "x"})

    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.SUBMITTED


def test_a_records_system_token_cannot_close(client, officer) -> None:
    integration, token = do_create_integration_client(
        actor=None, name="Niche RMS", source_system="niche"
    )
    own = submit_referral(integration.service_user)

    response = client.post(
        f"/api/v1/referrals/{own.reference}/close/",
        {"outcome": "duplicate", "rationale": "Sent twice."},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )

    assert response.status_code == 403
    assert Referral.objects.get(pk=own.pk).status == ReferralStatus.SUBMITTED


def test_an_unknown_reference_is_404_and_audited(client_for, practitioner) -> None:
    response = client_for(practitioner).post(
        "/api/v1/referrals/VH-2026-999999/close/",
        {"outcome": "duplicate", "rationale": "x"},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=practitioner).exists()
