"""The queue's rows are built in Python (referrals/templatetags/queue_tags.py) for speed;
they must be the markup the template built, byte for byte: what people see and what screen
readers announce do not change."""

from pathlib import Path

import pytest
import time_machine
from django.db.models import Exists, OuterRef, Prefetch
from django.template import engines
from django.test import RequestFactory
from django.urls import reverse

from referrals.actions.allocation import do_start_triage
from referrals.models import (
    OPEN_CLOCK_STATES,
    ClosureRequest,
    ClosureRequestState,
    Referral,
    ReferralSubject,
    SlaClock,
    SubjectRole,
)
from referrals.templatetags import queue_tags
from risk.models import UnderGradingFlag
from tests.factories import UserFactory, child, submit_referral, submitted_assessment
from tests.referrals.test_queue import START

# The row as referrals/_queue_results.html had it before queue_row (commit 1037cba), with the
# data-label each cell has had since (its heading on a phone, where rows become cards), and
# the status cell's closure badge and outcome (issue 16).
TEMPLATE_ROW = (Path(__file__).parent / "queue_row_before.html").read_text().removesuffix("\n")


def _render(source: str, context: dict) -> str:
    request = RequestFactory().get("/referrals/queue/")
    return engines["django"].from_string(source).render(context, request)


def _model_rows(response) -> list[Referral]:
    """The page's referrals as the template read them: model instances with their incident
    type, area, holder and outcome, their children and their most urgent open clock."""
    page = response.context["referrals"]
    rows = list(
        Referral.objects.filter(pk__in=[r.pk for r in page])
        .annotate(
            closure_pending=Exists(
                ClosureRequest.objects.filter(
                    referral=OuterRef("pk"), state=ClosureRequestState.PENDING
                )
            )
        )
        .select_related("incident_type", "local_authority", "allocated_to", "closure_outcome")
        .prefetch_related(
            Prefetch(
                "subjects",
                queryset=ReferralSubject.objects.filter(role=SubjectRole.CHILD).select_related(
                    "person"
                ),
                to_attr="children",
            )
        )
    )
    order = [r.pk for r in page]
    rows.sort(key=lambda r: order.index(r.pk))
    for row, shown in zip(rows, page, strict=True):
        row.open_flags, row.unassessed_children = shown.open_flags, shown.unassessed_children
        open_clocks = row.clocks.filter(state__in=OPEN_CLOCK_STATES, share=None)
        row.urgent_clock = min(open_clocks, key=lambda c: c.due_at, default=None)
        row.urgent_words = shown.urgent_words  # the view's words, at the page's time
        row.priority_breakdown = shown.priority_breakdown
    return rows


def _rows_both_ways(response, can_allocate: bool) -> tuple[str, str]:
    """The rows by the template from model instances, and by queue_row from the page's rows."""
    by_template = _render(
        "{% for r in referrals %}" + TEMPLATE_ROW + "{% endfor %}",
        {"referrals": _model_rows(response), "can_allocate": can_allocate},
    )
    by_tag = _render(
        "{% load queue_tags %}{% for r in referrals %}{% queue_row r can_allocate %}{% endfor %}",
        {"referrals": response.context["referrals"], "can_allocate": can_allocate},
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
    # A holder with no name shows as their username; a referral with no area says so.
    nameless = UserFactory(username="nameless.practitioner", first_name="", last_name="")
    Referral.objects.filter(pk=graded.pk).update(allocated_to=nameless)
    Referral.objects.filter(pk=plain.pk).update(local_authority=None)
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
        "nameless.practitioner",
        "Area not set",
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
