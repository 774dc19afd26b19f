"""The triage queue page: filters, search, keyset pages, Next case, allocation."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from referrals.actions.allocation import do_start_triage
from referrals.escalation import sweep_clocks
from referrals.models import Referral
from referrals.selectors import QueueCursor, QueueFilters, triage_queue
from risk.actions import do_save_assessment
from risk.models import UnderGradingFlag
from tests.factories import assessment_input, child, submit_referral, submitted_assessment
from vhub.models import Agency

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _refs(rows):
    return {r.reference for r in rows}


def test_filters_by_grade_area_allocation_and_flags(officer, practitioner, practitioner2) -> None:
    high = submit_referral(officer)
    submitted_assessment(high, practitioner, grade="high")
    shropshire = submit_referral(officer, local_authority=Agency.objects.get(slug="shropshire-cs"))
    flagged = submit_referral(officer, narrative="He had a knife.")
    submitted_assessment(flagged, practitioner2, grade="medium")
    plain = submit_referral(officer)

    def q(**kw):
        return _refs(triage_queue(user=practitioner, filters=QueueFilters(**kw)))

    assert q(grade="high") == {high.reference}
    assert q(grade="none") == {shropshire.reference, plain.reference}
    assert q(local_authority=shropshire.local_authority_id) == {shropshire.reference}
    assert q(mine=True) == {high.reference}
    assert flagged.reference in q(flagged=True)
    assert high.reference not in q(unallocated=True)


def test_filters_by_clock_state(officer) -> None:
    with time_machine.travel(START, tick=False):
        late = submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=1, minutes=45), tick=False):
        fresh = submit_referral(officer)
        sweep_clocks()
        assert _refs(triage_queue(user=officer, filters=QueueFilters(clock="at_risk"))) == {
            late.reference
        }
        assert fresh.reference not in _refs(
            triage_queue(user=officer, filters=QueueFilters(clock="breached"))
        )


def test_search_by_reference_or_name(officer, practitioner) -> None:
    noah = submit_referral(officer, children=[child(first_name="Noah", last_name="Okonkwo")])
    submit_referral(officer)
    assert _refs(triage_queue(user=practitioner, filters=QueueFilters(search="okonk"))) == {
        noah.reference
    }
    assert _refs(triage_queue(user=practitioner, filters=QueueFilters(search=noah.reference))) == {
        noah.reference
    }


def test_search_matches_a_reference_and_names_together(officer, practitioner) -> None:
    # An officer's incident reference may be any text, even someone's name.
    by_incident = submit_referral(officer, incident_reference="OKONKWO")
    by_name = submit_referral(officer, children=[child(first_name="Ada", last_name="Okonkwo")])
    submit_referral(officer)
    found = triage_queue(user=practitioner, filters=QueueFilters(search="okonkwo"))
    assert _refs(found) == {by_incident.reference, by_name.reference}
    assert _refs(triage_queue(user=practitioner, filters=QueueFilters(search="okonk"))) == {
        by_name.reference
    }


def test_keyset_pages_cover_the_queue_once_in_order(officer, practitioner) -> None:
    for _ in range(7):
        submit_referral(officer)
    everything = [r.pk for r in triage_queue(user=practitioner)]
    seen, after = [], None
    while True:
        page = list(triage_queue(user=practitioner, after=after)[:3])
        if not page:
            break
        seen += [r.pk for r in page]
        last = page[-1]
        after = QueueCursor(last.priority_score, last.received_at, last.pk)
    assert seen == everything
    assert QueueCursor.decode(after.encode()) == after
    assert QueueCursor.decode("garbage") is None


def test_the_page_keeps_filters_and_offers_the_next_page(
    client_for, officer, practitioner, monkeypatch
) -> None:
    monkeypatch.setattr("referrals.views.PAGE_SIZE", 2)
    for _ in range(3):
        submit_referral(officer)
    html = client_for(practitioner).get("/referrals/queue/?grade=none").content.decode()
    assert "Next page" in html
    assert "grade=none&amp;after=" in html
    partial = client_for(practitioner).get("/referrals/queue/?grade=none", HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode()


def test_rows_show_the_most_urgent_clock_in_words(client_for, officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        submit_referral(officer)
    with time_machine.travel(START + timedelta(minutes=30), tick=False):
        html = client_for(practitioner).get("/referrals/queue/").content.decode()
    assert "Initial triage: 1 hour 30 minutes left" in html
    assert "Why this rank" in html


def test_next_case_allocates_the_most_urgent_unallocated_referral(
    client_for, officer, practitioner
) -> None:
    calm = submit_referral(officer)
    urgent = submit_referral(officer)
    submitted_assessment(urgent, practitioner, grade="high")
    Referral.objects.filter(pk=urgent.pk).update(allocated_to=None)
    from referrals.priority import recompute_priorities

    recompute_priorities()
    response = client_for(practitioner).post("/referrals/queue/next/")
    assert response.status_code == 302
    assert response["Location"] == f"/referrals/{urgent.reference}/"
    urgent.refresh_from_db()
    assert urgent.allocated_to == practitioner
    assert AuditEvent.objects.filter(action="referral.allocate", referral=urgent).exists()
    client_for(practitioner).post("/referrals/queue/next/")
    calm.refresh_from_db()
    assert calm.allocated_to == practitioner


def test_next_case_with_nothing_waiting_says_so(client_for, practitioner) -> None:
    response = client_for(practitioner).post("/referrals/queue/next/", follow=True)
    assert "There are no unallocated referrals waiting" in response.content.decode()


def test_supervisor_allocates_in_bulk(
    client_for, officer, practitioner, practitioner2, supervisor
) -> None:
    first, second = submit_referral(officer), submit_referral(officer)
    do_start_triage(first, actor=practitioner)
    chosen = {"referrals": [first.pk, second.pk], "allocate_to": practitioner2.pk}
    client = client_for(supervisor)
    preview = client.post("/referrals/queue/allocate/", chosen)
    # First the preview: what is selected and who holds it now; nothing is allocated yet.
    assert preview.status_code == 200
    assert first.reference in preview.content.decode()
    assert not Referral.objects.filter(allocated_to=practitioner2).exists()
    response = client.post("/referrals/queue/allocate/", {**chosen, "step": "confirm"})
    assert response.status_code == 302
    assert set(Referral.objects.values_list("allocated_to", flat=True)) == {practitioner2.pk}
    assert AuditEvent.objects.filter(action="referral.allocate", actor=supervisor).count() == 2


def test_the_allocation_preview_has_a_fixed_number_of_queries(
    client_for, officer, supervisor, practitioner2, django_assert_num_queries
):
    referrals = [submit_referral(officer) for _ in range(2)]
    client = client_for(supervisor)

    def preview() -> None:
        chosen = {"referrals": [r.pk for r in referrals], "allocate_to": practitioner2.pk}
        assert client.post("/referrals/queue/allocate/", chosen).status_code == 200

    preview()  # warm per-process caches
    for more in (0, 3):
        referrals += [submit_referral(officer) for _ in range(more)]
        # user; roles with the agency (page header) (the session from the cache, its device
        # already checked); the referrals chosen; the practitioners offered; the preview's
        # referrals with their holders, and their children; the audit event (the chain's lock
        # with its head, insert); unread notices; the session's save (savepoint, update,
        # release: a post always notes the activity)
        with django_assert_num_queries(12):
            preview()


@pytest.mark.parametrize("who", ["practitioner", "officer", "partner_a", "manager"])
def test_only_supervisors_allocate(db, request, client_for, officer, practitioner2, who) -> None:
    referral = submit_referral(officer)
    response = client_for(request.getfixturevalue(who)).post(
        "/referrals/queue/allocate/", {"referrals": [referral.pk], "allocate_to": practitioner2.pk}
    )
    assert response.status_code == 403
    referral.refresh_from_db()
    assert referral.allocated_to is None


@pytest.mark.parametrize("who", ["officer", "partner_a", "manager", "auditor"])
def test_next_case_is_for_caseworkers(db, request, client_for, who) -> None:
    assert (
        client_for(request.getfixturevalue(who)).post("/referrals/queue/next/").status_code == 403
    )


def test_children_with_no_risk_assessment_are_shown_and_can_be_listed(
    client_for, officer, practitioner
) -> None:
    assessed = submit_referral(officer)
    submitted_assessment(assessed, practitioner, grade="medium")
    missing = submit_referral(officer)
    rows = triage_queue(user=practitioner, filters=QueueFilters(missing_assessment=True))
    assert _refs(rows) == {missing.reference}
    html = client_for(practitioner).get("/referrals/queue/?missing_assessment=on").content.decode()
    assert "No risk assessment" in html
    assert assessed.reference not in html


def test_each_referral_is_listed_once_with_its_flag_and_unassessed_child_counts(
    officer, practitioner
) -> None:
    referral = submit_referral(
        officer,
        narrative="He strangled her and threatened to kill her.",
        children=[child(), child(first_name="Noah", last_name="Smithson")],
    )
    first = referral.subjects.filter(role="child").order_by("id").first()
    do_save_assessment(first, assessment_input("medium"), actor=practitioner, submit=True)
    flags = UnderGradingFlag.objects.filter(referral=referral, status="open").count()
    assert flags >= 2
    # Every to-many filter at once (two flags, two Smiths): still one row, with both counts.
    filters = QueueFilters(flagged=True, missing_assessment=True, search="SMITH")
    (row,) = triage_queue(user=practitioner, filters=filters)
    assert (row.pk, row.open_flags, row.unassessed_children) == (referral.pk, flags, 1)
    assert [r.pk for r in triage_queue(user=practitioner, filters=QueueFilters(search="noah"))] == [
        referral.pk
    ]


def test_the_page_is_read_without_parallel_workers(client_for, officer, practitioner) -> None:
    """A search by a common name had PostgreSQL start two parallel workers for one page of
    rows; the page reads with them off (SET LOCAL: for its own transaction only)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    submit_referral(officer, children=[child(first_name="Ann", last_name="Smith")])
    with CaptureQueriesContext(connection) as queries:
        assert client_for(practitioner).get("/referrals/queue/?search=Smith").status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    # (pghistory may put its context in front of a statement: look for the SET in each.)
    set_at = next(
        i for i, s in enumerate(sql) if "SET LOCAL max_parallel_workers_per_gather = 0" in s
    )
    assert any("ORDER BY" in s and "priority_score" in s for s in sql[set_at:])


def test_the_area_filter_reads_the_areas_once_and_still_filters(
    db, django_assert_num_queries
) -> None:
    from django.template import engines
    from django.utils.html import escape

    from referrals.queue import QueueFilterForm

    shropshire = Agency.objects.get(slug="shropshire-cs")
    form = QueueFilterForm({"local_authority": str(shropshire.pk)})
    assert form.to_filters().local_authority == shropshire.pk  # cleaned: one get()
    field = engines["django"].from_string("{% load govuk %}{% govuk_field form.local_authority %}")
    with django_assert_num_queries(1):
        html = field.render({"form": form})
    assert '<option value="">Any area</option>' in html
    assert f'<option value="{shropshire.pk}" selected>{escape(shropshire.name)}</option>' in html
    assert QueueFilterForm({"local_authority": "0"}).to_filters() == QueueFilters()
