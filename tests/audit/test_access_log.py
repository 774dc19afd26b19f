"""Access logs: who has seen this child, a referral's log, and the auditor's search and CSV."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals.models import Person
from tests.factories import child, submit_referral


def _child_of(referral) -> Person:
    return referral.subjects.get().person


# --- who has seen this child --------------------------------------------------------------


def test_who_has_seen_this_child_lists_every_read_of_the_child_and_their_referrals(
    client_for, officer, practitioner, practitioner2, supervisor
) -> None:
    first = submit_referral(officer)
    person = _child_of(first)
    other = submit_referral(officer, children=[child(first_name="Tom", last_name="Other")])
    client_for(practitioner).get(f"/referrals/{first.reference}/")
    client_for(practitioner2).get(f"/referrals/people/{person.pk}/")
    client_for(practitioner2).get(f"/referrals/{other.reference}/")  # another child: not shown

    response = client_for(supervisor).get(f"/audit/people/{person.pk}/")
    assert response.status_code == 200
    rows = {(e.actor_label, e.action) for e in response.context["events"]}
    assert ("practitioner", "referral.view") in rows
    assert ("practitioner2", "person.view") in rows
    assert ("officer", "referral.submit") in rows
    assert all(e.referral_id in (None, first.pk) for e in response.context["events"])
    assert AuditEvent.objects.filter(
        action="audit.person_log_view", actor=supervisor, object_id=str(person.pk)
    ).exists()


def test_who_has_seen_this_child_includes_records_merged_into_the_child(
    officer, practitioner, auditor, client_for
) -> None:
    from referrals.actions.matching import do_decide_match
    from referrals.models import PersonMatch

    first = submit_referral(officer)
    second = submit_referral(officer)
    duplicate = _child_of(second)
    client_for(practitioner).get(f"/referrals/people/{duplicate.pk}/")  # before the merge
    match = PersonMatch.objects.get(subject__referral=second)
    do_decide_match(match, actor=practitioner, confirm=True)

    response = client_for(auditor).get(f"/audit/people/{_child_of(first).pk}/")
    events = response.context["events"]
    assert any(e.action == "person.view" and e.object_id == str(duplicate.pk) for e in events)
    assert {e.referral_id for e in events if e.referral_id} == {first.pk, second.pk}


def test_refused_attempts_on_the_child_and_their_referrals_are_in_the_log(
    client_for, officer, partner_b, practitioner, auditor
) -> None:
    referral = submit_referral(officer)
    person = _child_of(referral)
    client_for(partner_b).get(f"/referrals/{referral.reference}/")
    client_for(partner_b).get(f"/referrals/people/{person.pk}/")
    client_for(practitioner).get(f"/audit/people/{person.pk}/")
    events = client_for(auditor).get(f"/audit/people/{person.pk}/").context["events"]
    refused = [
        (e.actor_label, e.details["object_type"]) for e in events if e.action == "access.denied"
    ]
    assert sorted(refused) == [
        ("partner.b", "referrals.person"),
        ("partner.b", "referrals.referral"),
        ("practitioner", "referrals.person"),
    ]
    log = client_for(auditor).get(f"/audit/referrals/{referral.reference}/").context["events"]
    assert [e.actor_label for e in log if e.action == "access.denied"] == ["partner.b"]


def test_lists_that_showed_the_child_are_in_who_has_seen_this_child(
    client_for, officer, practitioner, practitioner2, supervisor
) -> None:
    referral = submit_referral(officer)
    person = _child_of(referral)
    other = submit_referral(officer, children=[child(first_name="Tom", last_name="Other")])
    assert client_for(practitioner).get("/referrals/queue/").status_code == 200
    # A list that did not show the child (filtered to the other one) is not theirs.
    client_for(practitioner2).get(f"/referrals/queue/?search={other.reference}")

    events = client_for(supervisor).get(f"/audit/people/{person.pk}/").context["events"]
    lists = [e for e in events if e.action == "case_list.view"]
    assert [(e.actor_label, e.details["page"]) for e in lists] == [("practitioner", "triage_queue")]
    log = client_for(supervisor).get(f"/audit/referrals/{referral.reference}/")
    assert [e.actor_label for e in log.context["events"] if e.action == "case_list.view"] == [
        "practitioner"
    ]
    assert "Triage queue: 2 referrals listed" in log.content.decode()


def test_a_list_of_people_naming_the_child_is_in_who_has_seen_this_child(
    client_for, officer, manager, auditor
) -> None:
    from audit.actions import record_list_view

    person = _child_of(submit_referral(officer))
    record_list_view(manager, "dashboard", action="dashboard.view", people=[person.pk])
    record_list_view(manager, "dashboard", action="dashboard.view", people=[person.pk + 1000])
    events = client_for(auditor).get(f"/audit/people/{person.pk}/").context["events"]
    assert [e.details["people"] for e in events if e.action == "dashboard.view"] == [[person.pk]]


@pytest.mark.parametrize(
    ("key", "index"),
    [("referrals", "audit_listed_referrals_idx"), ("people", "audit_listed_people_idx")],
)
def test_the_access_logs_find_lists_through_their_index(db, key, index) -> None:
    from governance.selectors import listed

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test table is tiny
        # Once other tests have churned the tiny table, its statistics can make walking the
        # primary key and filtering every row look cheapest: the question here is whether the
        # GIN index can answer the containment, so plain index scans are ruled out too.
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = AuditEvent.objects.filter(listed(key, [1, 2])).explain()
    assert index in plan


def test_person_log_query_count_does_not_grow_with_events(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    person = _child_of(referral)
    client = client_for(supervisor)
    client.get(f"/audit/people/{person.pk}/")  # warm the session and the context processors

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/audit/people/{person.pk}/").status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for _ in range(8):
        client_for(practitioner).get(f"/referrals/{referral.reference}/")
    assert count() == few


def test_person_log_queries(client_for, officer, supervisor, django_assert_num_queries) -> None:
    from audit.selectors import page_of
    from governance.selectors import person_access_log, person_ids

    person = _child_of(submit_referral(officer))
    with django_assert_num_queries(3):
        # 1: the merged duplicates' ids; 2: the references of the person's referrals (refused
        # attempts name them); 3: one page of events with referral and agency joined.
        ids = person_ids(person)
        rows, _ = page_of(person_access_log(person, ids))
        [(e.referral.reference if e.referral else "", e.agency) for e in rows]


def test_person_log_pages_with_a_keyset_cursor(client_for, officer, practitioner, auditor) -> None:
    from audit.selectors import PAGE_SIZE

    referral = submit_referral(officer)
    person = _child_of(referral)
    client = client_for(practitioner)
    for _ in range(PAGE_SIZE + 5):
        client.get(f"/referrals/{referral.reference}/")
    first = client_for(auditor).get(f"/audit/people/{person.pk}/")
    assert len(first.context["events"]) == PAGE_SIZE
    assert first.context["next_page"].startswith("before=")
    second = client_for(auditor).get(f"/audit/people/{person.pk}/?{first.context['next_page']}")
    older = second.context["events"]
    assert older
    assert max(e.pk for e in older) < min(e.pk for e in first.context["events"])
    assert "Older events" in first.content.decode()


@pytest.mark.parametrize("who", ["officer", "practitioner", "partner_a", "outsider"])
def test_person_log_is_refused_to_other_roles_and_audited(
    db, request, client_for, officer, who
) -> None:
    person = _child_of(submit_referral(officer))
    user = request.getfixturevalue(who)
    assert client_for(user).get(f"/audit/people/{person.pk}/").status_code == 403
    denial = AuditEvent.objects.get(action="access.denied", actor=user)
    assert denial.details["object_id"] == str(person.pk)
    assert not AuditEvent.objects.filter(action="audit.person_log_view").exists()


def test_a_missing_person_is_a_404_and_audited(client_for, auditor) -> None:
    assert client_for(auditor).get("/audit/people/999999/").status_code == 404
    denial = AuditEvent.objects.get(action="access.denied", actor=auditor)
    assert denial.details["object_id"] == "999999"


# --- a referral's access log --------------------------------------------------------------


def test_referral_access_log_shows_its_reads_to_a_manager(
    client_for, officer, practitioner, manager
) -> None:
    referral = submit_referral(officer)
    client_for(practitioner).get(f"/referrals/{referral.reference}/")
    response = client_for(manager).get(f"/audit/referrals/{referral.reference}/")
    assert response.status_code == 200
    assert ("practitioner", "referral.view") in {
        (e.actor_label, e.action) for e in response.context["events"]
    }
    assert "Read" in response.content.decode()
    assert AuditEvent.objects.filter(
        action="audit.referral_log_view", actor=manager, referral=referral
    ).exists()


@pytest.mark.parametrize("who", ["officer", "practitioner", "partner_a", "partner_b"])
def test_referral_access_log_is_refused_to_other_roles_and_audited(
    db, request, client_for, officer, who
) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/audit/referrals/{referral.reference}/")
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_referral_access_log_of_a_missing_referral_is_a_404_and_audited(
    client_for, supervisor
) -> None:
    response = client_for(supervisor).get("/audit/referrals/VH-2026-999999/")
    assert response.status_code == 404
    assert AuditEvent.objects.get(action="access.denied").details["object_id"] == "VH-2026-999999"


def test_referral_log_queries(officer, django_assert_num_queries) -> None:
    from audit.selectors import page_of
    from governance.selectors import referral_access_log

    referral = submit_referral(officer)
    with django_assert_num_queries(1):
        # 1: one page of the referral's events with the actor's agency joined.
        rows, _ = page_of(referral_access_log(referral))
        [e.agency for e in rows]


# --- the auditor's search and CSV ----------------------------------------------------------


def test_auditor_searches_by_actor_action_referral_and_date(
    client_for, officer, practitioner, practitioner2, auditor
) -> None:
    referral = submit_referral(officer)
    other = submit_referral(officer)
    client_for(practitioner).get(f"/referrals/{referral.reference}/")
    client_for(practitioner2).get(f"/referrals/{referral.reference}/")
    client_for(practitioner).get(f"/referrals/{other.reference}/")
    from django.utils import timezone

    today = timezone.localdate()
    query = (
        f"?actor=practitioner&action=referral.view&referral={referral.reference.lower()}"
        f"&date_from_0={today.day}&date_from_1={today.month}&date_from_2={today.year}"
        f"&date_to_0={today.day}&date_to_1={today.month}&date_to_2={today.year}"
    )
    response = client_for(auditor).get(f"/audit/events/{query}")
    events = response.context["events"]
    assert [(e.actor_label, e.referral_id) for e in events] == [("practitioner", referral.pk)]
    search = AuditEvent.objects.filter(action="audit.view", actor=auditor).latest("id")
    assert search.details["actor"] == "practitioner"
    assert search.details["date_from"] == today.isoformat()


def test_search_by_agency_and_object(client_for, officer, practitioner, partner_a, auditor) -> None:
    from vhub.models import Agency

    referral = submit_referral(officer)
    person = _child_of(referral)
    client_for(practitioner).get(f"/referrals/people/{person.pk}/")
    client_for(partner_a).get("/audit/events/")  # refused: a denial by Herefordshire's user
    hereford = Agency.objects.get(slug="herefordshire-cs")
    by_agency = client_for(auditor).get(f"/audit/events/?agency={hereford.pk}").context["events"]
    # Only Herefordshire's user's own events: signing in, and the refusal.
    assert {e.action for e in by_agency} == {"auth.login", "access.denied"}
    assert {e.actor_label for e in by_agency} == {"partner.a"}
    by_object = (
        client_for(auditor)
        .get(f"/audit/events/?object_type=referrals.person&object_id={person.pk}")
        .context["events"]
    )
    assert [e.action for e in by_object] == ["person.view"]


def test_a_to_date_before_the_from_date_is_an_error_linked_to_the_field(
    client_for, auditor
) -> None:
    response = client_for(auditor).get(
        "/audit/events/?date_from_0=5&date_from_1=3&date_from_2=2026"
        "&date_to_0=1&date_to_1=3&date_to_2=2026"
    )
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#id_date_to_0"' in html


def test_search_queries(auditor, django_assert_num_queries) -> None:
    from audit.selectors import EventFilters, page_of, search_events

    for i in range(5):
        from audit.actions import record_event

        record_event("test.event", actor=auditor, details={"i": i})
    with django_assert_num_queries(1):
        # 1: one page of events with referral and agency joined.
        rows, _ = page_of(search_events(EventFilters(action="test.event")))
        [(e.referral, e.agency) for e in rows]
    assert len(rows) == 5


def test_csv_export_is_audited_and_neutralises_formulas(client, client_for, auditor) -> None:
    # Both the user name tried and the browser's user agent are typed by whoever signs in.
    client.post(
        "/login/",
        {"username": "=cmd|' /C calc'!A0", "password": "x"},
        HTTP_USER_AGENT='=HYPERLINK("http://evil.example","click")',
    )
    response = client_for(auditor).get("/audit/events.csv?action=auth.login_failed")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:5] == ["event", "occurred_at", "actor", "agency", "action"]
    (row,) = rows[1:]
    assert row[rows[0].index("user_agent")] == '\'=HYPERLINK("http://evil.example","click")'
    assert "=cmd" in row[rows[0].index("details")]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    export = AuditEvent.objects.get(action="audit.export", actor=auditor)
    assert export.details["action"] == "auth.login_failed"
    assert export.details["format"] == "csv"


@pytest.mark.parametrize("who", ["supervisor", "manager", "practitioner", "partner_a"])
def test_csv_export_is_for_auditors_only(db, request, client_for, who) -> None:
    user = request.getfixturevalue(who)
    assert client_for(user).get("/audit/events.csv").status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    assert not AuditEvent.objects.filter(action="audit.export").exists()
