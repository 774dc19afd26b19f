"""The queue's rows are built in Python (referrals/templatetags/queue_tags.py) for speed;
they must be the markup the template built, byte for byte: what people see and what screen
readers announce do not change."""

from pathlib import Path

import pytest
import time_machine
from django.template import engines
from django.test import RequestFactory
from django.urls import reverse

from referrals.actions.allocation import do_start_triage
from referrals.models import Referral, SlaClock
from referrals.templatetags import queue_tags
from risk.models import UnderGradingFlag
from tests.factories import child, submit_referral, submitted_assessment
from tests.referrals.test_queue import START

# The row as referrals/_queue_results.html had it before queue_row (commit 1037cba), with the
# data-label each cell has had since (its heading on a phone, where rows become cards), and
# the status cell's closure badge and outcome (issue 16).
TEMPLATE_ROW = (Path(__file__).parent / "queue_row_before.html").read_text().removesuffix("\n")


def _render(source: str, context: dict) -> str:
    request = RequestFactory().get("/referrals/queue/")
    return engines["django"].from_string(source).render(context, request)


def _rows_both_ways(response, can_allocate: bool) -> tuple[str, str]:
    context = {"referrals": response.context["referrals"], "can_allocate": can_allocate}
    by_template = _render("{% for r in referrals %}" + TEMPLATE_ROW + "{% endfor %}", context)
    by_tag = _render(
        "{% load queue_tags %}{% for r in referrals %}{% queue_row r can_allocate %}{% endfor %}",
        context,
    )
    return by_template, by_tag


@pytest.mark.parametrize("can_allocate", [False, True])
def test_rows_are_the_markup_the_template_made(
    client_for, officer, practitioner, supervisor, can_allocate
) -> None:
    with time_machine.travel(START, tick=False):
        plain = submit_referral(
            officer,
            children=[
                child(first_name="Seán <b>", last_name="O'Brien & Co"),
                child(first_name="Noah", last_name="Smithson", date_of_birth=None),
            ],
            narrative="He strangled her and threatened to kill her.",
        )
        graded = submit_referral(officer)
        submitted_assessment(graded, practitioner, grade="high")
        do_start_triage(submit_referral(officer), actor=practitioner)
        UnderGradingFlag.objects.create(
            referral=graded, kind="lexicon", key="knife", reason="A word", raised_at=START
        )
    SlaClock.objects.filter(referral=plain).delete()  # a row with no clock running
    with time_machine.travel(START.replace(hour=11), tick=False):
        response = client_for(practitioner).get("/referrals/queue/")
    assert len(response.context["referrals"]) == 3
    assert Referral.objects.filter(pk=plain.pk, priority_score__gt=0).exists()
    rows = response.context["referrals"]
    rows[-1].priority_breakdown = {}  # the field's default, before the first scoring
    by_template, by_tag = _rows_both_ways(response, can_allocate)
    for expected in (
        "O&#x27;Brien &amp; Co",
        "Seán &lt;b&gt;",
        "No clock running",
        "Why this rank",
    ):
        assert expected in by_tag
    assert by_tag == by_template


def test_rows_with_a_closure_waiting_or_an_outcome_are_the_template_markup(
    client_for, officer, practitioner, supervisor
) -> None:
    from referrals.actions.closure import do_close_referral
    from referrals.models import ClosureOutcome
    from tests.factories import approved_referral

    waiting = approved_referral(officer, practitioner, supervisor)
    do_close_referral(
        waiting,
        actor=practitioner,
        outcome=ClosureOutcome.objects.get(code="no-further-action-police"),
        rationale="No offence <disclosed>.",
    )
    do_close_referral(
        submit_referral(officer),
        actor=practitioner,
        outcome=ClosureOutcome.objects.get(code="transferred"),
        rationale="Moved.",
    )
    for query, expected in (
        ("", "Closure awaiting sign-off"),
        ("?status=closed", "Transferred to another force or area"),
    ):
        response = client_for(supervisor).get(f"/referrals/queue/{query}")
        assert len(response.context["referrals"]) == 1
        by_template, by_tag = _rows_both_ways(response, True)
        assert expected in by_tag
        assert by_tag == by_template


@pytest.mark.parametrize(
    "reference", ["VH-2026-000001", "VH-2026-1234567", "VH 2026 é&?#%;:@~", "a'b\"c<d>"]
)
def test_a_rows_link_is_the_url_reverse_gives(reference) -> None:
    """The rows' links are built from the URL's fixed part, worked out once a page, and the
    reference quoted as reverse() quotes a path's argument."""
    assert queue_tags._Page().referral_url(reference) == reverse(
        "referrals:detail", args=[reference]
    )
