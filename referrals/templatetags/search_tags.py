"""The search page's results, rendered in Python.

A search shows up to 50 people, each with their referrals: through the template engine (an
include, a URL and eight variable nodes for each referral) the cards took most of the page's
time once the query was fast (bench/README.md). Built here with f-strings, each value escaped
as the template escapes it and dates formatted as the template formats them, the markup is
the template's byte for byte: tests/referrals/test_search_rows.py compares each card with the
template it replaced. The status tag is vhub/templatetags/vhub_tags.py's, as on every page."""

from typing import Any

from django import template
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

from vhub.templatetags.vhub_tags import safe_markup, show, status_tag

register = template.Library()


def _appearance(s: Any) -> str:
    referral = s.referral
    reference = show(referral.reference)
    url = show(reverse("referrals:detail", args=[referral.reference]))
    school = f" · school: {show(s.school)}" if s.school else ""
    # The template's date filter shows an aware datetime in the current time zone.
    incident = date_format(localtime(referral.incident_at), "j M Y")
    return (
        "\n          <li>\n"
        f'            <a class="govuk-link" href="{url}">{reference}</a>\n'
        f"            {status_tag(referral.status, referral.get_status_display())}\n\n"
        f'            <br><span class="govuk-body-s">{show(s.get_role_display())} · '
        f"{show(referral.incident_type)} · incident on {incident}{school}</span>\n"
        "          </li>\n          "
    )


@register.simple_tag
def search_result(r: Any, hub: bool) -> SafeString:
    """One person found, with their referrals (a summary card of referrals/search.html)."""
    person = r.person
    name = show(person.full_name)
    if hub:
        url = show(reverse("referrals:person", args=[person.pk]))
        name = f'<a class="govuk-link" href="{url}">{name}</a>'
    born = person.date_of_birth
    about = f"Born {date_format(born, 'j F Y')}" if born else "Date of birth not known"
    if hub and person.address:
        about += f". {show(person.address)}"
        if person.postcode:
            about += f", {show(person.postcode)}"
    referrals = "".join(_appearance(s) for s in r.appearances)
    # Every value in the card went through show() or is a formatted date
    # (tests/referrals/test_search_rows.py).
    return safe_markup(
        '<div class="govuk-summary-card vhub-search-result">\n'
        '      <div class="govuk-summary-card__title-wrapper">\n'
        f'        <h3 class="govuk-summary-card__title">{name}</h3>\n'
        "      </div>\n"
        '      <div class="govuk-summary-card__content">\n'
        f'        <p class="govuk-body">{about}</p>\n'
        '        <ul class="govuk-list vhub-search-referrals">\n          '
        f"{referrals}\n        </ul>\n"
        "      </div>\n"
        "    </div>"
    )
