"""Property-based API tests: schemathesis generates requests from the OpenAPI schema and every
answer must be a non-5xx that matches the schema, for a records system, for staff and for a
partner agency's case system."""

from dataclasses import dataclass, field

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from partners.portal_actions import IsrInput, do_raise_isr, do_respond_isr
from referrals.integration import do_create_integration_client
from tests.factories import approved_referral, partner_system, share_with, submit_referral

schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
# The test signs in itself (below); generated credentials would only test the generator.
schema.config.generation.update(with_security_parameters=False)
schema.config.update(base_url="http://localhost")
# Requests go to the real WSGI application in-process (inside the test's transaction).
schema.app = get_wsgi_application()

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,  # invalid input is refused with a 4xx, not accepted
]


@pytest.fixture
def keep_connection(db):
    """Like Django's test client, the in-process application must not close the database
    connection (and with it the test's transaction) at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@dataclass
class Caller:
    credentials: dict[str, dict[str, str]]  # `headers` and/or `cookies` for Case.call
    reference: str  # a referral this caller may read, so 200 answers are checked, not only 404s
    checks: list
    # For the partner API: a share, a request and its file the caller may read, by parameter.
    ids: dict[str, int] = field(default_factory=dict)


@pytest.fixture
def as_records_system(db):
    client, token = do_create_integration_client(
        actor=None, name="Niche RMS", source_system="niche"
    )
    own = submit_referral(client.service_user)
    # Also: the same request without the token, or with a wrong one, is refused. (schemathesis
    # can tell given credentials from generated ones only when they are a header.)
    return Caller(
        {"headers": {"Authorization": f"Bearer {token}"}}, own.reference, [*CHECKS, ignored_auth]
    )


@pytest.fixture
def as_staff(client_for, officer, practitioner, supervisor):
    """A practitioner with a two-factor-verified session, and a graded, approved referral."""
    session = client_for(practitioner).cookies["sessionid"].value
    referral = approved_referral(officer, practitioner, supervisor)
    # A session's POSTs need the CSRF cookie and header, as the browser sends them; without
    # them every generated close, reopen and merge would stop at a 403 before the action.
    csrf = "vhubschemathesiscsrftoken0123456"  # a 32-character CSRF secret
    credentials = {
        "cookies": {"sessionid": session, "csrftoken": csrf},
        "headers": {"X-CSRFToken": csrf},
    }
    return Caller(credentials, referral.reference, CHECKS)


@pytest.fixture
def as_partner_system(db, officer, practitioner, supervisor, partner_a):
    """Herefordshire's case system on the partner API, with a share of its agency (its pack
    produced), an answered information request and the answer's file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from partners.packs import do_render_share_pack

    _, token = partner_system("herefordshire-cs")
    referral = approved_referral(officer, practitioner, supervisor)
    share = do_render_share_pack(share_with(referral, practitioner).pk)
    isr = do_raise_isr(
        IsrInput(urgency="routine", reason="Any risks?", lawful_basis="ca1989_s47", share=share),
        actor=partner_a,
    )
    do_respond_isr(
        isr, actor=practitioner, response="None.", files=[SimpleUploadedFile("a.txt", b"None.")]
    )
    ids = {"share_id": share.pk, "isr_id": isr.pk, "attachment_id": isr.attachments.get().pk}
    return Caller(
        {"headers": {"Authorization": f"Bearer {token}"}},
        referral.reference,
        [*CHECKS, ignored_auth],
        ids,
    )


@pytest.fixture(params=["as_records_system", "as_staff", "as_partner_system"])
def caller(request):
    return request.getfixturevalue(request.param)


