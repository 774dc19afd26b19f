"""The officer's form, the referral page and the triage queue, as people use them."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from partners.models import Agency
from referrals.models import IncidentType, Referral
from referrals.selectors import triage_queue
from tests.factories import submit_referral


def _form_data(**overrides):  # type: ignore[no-untyped-def]
    when = timezone.localtime() - timedelta(days=1)
    data = {
        "incident_reference": "22/555/26",
        "incident_date_0": str(when.day),
        "incident_date_1": str(when.month),
        "incident_date_2": str(when.year),
        "incident_time": "21:30",
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "sy1 2bj",
        "incident_type": str(IncidentType.objects.get(code="domestic-abuse").pk),
        "local_authority": str(Agency.objects.get(slug="shropshire-cs").pk),
        "narrative": "Shouting heard; father threatened mother with a knife.",
        "officer_risk_view": "High risk: weapon used with the child in the house.",
        "child_first_name": "Noah",
        "child_last_name": "Jones",
        "child_date_of_birth_0": "3",
        "child_date_of_birth_1": "4",
        "child_date_of_birth_2": "2019",
        "child_lives_at_address": "yes",
        "child_was_present": "yes",
        "child_witnessed": "unknown",
        "child_was_injured": "no",
        "child_parents_aware": "no",
        "child_voice": "Noah said he was scared and hid in his room.",
    }
    data.update(overrides)
    return data


def test_officer_submits_the_form_and_lands_on_the_referral(client_for, officer):
    response = client_for(officer).post("/referrals/new/", _form_data())

    referral = Referral.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/referrals/{referral.reference}/"
    assert referral.postcode == "SY1 2BJ"
    subject = referral.subjects.get()
    assert subject.was_present is True
    assert subject.witnessed is None  # "not known" is stored as unknown, never as "no"
    assert subject.was_injured is False


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"incident_date_2": str(timezone.now().year + 1)},
            "incident_date",
            "must be today or in the past",
        ),
        ({"child_voice": ""}, "child_voice", "Record the voice of the child"),
        ({"postcode": "NOT A CODE"}, "postcode", "Enter a real postcode"),
        ({"child_first_name": "", "child_last_name": ""}, "child_first_name", "first name"),
        ({"incident_time": "25:00"}, "incident_time", "24-hour format"),
        ({"incident_date_1": "13"}, "incident_date", "must be a real date"),
        (
            {"incident_date_0": "", "incident_date_1": "", "incident_date_2": ""},
            "incident_date",
            "Enter the date of the incident",
        ),
        ({"incident_date_1": ""}, "incident_date", "must include a month"),
        ({"child_was_present": ""}, "child_was_present", "Select if the child was present"),
    ],
)
def test_form_errors_are_shown_in_the_error_summary_linked_to_the_field(
    client_for, officer, overrides, field, message
):
    response = client_for(officer).post("/referrals/new/", _form_data(**overrides))

    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    anchor = f"#id_{field}_0" if field in {"incident_date", "child_was_present"} else f"#id_{field}"
    assert anchor in html
    assert not Referral.objects.exists()


def test_incident_later_today_than_now_is_refused(client_for, officer):
    soon = timezone.localtime() + timedelta(hours=2)
    if soon.date() != timezone.localtime().date():
        pytest.skip("two hours from now is tomorrow; the date test covers it")
    data = _form_data(
        incident_date_0=str(soon.day),
        incident_date_1=str(soon.month),
        incident_date_2=str(soon.year),
        incident_time=soon.strftime("%H:%M"),
    )
    response = client_for(officer).post("/referrals/new/", data)
    assert "The incident time must be in the past" in response.content.decode()


def test_narrative_with_markup_is_shown_as_text(client_for, officer, practitioner):
    referral = submit_referral(officer, narrative="<script>alert('x')</script> was typed")

    html = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; was typed" in html


def test_viewing_a_referral_is_audited(client_for, officer, practitioner):
    referral = submit_referral(officer)
    client_for(practitioner).get(f"/referrals/{referral.reference}/")
    assert AuditEvent.objects.filter(
        action="referral.view", referral=referral, actor=practitioner
    ).exists()


def test_referral_page_shows_the_timeline(client_for, officer, practitioner):
    referral = submit_referral(officer)
    html = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Referral submitted" in html


@pytest.mark.parametrize("who", ["officer2", "partner_a", "partner_b", "auditor", "outsider"])
def test_people_without_a_case_role_get_404_for_a_referral_and_it_is_audited(
    db, request, client_for, officer, who
):
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)

    response = client_for(user).get(f"/referrals/{referral.reference}/")

    assert response.status_code == 404
    denial = AuditEvent.objects.get(action="access.denied", actor=user)
    assert denial.details["object_id"] == referral.reference


def test_missing_referral_and_forbidden_referral_look_the_same(client_for, officer, officer2):
    referral = submit_referral(officer)
    forbidden = client_for(officer2).get(f"/referrals/{referral.reference}/")
    missing = client_for(officer2).get("/referrals/VH-2026-999999/")
    assert forbidden.status_code == missing.status_code == 404

    def page(response):  # type: ignore[no-untyped-def]
        # the CSRF token is masked afresh on every response
        return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)

    assert page(forbidden) == page(missing)


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "manager"])
def test_vhub_staff_can_read_any_referral(db, request, client_for, officer, who):
    referral = submit_referral(officer)
    response = client_for(request.getfixturevalue(who)).get(f"/referrals/{referral.reference}/")
    assert response.status_code == 200


@pytest.mark.parametrize("who", ["officer", "partner_a", "auditor", "outsider"])
def test_queue_is_for_vhub_staff_only(db, request, client_for, who):
    response = client_for(request.getfixturevalue(who)).get("/referrals/queue/")
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["manager", "partner_a"])
def test_read_only_and_partner_roles_cannot_start_triage(db, request, client_for, officer, who):
    referral = submit_referral(officer)
    response = client_for(request.getfixturevalue(who)).post(
        f"/referrals/{referral.reference}/triage/"
    )
    assert response.status_code == 404
    referral.refresh_from_db()
    assert referral.status == "submitted"


def test_officer_sees_only_their_own_referrals(client_for, officer, officer2):
    mine = submit_referral(officer)
    theirs = submit_referral(officer2)
    html = client_for(officer).get("/referrals/mine/").content.decode()
    assert mine.reference in html
    assert theirs.reference not in html


def _evaluate_queue(user):  # type: ignore[no-untyped-def]
    rows = list(triage_queue(user=user))
    for row in rows:  # everything the queue template reads
        _ = (row.incident_type.label, row.local_authority, row.allocated_to, row.open_flags)
        _ = [c.person.full_name for c in row.children]
        _ = [c.due_at for c in row.open_clocks]
    return rows


def test_queue_selector_uses_a_constant_number_of_queries(
    officer, practitioner, django_assert_num_queries
):
    submit_referral(officer)
    # 1: referrals with incident type, area, allocation and the open-flag count
    # 2: children with their person, prefetched for the whole page
    # 3: open clocks, prefetched for the whole page
    with django_assert_num_queries(3):
        assert len(_evaluate_queue(practitioner)) == 1
    for _ in range(5):
        submit_referral(officer)
    with django_assert_num_queries(3):
        assert len(_evaluate_queue(practitioner)) == 6


def test_queue_page_query_count_does_not_grow_with_rows(client_for, officer, practitioner):
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


def test_queue_shows_a_provisional_grade_and_ranks_by_it(client_for, officer, practitioner):
    from tests.factories import submitted_assessment

    plain = submit_referral(officer)
    graded = submit_referral(officer)
    submitted_assessment(graded, practitioner, grade="high")

    rows = list(triage_queue(user=practitioner))
    assert [r.pk for r in rows] == [graded.pk, plain.pk]
    html = client_for(practitioner).get("/referrals/queue/").content.decode()
    assert "High (provisional)" in html
