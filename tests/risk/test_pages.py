"""The risk pages: live suggestion, review list, risk model and lexicon."""

import re

import pytest

from risk.actions import do_save_assessment
from risk.catalogue import to_text
from risk.models import RiskModelVersion, UnderGradingFlag
from risk.reading import current_catalogue_version
from risk.selectors import pattern_outcomes, review_list
from tests.factories import assessment_input, submit_referral
from vhub.clock import now


def _assess_url(referral) -> str:
    subject = referral.subjects.get()
    return f"/risk/referrals/{referral.reference}/children/{subject.pk}/"


def test_the_suggestion_panel_updates_from_ticked_factors(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    response = client_for(practitioner).post(
        _assess_url(referral) + "suggest/",
        {"factors": ["non_mobile_baby", "injury", "age_under_1", "age_under_5"]},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html  # a partial
    assert "High because: non-mobile baby with injury; score 35 ≥ 30" in html


def test_the_assessment_page_works_without_javascript(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    client = client_for(practitioner)
    page = client.get(_assess_url(referral) + "assess/").content.decode()
    assert "Domestic-abuse risk checklist" in page  # the incident is domestic abuse
    assert 'value="strangulation"' in page

    response = client.post(
        _assess_url(referral) + "assess/",
        {
            "factors": ["strangulation", "da_child_present"],
            "proposed_grade": "medium",
            "voice_of_child": "Scared.",
            "rationale": "Seen.",
            "submit": "1",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "suggest high. You cannot propose a lower grade" in html
    assert "High because: strangulation with a child present" in html  # shown server-side


def test_babies_have_their_age_factors_ticked(client_for, officer, practitioner) -> None:
    from datetime import date, timedelta

    from tests.factories import child

    referral = submit_referral(
        officer, children=[child(date_of_birth=date.today() - timedelta(days=100))]
    )
    page = client_for(practitioner).get(_assess_url(referral) + "assess/").content.decode()
    assert 'value="age_under_1" checked' in page


@pytest.mark.parametrize("who", ["practitioner", "officer", "partner_a", "manager"])
def test_review_pages_are_for_supervisors(db, request, client_for, who) -> None:
    assert client_for(request.getfixturevalue(who)).get("/risk/reviews/").status_code == 403


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "partner_a", "auditor"])
def test_model_and_catalogue_pages_are_for_managers(db, request, client_for, who) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get("/risk/model/").status_code == 403
    assert client.get("/risk/catalogue/").status_code == 403
    assert client.get("/risk/catalogue/patterns.csv").status_code == 403


def test_manager_publishes_a_new_model_version_through_the_page(client_for, manager) -> None:
    client = client_for(manager)
    version = RiskModelVersion.objects.get(number=1)
    data = {
        name: getattr(version, name)
        for name in (
            "medium_threshold",
            "high_threshold",
            "da_medium_min",
            "da_high_min",
            "supervision_sample_percent",
            "repeat_short_count",
            "repeat_short_days",
            "repeat_long_count",
            "repeat_long_days",
        )
    }
    for f in version.factors.all():
        data[f"weight_{f.code}"] = f.weight
        data[f"guidance_{f.code}"] = f.guidance
        if f.forces_high:
            data[f"forces_{f.code}"] = "on"
    data["weight_weapon"] = 18
    data["note"] = "Weapons weigh more."
    response = client.post("/risk/model/", data)
    assert response.status_code == 302
    new = RiskModelVersion.objects.get(number=2)
    assert new.factors.get(code="weapon").weight == 18
    assert new.created_by == manager


def _catalogue_form(version, **changes):
    return {**to_text(version.content), "note": "", **changes}


def test_manager_publishes_a_catalogue_version_through_the_page(
    client_for, manager, django_capture_on_commit_callbacks
) -> None:
    client = client_for(manager)
    version = current_catalogue_version()
    page = client.get("/risk/catalogue/").content.decode()
    assert "Risk reader catalogue" in page
    assert "strangle-word" in page  # the patterns, in the form

    data = _catalogue_form(version, note="Siege engines")
    data["patterns"] += "\nweapon | siege-engine | trebuchet|catapult"
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/risk/catalogue/", data)
    assert response.status_code == 302
    new = current_catalogue_version()
    assert new.number == version.number + 1
    assert {"indicator": "weapon", "code": "siege-engine", "pattern": "trebuchet|catapult"} in (
        new.content["patterns"]
    )
    assert new.created_by == manager


def test_a_catalogue_line_that_cannot_be_read_is_refused_with_its_line_number(
    client_for, manager
) -> None:
    version = current_catalogue_version()
    data = _catalogue_form(version, note="Broken")
    data["patterns"] += "\nweapon | broken | ..4 knife"
    data["cues"] += "\nsure | forward | 4 | definitely"
    response = client_for(manager).post("/risk/catalogue/", data)
    assert response.status_code == 200
    page = response.content.decode()
    lines = len(data["patterns"].splitlines())
    assert f"Line {lines}: A pattern must start and end with a word" in page
    assert "the certainty must be one of" in page
    assert current_catalogue_version().number == version.number


def test_the_catalogue_page_shows_how_each_pattern_fared(client_for, manager, officer) -> None:
    for status in ("regraded", "confirmed", "open"):
        UnderGradingFlag.objects.create(
            referral=submit_referral(officer),
            kind="narrative",
            key="indicator:weapon",
            reason="x",
            patterns=["weapon-word"],
            status=status,
            raised_at=now(),
        )
    (row,) = [r for r in pattern_outcomes() if r.pattern == "weapon-word"]
    assert (row.raised, row.decided, row.upheld, row.share_upheld) == (3, 2, 1, 50)
    csv = client_for(manager).get("/risk/catalogue/patterns.csv").content.decode()
    assert "weapon,weapon-word,3,2,1,50" in csv


def test_review_list_uses_a_constant_number_of_queries(
    officer, practitioner, supervisor, django_assert_num_queries
) -> None:
    def flagged() -> None:
        referral = submit_referral(officer, narrative="He had a knife and strangled her.")
        do_save_assessment(
            referral.subjects.get(), assessment_input("medium"), actor=practitioner, submit=True
        )

    def evaluate():
        rows = list(review_list(user=supervisor))
        for r in rows:  # what the page reads
            _ = (r.reference, r.incident_type.label, [f.reason for f in r.open_flags])
        return rows

    flagged()
    # 1: referrals with open flags, with incident type; 2: their open flags, prefetched
    with django_assert_num_queries(2):
        assert len(evaluate()) == 1
    flagged()
    flagged()
    with django_assert_num_queries(2):
        assert len(evaluate()) == 3
    # Two narrative flags each; the third referral of the same child is a probable repeat too.
    assert UnderGradingFlag.objects.filter(status="open").count() == 7


def test_the_assessment_form_proposes_the_factors_the_text_suggests_without_ticking_them(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(
        officer, narrative="Officers attended. He strangled her while the children watched."
    )
    page = client_for(practitioner).get(_assess_url(referral) + "assess/").content.decode()
    hint = page.split('id="factor-strangulation-hint"', 1)[1].split("</div>", 1)[0]
    assert "Suggested by the text" in hint
    assert '<mark class="vhub-mark">strangled</mark>' in hint
    assert 'value="strangulation" checked' not in page  # the assessor confirms it
    weapon_hint = page.split('id="factor-weapon-hint"', 1)[1].split("</div>", 1)[0]
    assert "Suggested by the text" not in weapon_hint


def test_the_navigation_and_the_review_page_use_one_name(client_for, supervisor) -> None:
    """Found in use: the navigation said "Under-grading reviews", the page "Possible hidden high
    risk"."""
    page = client_for(supervisor).get("/risk/reviews/").content.decode()
    assert "<title>Possible hidden high risk" in page
    assert '<h1 class="govuk-heading-l">Possible hidden high risk</h1>' in page
    assert re.search(r">Possible hidden high risk(</strong>)?</a>", page)  # the navigation
    assert "Under-grading reviews" not in page
