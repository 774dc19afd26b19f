"""The referral page and the triage queue, as people use them (the officer's form is in
test_referral_form.py)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals.access import access_referral
from referrals.selectors import queue_rows, triage_queue
from tests.factories import submit_referral


def test_narrative_with_markup_is_shown_as_text(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer, narrative="<script>alert('x')</script> was typed")

    html = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; was typed" in html


def test_viewing_a_referral_is_audited(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    client_for(practitioner).get(f"/referrals/{referral.reference}/")
    assert AuditEvent.objects.filter(
        action="referral.view", referral=referral, actor=practitioner
    ).exists()


def test_referral_page_shows_the_timeline(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    html = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Referral submitted" in html


def _more_actions(client, referral) -> list[str]:
    """The labels in the referral page's "More actions" menu (an MOJ button menu)."""
    response = client.get(f"/referrals/{referral.reference}/")
    return [label for label, _url in response.context["more_actions"]]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("officer", []),
        (
            "practitioner",
            [
                "Close this referral",
                "Merge into another referral (a duplicate)",
                "Change history of this referral",
            ],
        ),
        (
            "supervisor",
            [
                "Close this referral",
                "Merge into another referral (a duplicate)",
                "Change history of this referral",
                "Access log of this referral",
            ],
        ),
    ],
)
def test_secondary_actions_are_in_a_more_actions_menu_for_whoever_may_take_them(
    request, client_for, officer, who, expected
) -> None:
    referral = submit_referral(officer)
    client = client_for(request.getfixturevalue(who))
    assert _more_actions(client, referral) == expected
    html = client.get(f"/referrals/{referral.reference}/").content.decode()
    assert ('data-module="moj-button-menu"' in html) == bool(expected)
    assert 'class="moj-timeline"' in html or 'class="moj-timeline ' in html


@pytest.mark.parametrize("who", ["officer2", "partner_a", "partner_b", "auditor", "outsider"])
def test_people_without_a_case_role_get_404_for_a_referral_and_it_is_audited(
    db, request, client_for, officer, who
) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)

    response = client_for(user).get(f"/referrals/{referral.reference}/")

    assert response.status_code == 404
    denial = AuditEvent.objects.get(action="access.denied", actor=user)
    assert denial.details["object_id"] == referral.reference


def test_missing_referral_and_forbidden_referral_look_the_same(
    client_for, officer, officer2
) -> None:
    referral = submit_referral(officer)
    forbidden = client_for(officer2).get(f"/referrals/{referral.reference}/")
    missing = client_for(officer2).get("/referrals/VH-2026-999999/")
    assert forbidden.status_code == missing.status_code == 404

    def page(response):
        # the CSRF token is masked afresh on every response
        return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)

    assert page(forbidden) == page(missing)


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "manager"])
def test_vhub_staff_can_read_any_referral(db, request, client_for, officer, who) -> None:
    referral = submit_referral(officer)
    response = client_for(request.getfixturevalue(who)).get(f"/referrals/{referral.reference}/")
    assert response.status_code == 200


@pytest.mark.parametrize("who", ["officer", "partner_a", "auditor", "outsider"])
def test_queue_is_for_vhub_staff_only(db, request, client_for, who) -> None:
    response = client_for(request.getfixturevalue(who)).get("/referrals/queue/")
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["manager", "partner_a"])
def test_read_only_and_partner_roles_cannot_start_triage(
    db, request, client_for, officer, who
) -> None:
    referral = submit_referral(officer)
    response = client_for(request.getfixturevalue(who)).post(
        f"/referrals/{referral.reference}/triage/"
    )
    assert response.status_code == 404
    referral.refresh_from_db()
    assert referral.status == "submitted"


def test_officer_sees_only_their_own_referrals(client_for, officer, officer2) -> None:
    mine = submit_referral(officer)
    theirs = submit_referral(officer2)
    html = client_for(officer).get("/referrals/mine/").content.decode()
    assert mine.reference in html
    assert theirs.reference not in html


def test_queue_rows_are_read_in_one_statement(
    officer, practitioner, django_assert_num_queries
) -> None:
    submit_referral(officer)
    # 1: referrals with the names of their incident type, area, holder and outcome, the
    # open-flag and unassessed-children counts, the children and the most urgent open clock
    with django_assert_num_queries(1):
        assert len(queue_rows(triage_queue(user=practitioner), 50)) == 1
    for _ in range(5):
        submit_referral(officer)
    with django_assert_num_queries(1):
        rows = queue_rows(triage_queue(user=practitioner), 50)
    assert len(rows) == 6
    assert all(r.children and r.urgent_clock and r.incident_type for r in rows)


def test_queue_page_query_count_does_not_grow_with_rows(client_for, officer, practitioner) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(practitioner)
    submit_referral(officer)
    with CaptureQueriesContext(connection) as few:
        client.get("/referrals/queue/")
    for _ in range(5):
        submit_referral(officer)
    with CaptureQueriesContext(connection) as many:
        client.get("/referrals/queue/")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_queue_shows_a_provisional_grade_and_ranks_by_it(client_for, officer, practitioner) -> None:
    from tests.factories import submitted_assessment

    plain = submit_referral(officer)
    graded = submit_referral(officer)
    submitted_assessment(graded, practitioner, grade="high")

    rows = list(triage_queue(user=practitioner))
    assert [r.pk for r in rows] == [graded.pk, plain.pk]
    html = client_for(practitioner).get("/referrals/queue/").content.decode()
    assert "High (provisional)" in html


def test_the_referral_is_read_by_its_unique_reference_without_an_order(
    officer, practitioner
) -> None:
    """No ORDER BY on the referral's statement (first() would add the model's), and a statement
    compiled once per process and run prepared (vhub/prepared.py): compiling it cost Django more
    than running it, on every page of a referral."""
    referral = submit_referral(officer)
    with CaptureQueriesContext(connection) as statements:
        assert access_referral(practitioner, referral.reference) == referral
    [read] = [s["sql"] for s in statements if 'FROM "referrals_referral"' in s["sql"]]
    assert "ORDER BY" not in read
    assert "-- prepared" in read
