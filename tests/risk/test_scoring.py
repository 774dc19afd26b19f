"""The suggested grade: weights, thresholds, forcing factors and the domestic-abuse checklist."""

from datetime import date

import pytest

from risk.models import RiskModelVersion
from risk.scoring import LoadedModel, age_factor_codes, suggest_grade


@pytest.fixture
def model(db):
    return LoadedModel.load(RiskModelVersion.objects.get(number=1))


def test_a_baby_with_an_unexplained_bruise_is_high_and_says_why(model) -> None:
    s = suggest_grade(model, {"age_under_1", "age_under_5", "non_mobile_baby", "injury"})
    assert s.grade == "high"
    assert s.headline == "High because: non-mobile baby with injury; score 35 ≥ 30"


def test_strangulation_with_a_child_present_forces_high(model) -> None:
    s = suggest_grade(model, {"strangulation", "da_child_present"})
    assert s.grade == "high"
    assert "strangulation with a child present" in s.reasons


def test_strangulation_alone_is_scored_not_forced(model) -> None:
    s = suggest_grade(model, {"strangulation"})
    assert (s.grade, s.score) == ("medium", 20)


def test_a_factor_that_forces_high_on_its_own(model) -> None:
    s = suggest_grade(model, {"sexual_offence"})
    assert s.grade == "high"
    assert s.reasons[0] == "sexual offence against the child"


@pytest.mark.parametrize(
    ("codes", "score", "grade"),
    [
        (set(), 0, "standard"),
        ({"disability", "carer_mental_health"}, 12, "standard"),
        ({"disability", "home_conditions", "carer_substance_misuse"}, 20, "medium"),  # >= 15
        ({"injury", "age_under_5"}, 17, "medium"),
        ({"weapon"}, 15, "medium"),  # exactly the medium threshold
        ({"weapon", "disclosure"}, 27, "medium"),
        ({"weapon", "threats_to_kill"}, 30, "high"),  # exactly the high threshold
    ],
)
def test_score_thresholds(model, codes, score, grade) -> None:
    s = suggest_grade(model, codes)
    assert (s.score, s.grade) == (score, grade)


def test_protective_factors_lower_the_score_but_never_below_zero(model) -> None:
    assert suggest_grade(model, {"weapon", "protective_adult"}).score == 10
    assert suggest_grade(model, {"protective_adult", "engaged_with_services"}).score == 0


def test_unknown_codes_are_ignored(model) -> None:
    assert suggest_grade(model, {"not_a_factor"}).score == 0


def _ordinary_da_codes(model, n):
    ordinary = [c for c, (_, alone) in model.da_questions.items() if not alone]
    assert len(ordinary) >= n
    return set(ordinary[:n])


@pytest.mark.parametrize(
    ("count", "band"),
    [
        (0, "standard"),
        (1, "standard"),
        (9, "standard"),
        (10, "medium"),
        (13, "medium"),
        (14, "high"),
        (17, "high"),
    ],
)
def test_domestic_abuse_checklist_bands(model, count: int, band) -> None:
    s = suggest_grade(model, set(), _ordinary_da_codes(model, count))
    assert (s.da_count, s.da_band, s.grade) == (count, band, band)


@pytest.mark.parametrize(
    "code",
    [
        "strangulation",
        "threats_to_kill",
        "stalking",
        "escalating",
        "very_frightened",
        "pregnant_or_baby",
    ],
)
def test_single_checklist_indicators_mark_high(model, code) -> None:
    s = suggest_grade(model, set(), {code})
    assert s.grade == "high"
    assert any(r.startswith("domestic-abuse indicator") for r in s.reasons)


def test_the_higher_of_factors_and_checklist_wins(model) -> None:
    assert suggest_grade(model, {"weapon"}, _ordinary_da_codes(model, 2)).grade == "medium"
    assert suggest_grade(model, set(), _ordinary_da_codes(model, 11)).grade == "medium"


def test_no_checklist_when_it_does_not_apply(model) -> None:
    s = suggest_grade(model, {"weapon"}, None)
    assert s.da_count is None


@pytest.mark.parametrize(
    ("born", "codes"),
    [
        (date(2026, 3, 1), {"age_under_1", "age_under_5"}),
        (date(2025, 11, 23), {"age_under_1", "age_under_5"}),  # 1 tomorrow
        (date(2025, 11, 22), {"age_under_5"}),  # 1 today
        (date(2021, 11, 23), {"age_under_5"}),
        (date(2021, 11, 22), set()),
        (None, set()),
    ],
)
def test_age_factors_follow_from_the_date_of_birth(born, codes) -> None:
    assert age_factor_codes(born, date(2026, 11, 22)) == codes
