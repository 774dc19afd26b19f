"""The search page's result cards are built in Python (referrals/templatetags/search_tags.py)
for speed; they must be the markup the template built, byte for byte."""

from datetime import date
from pathlib import Path

import pytest
from django.template import engines
from django.test import RequestFactory

from referrals.models import Person
from referrals.search import SearchTerms, search_people
from tests.factories import child, submit_referral

# The loop body of referrals/search.html before search_result.
TEMPLATE_CARD = (Path(__file__).parent / "search_result_before.html").read_text()


def _render(source: str, context: dict) -> str:
    request = RequestFactory().get("/referrals/search/")
    return engines["django"].from_string(source).render(context, request)


@pytest.mark.parametrize("hub", [True, False])
def test_cards_are_the_markup_the_template_made(officer, practitioner, hub):
    submit_referral(
        officer,
        children=[
            child(date_of_birth=date(2019, 3, 7), address="4 <Castle> & Street", school="St Mary's")
        ],
    )
    submit_referral(officer, children=[child(first_name="Noah", postcode="", school="")])
    Person.objects.filter(first_name="Noah").update(date_of_birth=None)
    submit_referral(officer, children=[child(first_name="Amy", address="", school="Ross & Co")])
    results = search_people(user=practitioner, terms=SearchTerms(name="smith"))
    assert len(results) >= 2
    assert sum(len(r.appearances) for r in results) >= 3
    context = {"results": results, "hub": hub}
    by_template = _render("{% for r in results %}" + TEMPLATE_CARD + "{% endfor %}", context)
    by_tag = _render(
        "{% load search_tags %}{% for r in results %}\n    {% search_result r hub %}\n    "
        "{% endfor %}",
        context,
    )
    assert by_tag == by_template
    assert "&lt;Castle&gt; &amp; Street" in by_tag or not hub
