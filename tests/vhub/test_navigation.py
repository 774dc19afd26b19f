"""The navigation each role sees (project/context_processors.py), worked out once per set of
roles and still fresh on every request."""

import re
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from project import context_processors

NAV = re.compile(r'<ul class="govuk-service-navigation__list" id="navigation">(.*?)</ul>', re.S)
LINK = re.compile(r'<a class="govuk-service-navigation__link" href="([^"]+)"[^>]*>(.*?)</a>')


def _navigation(client, url: str = "/notifications/") -> list[tuple[str, str]]:
    """The navigation's (label, href) pairs, as the page shows them."""
    found = NAV.search(client.get(url).content.decode())
    if found is None:
        return []
    return [(re.sub(r"<[^>]+>", "", label), href) for href, label in LINK.findall(found.group(1))]


MATCHES = ("Possible matches", "/referrals/matches/")
PRACTITIONER_FIRST = [("Triage queue", "/referrals/queue/"), ("Search", "/referrals/search/")]
STAFF_LAST = [("Information requests", "/partners/isrs/queue/")]
FEEDBACK = ("Audit feedback", "/risk/quality/feedback/")
DASHBOARDS = [
    ("Dashboard", "/dashboards/overview/"),
    ("Capacity", "/dashboards/capacity/"),
    ("Officers&#x27; assessments", "/dashboards/frontline/"),
]
EXPECTED = {
    "officer": [
        ("My referrals", "/referrals/mine/"),
        ("New referral", "/referrals/new/"),
        ("Search", "/referrals/search/"),
        FEEDBACK,
    ],
    "practitioner": [
        *PRACTITIONER_FIRST,
        MATCHES,
        ("MARAC list", "/partners/marac/"),
        *STAFF_LAST,
        FEEDBACK,
    ],
    "supervisor": [
        *PRACTITIONER_FIRST,
        MATCHES,
        ("Approvals", "/risk/approvals/"),
        ("Closures to sign off", "/referrals/closures/"),
        ("Possible hidden high risk", "/risk/reviews/"),
        *DASHBOARDS,
        ("MARAC list", "/partners/marac/"),
        ("Share authorisations", "/partners/authorisations/"),
        *STAFF_LAST,
        ("Retention review", "/audit/retention/"),
        FEEDBACK,
    ],
    "manager": [
        *PRACTITIONER_FIRST,
        *DASHBOARDS,
        ("Risk model", "/risk/model/"),
        ("Risk reader", "/risk/catalogue/"),
        ("SLA policy", "/referrals/sla/"),
        ("Duty rota", "/referrals/rota/"),
        ("Import", "/referrals/imports/"),
        ("MARAC list", "/partners/marac/"),
        ("Sharing rules", "/partners/sharing-rules/"),
        ("MARAC meetings", "/partners/marac/meetings/"),
        *STAFF_LAST,
    ],
    "auditor": [
        ("Audit trail", "/audit/events/"),
        ("Quality audits", "/risk/quality/"),
        ("Officers&#x27; audit", "/dashboards/frontline/officer-audits/"),
    ],
    "partner_a": [
        ("Shared referrals", "/partners/inbox/"),
        ("Search", "/partners/search/"),
        ("Information requests", "/partners/isrs/"),
        ("E-mail settings", "/partners/preferences/"),
        ("Joint audits", "/risk/quality/joint/"),
    ],
    "outsider": [],
}


@pytest.mark.parametrize("who", sorted(EXPECTED))
def test_each_role_sees_its_navigation(who, db, client_for, request) -> None:
    assert _navigation(client_for(request.getfixturevalue(who))) == EXPECTED[who]


def test_the_page_open_is_marked_in_the_navigation(client_for, practitioner) -> None:
    page = client_for(practitioner).get(reverse("referrals:queue")).content.decode()
    assert page.count('aria-current="true"') == 1
    assert (
        '<li class="govuk-service-navigation__item govuk-service-navigation__item--active">\n'
        '              <a class="govuk-service-navigation__link" href="/referrals/queue/"'
        ' aria-current="true"><strong class="govuk-service-navigation__active-fallback">'
        "Triage queue</strong></a>"
    ) in page


def test_the_navigation_is_worked_out_once_per_set_of_roles(
    client_for, practitioner, practitioner2
) -> None:
    context_processors.navigation_links.cache_clear()
    with mock.patch.object(context_processors, "reverse", wraps=reverse) as spy:
        assert _navigation(client_for(practitioner)) == EXPECTED["practitioner"]
        first = spy.call_count
        assert _navigation(client_for(practitioner2)) == EXPECTED["practitioner"]
    assert first == len(EXPECTED["practitioner"])
    assert spy.call_count == first


def test_a_role_changed_changes_the_navigation_at_the_next_request(client_for, supervisor) -> None:
    client = client_for(supervisor)
    assert _navigation(client) == EXPECTED["supervisor"]
    supervisor.groups.remove(Group.objects.get(name="supervisor"))
    supervisor.groups.add(Group.objects.get(name="practitioner"))
    assert _navigation(client) == EXPECTED["practitioner"]