@schema.parametrize()
@settings(
    max_examples=50,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_match_the_schema_and_are_never_5xx(case, keep_connection, caller) -> None:
    reference = (case.path_parameters or {}).get("reference")
    # Random references all answer 404: about half of them (picked by the generated data, so
    # runs stay reproducible) become a referral the caller may read.
    if isinstance(reference, str) and len(reference) % 2 == 0:
        case.path_parameters["reference"] = caller.reference
    # The same for the partner API's ids: an even one becomes the caller's own object.
    for name, own in caller.ids.items():
        value = (case.path_parameters or {}).get(name)
        if isinstance(value, int) and value % 2 == 0:
            case.path_parameters[name] = own
    case.call_and_validate(checks=caller.checks, **caller.credentials)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/referrals/{reference}/",
        "/api/v1/referrals/{reference}/risk/",
        "/api/v1/referrals/{reference}/notes/",
        "/api/v1/referrals/{reference}/attachments/",
    ],
)
def test_the_staff_caller_is_signed_in(keep_connection, as_staff, path) -> None:
    """Guards the test above: refusals are valid answers too, so a caller whose credentials
    did not reach the application would pass it without testing anything."""
    case = schema[path]["GET"].Case(path_parameters={"reference": as_staff.reference})
    assert case.call(**as_staff.credentials).status_code == 200


@pytest.mark.parametrize(
    ("step", "body"),
    [
        ("close", {"outcome": "transferred", "rationale": "Moved to Powys."}),
        ("merge", None),
    ],
)
def test_the_staff_caller_can_end_a_referral(
    keep_connection, as_staff, officer, step, body
) -> None:
    """Guards the test above for the operations that change a referral: with a valid body
    they succeed, so the generated ones reach the actions."""
    if body is None:
        body = {"into": submit_referral(officer).reference, "reason": "The same incident."}
    case = schema[f"/api/v1/referrals/{{reference}}/{step}/"]["POST"].Case(
        path_parameters={"reference": as_staff.reference}, body=body
    )
    response = case.call(**as_staff.credentials)
    assert response.status_code == 200, response.text
    case.validate_response(response, checks=CHECKS)


def test_the_staff_caller_searches(keep_connection, as_staff) -> None:
    """Guards the generated searches: a valid one answers 200 with the people found, and the
    answer matches the schema."""
    case = schema["/api/v1/search/"]["GET"].Case(query={"name": "Lilly Smyth"})
    response = case.call(**as_staff.credentials)
    assert response.status_code == 200, response.text
    assert [p["name"] for p in response.json()["people"]] == ["Lily Smith"]
    case.validate_response(response, checks=CHECKS)


def test_the_records_system_is_signed_in(keep_connection, as_records_system) -> None:
    path = "/api/v1/referrals/{reference}/"
    case = schema[path]["GET"].Case(path_parameters={"reference": as_records_system.reference})
    assert case.call(**as_records_system.credentials).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/partner/shares/{share_id}/",
        "/api/v1/partner/shares/{share_id}/pack/",
        "/api/v1/partner/shares/{share_id}/messages/",
        "/api/v1/partner/isrs/{isr_id}/",
        "/api/v1/partner/isrs/{isr_id}/attachments/{attachment_id}/",
    ],
)
def test_the_partner_system_is_signed_in(keep_connection, as_partner_system, path):
    """Guards the test above for the partner API: its own objects answer 200 and match the
    schema, so the generated calls reach them."""
    names = [n for n in as_partner_system.ids if "{" + n + "}" in path]
    case = schema[path]["GET"].Case(path_parameters={n: as_partner_system.ids[n] for n in names})
    response = case.call(**as_partner_system.credentials)
    assert response.status_code == 200, response.text
    case.validate_response(response, checks=CHECKS)


def test_every_operation_documents_its_refusals() -> None:
    """Found by schemathesis: the read operations documented only 200, so a client generated
    from the schema had no shape for 401, 403, 404 or 429."""
    for path, operations in schema.raw_schema["paths"].items():
        for method, operation in operations.items():
            documented = set(operation["responses"])
            assert {"401", "403", "429"} <= documented, (method, path)
            if "{" in path:  # about one object: the caller may not see it
                assert "404" in documented, (method, path)


def test_the_schema_lets_local_authority_be_blank() -> None:
    """Found by schemathesis: a blank local authority is accepted as "not known", but the
    schema demanded at least one character."""
    field = schema.raw_schema["components"]["schemas"]["IntakeRequest"]["properties"][
        "local_authority"
    ]
    assert "minLength" not in field
    assert field["nullable"] is True
