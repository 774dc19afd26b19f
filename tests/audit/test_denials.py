"""Every refusal of a signed-in person is audited, in one place (DESIGN.md §7): access helpers
and require_role record what was asked for; the audit middleware records any other 403 or 404
a page answers, once."""

from django.test import Client

from audit.models import AuditEvent
from tests.factories import submit_referral


def _denials(user) -> int:
    return list(AuditEvent.objects.filter(action="access.denied", actor=user))


def test_a_refusal_no_helper_recorded_is_audited_by_the_middleware(
    client_for, officer, auditor
) -> None:
    # The subject access export refuses an unknown format with a plain 404, after the access
    # helper has allowed the person: only the middleware records that refusal.
    person = submit_referral(officer).subjects.get().person
    url = f"/audit/people/{person.pk}/subject-access.xml"
    response = client_for(auditor).get(url)
    assert response.status_code == 404
    [denial] = _denials(auditor)
    assert denial.details == {"object_type": "page", "object_id": url, "reason": "not found"}


def test_a_refusal_the_access_helper_recorded_is_audited_once(client_for, officer) -> None:
    response = client_for(officer).get("/referrals/VH-2026-999999/")
    assert response.status_code == 404
    [denial] = _denials(officer)
    assert denial.details["object_type"] == "referrals.referral"


def test_a_signed_in_person_with_no_role_is_refused_and_audited(client_for, outsider) -> None:
    response = client_for(outsider).get("/")
    assert response.status_code == 403
    [denial] = _denials(outsider)
    assert (denial.details["object_id"], denial.details["reason"]) == ("/", "refused")


def test_a_path_that_matches_no_url_refuses_nothing(client_for, practitioner) -> None:
    assert client_for(practitioner).get("/no-such-page/").status_code == 404
    assert _denials(practitioner) == []


def test_an_anonymous_visitor_is_not_a_denial(db) -> None:
    assert Client().get("/oidc/authenticate/").status_code == 404
    assert not AuditEvent.objects.filter(action="access.denied").exists()
