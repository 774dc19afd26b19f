"""The officer's referral form: a task list of sections saved as a draft, check your answers,
and sending it through the intake action."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from referrals.inputs import ChildDetails
from referrals.models import (
    IncidentType,
    Person,
    PersonMatch,
    Referral,
    ReferralDraft,
    ReferralStatus,
    SlaClock,
)
from risk.models import AssessmentStatus
from vhub.models import Agency


def incident(**overrides):
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
    }
    data.update(overrides)
    return data


def child(**overrides) -> ChildDetails:
    data = {
        "first_name": "Noah",
        "last_name": "Jones",
        "date_of_birth_0": "3",
        "date_of_birth_1": "4",
        "date_of_birth_2": "2019",
        "address": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "school": "Castlefields Primary",
        "gp": "Severn Fields Surgery",
        "lives_at_address": "yes",
        "was_present": "yes",
        "witnessed": "unknown",
        "was_injured": "no",
        "parental_responsibility": "Mother, Sarah Jones",
        "parents_aware": "no",
    }
    data.update(overrides)
    return data


ASSESSMENT = {
    "factors": ["da_child_present"],
    "proposed_grade": "high",
    "rationale": "Knife used with Noah in the house.",
}
VOICE = {"voice_of_child": "Noah said he was scared and hid in his room."}
NARRATIVE = {"narrative": "Shouting heard; father threatened mother with a knife."}
RISK_VIEW = {"officer_risk_view": "High risk: weapon used with the child in the house."}


def start(client) -> ReferralDraft:
    response = client.post("/referrals/new/")
    draft = ReferralDraft.objects.latest("id")
    assert response["Location"] == f"/referrals/drafts/{draft.pk}/"
    return draft


def url(draft, section, key: str = "") -> str:
    return f"/referrals/drafts/{draft.pk}/{section}/{key + '/' if key else ''}"


def add_child(client, draft, **overrides) -> str:
    before = {e["key"] for e in ReferralDraft.objects.get(pk=draft.pk).data.get("children", [])}
    response = client.post(url(draft, "child", "new"), child(**overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    after = ReferralDraft.objects.get(pk=draft.pk).data["children"]
    return next(e["key"] for e in after if e["key"] not in before)


def fill(client, draft, *, with_child: bool = True) -> str:
    """Every section, as an officer fills them in; returns the child's key."""
    assert client.post(url(draft, "incident"), incident()).status_code == 302
    assert client.post(url(draft, "narrative"), NARRATIVE).status_code == 302
    assert client.post(url(draft, "risk_view"), RISK_VIEW).status_code == 302
    if not with_child:
        return ""
    key = add_child(client, draft)
    assert client.post(url(draft, "voice", key), VOICE).status_code == 302
    assert client.post(url(draft, "assessment", key), ASSESSMENT).status_code == 302
    return key


def test_officer_fills_the_sections_checks_the_answers_and_sends_the_referral(
    client_for, officer
) -> None:
    known = Person.objects.create(
        first_name="Noa", last_name="Jones", date_of_birth=date(2019, 4, 3)
    )
    client = client_for(officer)
    draft = start(client)
    fill(client, draft)

    check = client.get(f"/referrals/drafts/{draft.pk}/check/").content.decode()
    assert "Check your answers before sending the referral" in check
    assert "Castlefields Primary" in check
    assert "Knife used with Noah in the house." in check
    assert "There is a problem" not in check

    response = client.post(f"/referrals/drafts/{draft.pk}/check/")
    referral = Referral.objects.get()
    assert response["Location"] == f"/referrals/{referral.reference}/"
    assert referral.status == ReferralStatus.SUBMITTED
    assert referral.postcode == "SY1 2BJ"
    subject = referral.subjects.get()
    assert subject.was_present is True
    assert subject.witnessed is None  # "not known" is stored as unknown, never as "no"
    assert subject.voice_of_child.startswith("Noah said")
    # The officer's initial assessment, through the risk app's action, for the hub to complete.
    assessment = subject.assessment
    assert assessment.status == AssessmentStatus.DRAFT
    assert assessment.proposed_grade == "high"
    assert list(assessment.editors.all()) == [officer]
    assert referral.provisional_grade == "high"
    # As every intake: clocks, matching and audit.
    assert SlaClock.objects.filter(referral=referral, kind="triage").exists()
    assert PersonMatch.objects.filter(subject=subject, candidate=known).exists()
    assert AuditEvent.objects.filter(action="referral.submit", referral=referral).exists()
    assert not ReferralDraft.objects.exists()


