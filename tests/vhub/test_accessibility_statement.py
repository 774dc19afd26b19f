"""The accessibility statement: in GOV.UK's format, open to everyone, linked from every page."""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.test import Client

from tests.factories import TEST_PASSWORD

SECTIONS = (
    "Accessibility statement for VHub",
    "How accessible this service is",
    "Feedback and contact information",
    "Reporting accessibility problems with this service",
    "Enforcement procedure",
    "Technical information about this service’s accessibility",
    "How we tested this service",
    "Preparation of this accessibility statement",
)


def test_someone_not_signed_in_reads_the_whole_statement(db, settings) -> None:
    settings.ACCESSIBILITY_CONTACT_EMAIL = "access@hub.example"
    response = Client().get("/accessibility/")
    assert response.status_code == 200
    assert isinstance(response.wsgi_request.user, AnonymousUser)
    html = response.content.decode()
    for heading in SECTIONS:
        assert heading in html
    assert 'href="mailto:access@hub.example"' in html
    # The real test method, as the browser suite runs it.
    assert "axe-core" in html
    assert "390 and 320 pixels" in html
    assert "keyboard-only" in html


def test_someone_between_password_and_second_factor_reads_it_too(db, officer) -> None:
    client = Client()
    assert client.login(request=HttpRequest(), username=officer.username, password=TEST_PASSWORD)
    assert client.get("/accessibility/").status_code == 200
    # ... while case pages still wait for the second factor.
    assert client.get("/referrals/mine/").status_code == 302


def test_every_page_links_to_it_from_the_footer(db, officer, client_for) -> None:
    for client, url in [(Client(), "/login/"), (client_for(officer), "/referrals/mine/")]:
        html = client.get(url).content.decode()
        footer = html[html.index('<footer class="govuk-footer"') :]
        assert 'href="/accessibility/"' in footer, url
