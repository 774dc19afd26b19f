"""GET /api/v1/referrals/{reference}/risk/ and the OpenAPI schema."""

import pytest

from audit.models import AuditEvent
from risk.actions import do_decide_assessment
from tests.factories import submit_referral, submitted_assessment


@pytest.fixture
def graded(officer, practitioner, supervisor):
    referral = submit_referral(officer, narrative="He strangled her while Lily watched.")
    assessment = submitted_assessment(referral, practitioner, grade="high")
    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="change",
        grade="medium",
        rationale="Strangulation not corroborated.",
    )
    return referral


def test_staff_read_assessments_suggestion_history_and_flags(
    client_for, graded, practitioner
) -> None:
    response = client_for(practitioner).get(f"/api/v1/referrals/{graded.reference}/risk/")

    assert response.status_code == 200
    body = response.json()
    assert body["reference"] == graded.reference
    assert body["current_grade"] == "medium"
    (assessment,) = body["assessments"]
    assert assessment["child"]["name"] == "Lily Smith"
    assert assessment["suggestion"]["headline"].startswith("Standard because")
    assert assessment["model_version"] == 1
    (change,) = body["grade_history"]
    assert (change["from_grade"], change["to_grade"]) == ("", "medium")
    assert change["reason"] == "Strangulation not corroborated."
    kinds = {f["kind"] for f in body["flags"]}
    assert "narrative" in kinds
    narrative = next(f for f in body["flags"] if f["kind"] == "narrative")
    assert narrative["matches"][0]["match"] == "strangled"
    assert AuditEvent.objects.filter(
        action="referral.view", actor=practitioner, details__view="risk"
    ).exists()


def test_factors_are_described_from_the_version_used(client_for, officer, practitioner) -> None:
    from risk.actions import do_save_assessment
    from tests.factories import assessment_input

    referral = submit_referral(officer)
    do_save_assessment(
        referral.subjects.get(),
        assessment_input("high", factor_codes=["weapon", "injury"]),
        actor=practitioner,
        submit=True,
    )
    body = client_for(practitioner).get(f"/api/v1/referrals/{referral.reference}/risk/").json()
    factors = {f["code"]: f for f in body["assessments"][0]["factors"]}
    assert factors["weapon"] == {
        "code": "weapon",
        "label": "A weapon was used or threatened",
        "weight": 15,
        "forces_high": False,
    }


@pytest.mark.parametrize("who", ["partner_a", "partner_b", "auditor", "outsider", "officer2"])
def test_others_get_404_and_the_denial_is_audited(db, request, client_for, graded, who) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/api/v1/referrals/{graded.reference}/risk/")
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_anonymous_callers_are_refused(client, graded) -> None:
    assert client.get(f"/api/v1/referrals/{graded.reference}/risk/").status_code in (401, 403)


def test_query_count_does_not_grow_with_flags(client_for, officer, practitioner) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(practitioner)
    calm = submitted_assessment(
        submit_referral(officer, narrative="An argument."), practitioner, grade="high"
    ).referral
    busy = submit_referral(officer, narrative="Knife, strangled, threatened to kill, baby.")
    submitted_assessment(busy, practitioner, grade="medium")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/api/v1/referrals/{calm.reference}/risk/")
    with CaptureQueriesContext(connection) as many:
        client.get(f"/api/v1/referrals/{busy.reference}/risk/")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_schema_documents_the_operation(client_for, practitioner) -> None:
    response = client_for(practitioner).get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = response.json() if response["Content-Type"].startswith("application/json") else None
    text = response.content.decode()
    assert "/api/v1/referrals/{reference}/risk/" in text
    assert "referral_risk" in text
    assert schema is None or "openapi" in schema


def test_the_docs_page_renders_the_schema_as_a_page_of_its_own(client_for, practitioner) -> None:
    response = client_for(practitioner).get("/api/docs/")
    html = response.content.decode()
    assert response.status_code == 200
    # Plain HTML from the schema: every operation, its responses and the data structures,
    # readable without JavaScript (Swagger UI, which failed WCAG 2.2 AA, is gone).
    assert 'id="referral_risk"' in html
    assert "/api/v1/referrals/{reference}/risk/" in html
    assert 'href="#schema-ReferralRisk"' in html
    assert 'id="schema-ReferralRisk"' in html
    assert "swagger" not in html.lower()
    assert "cdn.jsdelivr" not in html
