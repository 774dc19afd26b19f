"""The inbox's rows are built in Python (partners/templatetags/inbox_tags.py) for speed; they
must be the markup the template built, byte for byte: what partners see and what screen readers
announce do not change."""

from datetime import UTC, datetime
from pathlib import Path

import time_machine
from django.template import engines
from django.test import RequestFactory
from django.utils import timezone

from partners.actions import do_acknowledge_share
from partners.portal_actions import do_decline_share, do_record_share_outcome
from tests.factories import approved_referral, child, share_with

# The row as partners/inbox.html had it before inbox_row.
TEMPLATE_ROW = (Path(__file__).parent / "inbox_row_before.html").read_text().removesuffix("\n")

# British Summer Time, late in the evening: the local date and hour differ from UTC's.
SHARED_AT = datetime(2026, 7, 3, 23, 7, tzinfo=UTC)


def _render(source: str, context: dict) -> str:
    request = RequestFactory().get("/partners/inbox/")
    return engines["django"].from_string(source).render(context, request)


def _rows_both_ways(shares: list) -> tuple[str, str]:
    context = {"shares": shares}
    by_template = _render("{% for s in shares %}" + TEMPLATE_ROW + "{% endfor %}", context)
    by_tag = _render(
        "{% load inbox_tags %}{% for s in shares %}{% inbox_row s %}{% endfor %}", context
    )
    return by_template, by_tag


def test_rows_are_the_markup_the_template_made(
    client_for, officer, practitioner, supervisor, partner_a
) -> None:
    with time_machine.travel(SHARED_AT, tick=False):
        waiting = approved_referral(
            officer,
            practitioner,
            supervisor,
            children=[child(first_name="Seán <b>", last_name="O'Brien & Co")],
        )
        share_with(waiting, practitioner)
        do_acknowledge_share(
            share_with(approved_referral(officer, practitioner, supervisor), practitioner),
            actor=partner_a,
        )
        do_record_share_outcome(
            share_with(approved_referral(officer, practitioner, supervisor), practitioner),
            actor=partner_a,
            outcome="cin_s17",
            notes="Seen.",
        )
        do_decline_share(
            share_with(approved_referral(officer, practitioner, supervisor), practitioner),
            actor=partner_a,
            reason="Not our area.",
        )
        updated = approved_referral(officer, practitioner, supervisor)
        share_with(updated, practitioner)
        share_with(updated, practitioner)  # version 2
    with time_machine.travel(SHARED_AT.replace(day=4, hour=9), tick=False):
        response = client_for(partner_a).get("/partners/inbox/")
        shares = list(response.context["shares"])
        assert len(shares) == 6  # both versions of the updated referral
        shares[-1].snapshot.pop("grade")  # a snapshot without a grade sorts last
        for share in shares:  # a second child, joined with a comma
            share.snapshot["children"].append({"name": "Noah Smithson"})
        by_template, by_tag = _rows_both_ways(shares)
    for expected in (
        "Seán &lt;b&gt;",
        "O&#x27;Brien &amp; Co, Noah Smithson",
        "(version 2)",
        "Not acknowledged",
        "Acknowledged",
        "Outcome recorded",
        "Declined: wrong area",
        "Not graded",
        ": due ",
        "4 Jul 2026</span><br>00:07",  # the local day and time, not UTC's
    ):
        assert expected in by_tag
    assert timezone.get_current_timezone_name() == "Europe/London"
    assert by_tag == by_template
