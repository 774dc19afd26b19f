"""The API's schema and docs: VHub staff with the second factor and records systems only."""

import pytest
from django.test import Client

from audit.models import AuditEvent
from referrals.integration import do_create_integration_client

URLS = ("/api/schema/", "/api/docs/")


def test_anonymous_callers_cannot_read_the_schema(db) -> None:
    response = Client().get("/api/schema/")
    assert response.status_code == 403
    assert "openapi" not in response.content.decode()


def test_someone_not_signed_in_is_asked_to_sign_in_for_the_docs(db) -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "next=/api/docs/" in response["Location"]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("who", ["partner_a", "outsider"])
def test_partner_users_and_people_without_a_role_cannot_read_them(
    db, request, client_for, url, who
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get(url)
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_a_records_system_reads_the_schema_with_its_token(db) -> None:
    _client, token = do_create_integration_client(
        actor=None, name="Niche RMS", source_system="niche"
    )
    assert Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/schema/").status_code == 200
    refused = Client(HTTP_AUTHORIZATION="Bearer not-a-token").get("/api/schema/")
    assert refused.status_code in (401, 403)
    # The docs page is for people in a browser: a token does not open it (it asks to sign in).
    docs = Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/docs/")
    assert docs.status_code == 302
    assert "login" in docs["Location"]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("who", ["officer", "practitioner", "auditor", "manager"])
def test_verified_staff_read_them(db, request, client_for, url, who) -> None:
    assert client_for(request.getfixturevalue(who)).get(url).status_code == 200
