"""The risk pages: live suggestion, review list, risk model and lexicon."""

import pytest

from risk.actions import do_save_assessment
from risk.models import RiskModelVersion, UnderGradingFlag
from risk.selectors import review_list
from tests.factories import assessment_input, submit_referral


def _assess_url(referral):  # type: ignore[no-untyped-def]
    subject = referral.subjects.get()
    return f"/risk/referrals/{referral.reference}/children/{subject.pk}/"


def test_the_suggestion_panel_updates_from_ticked_factors(client_for, officer, practitioner):
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


def test_the_assessment_page_works_without_javascript(client_for, officer, practitioner):
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


def test_babies_have_their_age_factors_ticked(client_for, officer, practitioner):
    from datetime import date, timedelta

    from tests.factories import child

    referral = submit_referral(
        officer, children=[child(date_of_birth=date.today() - timedelta(days=100))]
    )
    page = client_for(practitioner).get(_assess_url(referral) + "assess/").content.decode()
    assert 'value="age_under_1" checked' in page


@pytest.mark.parametrize("who", ["practitioner", "officer", "partner_a", "manager"])
def test_review_pages_are_for_supervisors(db, request, client_for, who):
    assert client_for(request.getfixturevalue(who)).get("/risk/reviews/").status_code == 403


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "partner_a", "auditor"])
def test_model_and_lexicon_pages_are_for_managers(db, request, client_for, who):
    client = client_for(request.getfixturevalue(who))
    assert client.get("/risk/model/").status_code == 403
    assert client.get("/risk/lexicon/").status_code == 403


def test_manager_publishes_a_new_model_version_through_the_page(client_for, manager):
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


def test_manager_adds_a_lexicon_word(client_for, manager):
    response = client_for(manager).post(
        "/risk/lexicon/", {"term": "Ligature", "variants": "ligatures, noose"}
    )
    assert response.status_code == 302
    from risk.models import LexiconTerm

    assert LexiconTerm.objects.get(term="ligature").variants == ["ligatures", "noose"]


def test_review_list_uses_a_constant_number_of_queries(
    officer, practitioner, supervisor, django_assert_num_queries
):
    def flagged():  # type: ignore[no-untyped-def]
        referral = submit_referral(officer, narrative="He had a knife and strangled her.")
        do_save_assessment(
            referral.subjects.get(), assessment_input("medium"), actor=practitioner, submit=True
        )

    def evaluate():  # type: ignore[no-untyped-def]
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
    assert UnderGradingFlag.objects.count() == 6