@pytest.mark.parametrize(
    ("section", "data", "field", "message"),
    [
        (
            "incident",
            {"incident_date_2": str(timezone.now().year + 1)},
            "incident_date_0",
            "must be today or in the past",
        ),
        ("incident", {"postcode": "NOT A CODE"}, "postcode", "Enter a real postcode"),
        ("incident", {"incident_time": "25:00"}, "incident_time", "24-hour format"),
        ("incident", {"incident_date_1": "13"}, "incident_date_0", "must be a real date"),
        ("incident", {"incident_date_1": ""}, "incident_date_0", "must include a month"),
        ("incident", {"incident_type": ""}, "incident_type", "Choose the type of incident"),
        ("narrative", {"narrative": ""}, "narrative", "Describe what happened"),
        ("risk_view", {"officer_risk_view": " "}, "officer_risk_view", "Give your view"),
    ],
)
def test_section_errors_are_summarised_and_linked_to_the_field_and_nothing_is_saved(
    client_for, officer, section, data, field, message
) -> None:
    client = client_for(officer)
    draft = start(client)
    response = client.post(url(draft, section), incident(**data) if section == "incident" else data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert f'href="#id_{field}"' in html
    assert section not in ReferralDraft.objects.get(pk=draft.pk).data


def test_an_incident_later_today_than_now_is_refused(client_for, officer) -> None:
    soon = timezone.localtime() + timedelta(hours=2)
    if soon.date() != timezone.localtime().date():
        pytest.skip("two hours from now is tomorrow; the date test covers it")
    client = client_for(officer)
    draft = start(client)
    data = incident(
        incident_date_0=str(soon.day),
        incident_date_1=str(soon.month),
        incident_date_2=str(soon.year),
        incident_time=soon.strftime("%H:%M"),
    )
    assert (
        "The incident time must be in the past"
        in client.post(url(draft, "incident"), data).content.decode()
    )


def test_the_voice_of_the_child_is_required_or_why_it_was_not_captured(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    key = add_child(client, draft)

    html = client.post(url(draft, "voice", key), {"voice_of_child": ""}).content.decode()
    assert "There is a problem" in html
    assert 'href="#id_voice_of_child"' in html
    assert "Record the voice of the child" in html

    pre_verbal = {"voice_not_captured_reason": "Asleep upstairs throughout; not woken."}
    assert client.post(url(draft, "voice", key), pre_verbal).status_code == 302


def test_child_questions_must_be_answered(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    html = client.post(
        url(draft, "child", "new"), child(was_present="", first_name="", postcode="XX")
    ).content.decode()
    assert 'href="#id_was_present_0"' in html
    assert "Select if the child was present" in html
    assert "Enter the child&#x27;s first name" in html
    assert "Enter a real postcode" in html
    assert "children" not in ReferralDraft.objects.get(pk=draft.pk).data


def test_an_unborn_child_has_an_expected_date_instead_of_a_date_of_birth(
    client_for, officer
) -> None:
    client = client_for(officer)
    draft = start(client)
    due = date.today() + timedelta(days=60)
    unborn = {
        "first_name": "Unborn",
        "unborn": "on",
        "date_of_birth_0": "",
        "date_of_birth_1": "",
        "date_of_birth_2": "",
    }
    html = client.post(url(draft, "child", "new"), child(**unborn)).content.decode()
    assert "Enter the expected date of birth" in html

    fill(client, draft, with_child=False)
    key = add_child(
        client,
        draft,
        **unborn,
        expected_date_0=str(due.day),
        expected_date_1=str(due.month),
        expected_date_2=str(due.year),
    )
    client.post(url(draft, "voice", key), {"voice_not_captured_reason": "Not born yet."})
    client.post(url(draft, "assessment", key), ASSESSMENT)
    client.post(f"/referrals/drafts/{draft.pk}/check/")

    subject = Referral.objects.get().subjects.get()
    assert subject.expected_date == due
    assert subject.person.date_of_birth is None
    assert subject.voice_not_captured_reason == "Not born yet."


def test_a_referral_with_no_child_cannot_be_sent(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft, with_child=False)

    response = client.post(f"/referrals/drafts/{draft.pk}/check/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Add at least one child" in html
    assert f'href="/referrals/drafts/{draft.pk}/people/"' in html
    assert not Referral.objects.exists()


def test_the_officer_cannot_propose_a_grade_below_the_suggestion(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft, with_child=False)
    key = add_child(client, draft)
    html = client.post(
        url(draft, "assessment", key),
        {"factors": ["strangulation"], "proposed_grade": "standard", "rationale": "Calm now."},
    ).content.decode()
    assert "There is a problem" in html
    assert 'href="#id_proposed_grade_0"' in html
    assert "The factors you ticked suggest" in html


def test_the_officers_suggested_grade_updates_as_factors_are_ticked(client_for, officer) -> None:
    """Found in use: the panel stayed "Standard, score 0" while the officer ticked factors, so
    they learnt the suggestion only when the save was refused. The page asks for the panel
    again on every change (htmx), as the hub's assessment page does."""
    client = client_for(officer)
    draft = start(client)
    fill(client, draft, with_child=False)
    key = add_child(client, draft)
    page = client.get(url(draft, "assessment", key)).content.decode()
    suggest_url = f"/referrals/drafts/{draft.pk}/assessment/{key}/suggest/"
    assert f'hx-post="{suggest_url}"' in page
    assert 'hx-trigger="change"' in page
    panel = client.post(suggest_url, {"factors": ["strangulation"]}).content.decode()
    assert re.search(r"Score</dt><dd[^>]*>(\d+)<", panel)[1] == "20"
    assert "vhub-grade--medium" in panel
    # nothing was saved by asking
    assert "assessment" not in next(
        e for e in ReferralDraft.objects.get(pk=draft.pk).data["children"] if e["key"] == key
    )


def test_only_the_drafts_officer_gets_its_suggested_grade(client_for, officer, officer2) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft, with_child=False)
    key = add_child(client, draft)
    suggest_url = f"/referrals/drafts/{draft.pk}/assessment/{key}/suggest/"
    assert client_for(officer2).post(suggest_url, {"factors": ["strangulation"]}).status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=officer2).exists()
    assert (
        client.post(f"/referrals/drafts/{draft.pk}/assessment/nobody/suggest/", {}).status_code
        == 404
    )


def test_adults_are_recorded_with_their_part_in_the_incident(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft)
    response = client.post(
        url(draft, "person", "new"),
        {"first_name": "Dean", "last_name": "Jones", "role": "suspect"},
    )
    assert response["Location"] == f"/referrals/drafts/{draft.pk}/people/"
    client.post(f"/referrals/drafts/{draft.pk}/check/")
    roles = set(Referral.objects.get().subjects.values_list("role", flat=True))
    assert roles == {"child", "suspect"}


def test_a_draft_is_kept_and_the_officer_resumes_it_from_my_referrals(client_for, officer) -> None:
    draft = start(client_for(officer))
    client_for(officer).post(url(draft, "incident"), incident(incident_reference="22/777/26"))

    later = client_for(officer)  # another sign-in, e.g. the next shift
    mine = later.get("/referrals/mine/").content.decode()
    assert "Drafts you have not sent" in mine
    assert "22/777/26" in mine
    assert f'href="/referrals/drafts/{draft.pk}/"' in mine

    tasks = later.get(f"/referrals/drafts/{draft.pk}/").content.decode()
    assert "You have completed 1 of" in tasks
    section = later.get(url(draft, "incident")).content.decode()
    assert 'value="22/777/26"' in section


def test_check_your_answers_has_change_links_that_come_back_to_it(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft)
    check = client.get(f"/referrals/drafts/{draft.pk}/check/").content.decode()
    assert f'href="/referrals/drafts/{draft.pk}/narrative/?from=check"' in check

    page = client.get(url(draft, "narrative") + "?from=check").content.decode()
    assert 'name="from" value="check"' in page
    response = client.post(url(draft, "narrative"), {**NARRATIVE, "from": "check"})
    assert response["Location"] == f"/referrals/drafts/{draft.pk}/check/"


def test_the_task_list_shows_what_is_done_and_what_cannot_start_yet(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    html = client.get(f"/referrals/drafts/{draft.pk}/").content.decode()
    assert "Cannot start yet" in html
    assert "Check your answers and send" in html
    assert f'href="/referrals/drafts/{draft.pk}/check/"' not in html
    fill(client, draft)
    html = client.get(f"/referrals/drafts/{draft.pk}/").content.decode()
    assert f'href="/referrals/drafts/{draft.pk}/check/"' in html
    assert "Cannot start yet" not in html


def test_a_draft_narrative_with_markup_is_shown_as_text(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    fill(client, draft)
    client.post(url(draft, "narrative"), {"narrative": "<script>alert('x')</script> typed"})
    for page in (f"/referrals/drafts/{draft.pk}/check/", url(draft, "narrative")):
        html = client.get(page).content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; typed" in html


@pytest.mark.parametrize("who", ["officer2", "practitioner", "supervisor", "partner_a", "outsider"])
def test_nobody_but_its_officer_can_see_or_change_a_draft_and_it_is_audited(
    request, client_for, officer, who
) -> None:
    draft = start(client_for(officer))
    other = request.getfixturevalue(who)
    client = client_for(other)
    for page in ("", "incident/", "people/", "check/"):
        assert client.get(f"/referrals/drafts/{draft.pk}/{page}").status_code == 404
    assert client.post(url(draft, "narrative"), NARRATIVE).status_code == 404
    assert client.post(f"/referrals/drafts/{draft.pk}/check/").status_code == 404
    assert client.post(f"/referrals/drafts/{draft.pk}/delete/").status_code == 404
    assert "narrative" not in ReferralDraft.objects.get(pk=draft.pk).data
    assert (
        AuditEvent.objects.filter(
            action="access.denied", actor=other, details__object_type="referrals.referraldraft"
        ).count()
        == 7
    )


@pytest.mark.parametrize("who", ["practitioner", "partner_a", "outsider"])
def test_only_officers_start_a_referral_and_a_refusal_is_audited(
    db, request, client_for, who
) -> None:
    user = request.getfixturevalue(who)
    assert client_for(user).post("/referrals/new/").status_code == 403
    assert not ReferralDraft.objects.exists()
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_saving_and_viewing_a_draft_is_audited(client_for, officer) -> None:
    client = client_for(officer)
    draft = start(client)
    client.post(url(draft, "narrative"), NARRATIVE)
    client.get(f"/referrals/drafts/{draft.pk}/")
    actions = set(AuditEvent.objects.filter(actor=officer).values_list("action", flat=True))
    assert {"referral_draft.create", "referral_draft.save", "referral_draft.view"} <= actions


def test_my_referrals_uses_a_constant_number_of_queries(
    client_for, officer, django_assert_num_queries
) -> None:
    from tests.factories import submit_referral

    client = client_for(officer)
    submit_referral(officer)
    start(client)
    client.get("/referrals/mine/")  # warm the session

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            client.get("/referrals/mine/")
        return len(queries.captured_queries)

    few = count()
    for _ in range(4):
        submit_referral(officer)
        start(client)
    assert count() == few


def test_my_referrals_selectors_query_count(officer, django_assert_num_queries) -> None:
    from referrals.selectors import officer_drafts, officer_referrals
    from tests.factories import submit_referral

    for _ in range(3):
        submit_referral(officer)
    # 1: referrals with incident type, returner and any correction in progress
    # 2: their children with each person
    with django_assert_num_queries(2):
        rows = list(officer_referrals(user=officer))
        _ = [c.person.full_name for r in rows for c in r.children]
        _ = [r.returned_by for r in rows]
    # 1: the drafts
    with django_assert_num_queries(1):
        list(officer_drafts(user=officer))


@pytest.mark.parametrize("name", ["Dean\u202eJones", "De\u200ban"])
def test_names_with_invisible_or_direction_characters_are_refused_on_the_form(
    client_for, officer, name: str
) -> None:
    client = client_for(officer)
    draft = start(client)
    response = client.post(url(draft, "child", "new"), child(first_name=name))
    assert response.status_code == 200
    assert "Remove the invisible or text-direction characters" in response.content.decode()
    response = client.post(
        url(draft, "person", "new"), {"first_name": name, "last_name": "Jones", "role": "suspect"}
    )
    assert "Remove the invisible or text-direction characters" in response.content.decode()
