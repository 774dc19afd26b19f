"""Suggesting a grade from ticked risk factors and domestic-abuse checklist answers.

A pure function of its inputs and one loaded model version, so the suggestion shown while an
assessor ticks boxes, the one stored on submit, and the one the sweep re-checks always agree.
"""

from dataclasses import dataclass, field
from datetime import date

from risk.models import RiskModelVersion
from vhub import configuration
from vhub.grades import GRADE_ORDER, Grade


@dataclass(frozen=True)
class FactorSpec:
    code: str
    label: str
    weight: int
    forces_high: bool


@dataclass(frozen=True)
class LoadedModel:
    """A model version with its rows, loaded once (three queries) and reused."""

    version: RiskModelVersion
    factors: dict[str, FactorSpec]
    combinations: list[tuple[str, frozenset[str]]]
    da_questions: dict[str, tuple[str, bool]]  # code -> (text, high on its own)

    @classmethod
    def load(cls, version: RiskModelVersion) -> "LoadedModel":
        return cls(
            version=version,
            factors={
                f.code: FactorSpec(f.code, f.label, f.weight, f.forces_high)
                for f in version.factors.all()
            },
            combinations=[(c.label, frozenset(c.factor_codes)) for c in version.combinations.all()],
            da_questions={q.code: (q.text, q.high_on_its_own) for q in version.da_questions.all()},
        )


def current_model_version() -> RiskModelVersion:
    version = RiskModelVersion.objects.order_by("-number").first()
    if version is None:
        raise RuntimeError("No risk model has been published; run the migrations.")
    return version


def current_repeat_rule() -> RiskModelVersion:
    """The current model, for its repeat windows only (every intake's recount). Its table is
    configuration (a statement trigger moves the configuration's version when a model is
    published), so it is read once per version (vhub/configuration.py), not once per intake.
    Pages and actions keep `current_model_version`: a model kept for the process must never
    hold the related rows they read (its author, its factors)."""
    return configuration.cached("risk_model", current_model_version)


@dataclass(frozen=True)
class Suggestion:
    grade: str
    score: int
    reasons: list[str] = field(default_factory=list)
    da_count: int | None = None
    da_band: str = ""

    @property
    def headline(self) -> str:
        """e.g. 'High because: non-mobile baby with injury; score 34 ≥ 30'."""
        label = Grade(self.grade).label
        return f"{label} because: {'; '.join(self.reasons)}" if self.reasons else label

    def as_dict(self) -> dict[str, object]:
        return {
            "grade": self.grade,
            "score": self.score,
            "reasons": self.reasons,
            "headline": self.headline,
            "da_count": self.da_count,
            "da_band": self.da_band,
        }


def _max_grade(a: str, b: str) -> str:
    return a if GRADE_ORDER[Grade(a)] >= GRADE_ORDER[Grade(b)] else b


def suggest_grade(
    model: LoadedModel, factor_codes: set[str], da_yes_codes: set[str] | None = None
) -> Suggestion:
    """The suggested grade and why. `da_yes_codes` is None when the checklist does not apply."""
    ticked = [model.factors[c] for c in factor_codes if c in model.factors]
    score = max(0, sum(f.weight for f in ticked))
    version = model.version
    reasons: list[str] = []

    forced = sorted(f.label[0].lower() + f.label[1:] for f in ticked if f.forces_high)
    forced += [label for label, codes in model.combinations if codes <= factor_codes]
    if score >= version.high_threshold:
        by_score, score_reason = Grade.HIGH, f"score {score} ≥ {version.high_threshold}"
    elif score >= version.medium_threshold:
        by_score, score_reason = Grade.MEDIUM, f"score {score} ≥ {version.medium_threshold}"
    else:
        by_score, score_reason = Grade.STANDARD, f"score {score} < {version.medium_threshold}"
    grade: str = Grade.HIGH if forced else by_score
    reasons.extend(forced)

    da_count = None
    da_band = ""
    if da_yes_codes is not None:
        answered = [c for c in da_yes_codes if c in model.da_questions]
        da_count = len(answered)
        if da_count >= version.da_high_min:
            da_band = Grade.HIGH
        elif da_count >= version.da_medium_min:
            da_band = Grade.MEDIUM
        else:
            da_band = Grade.STANDARD
        single = sorted(model.da_questions[c][0] for c in answered if model.da_questions[c][1])
        if single:
            da_band = Grade.HIGH
            reasons.extend(f"domestic-abuse indicator: {text}" for text in single)
        elif da_band != Grade.STANDARD:
            reasons.append(f"{da_count} domestic-abuse risk indicators")
        grade = _max_grade(grade, da_band)

    reasons.append(score_reason)
    return Suggestion(grade=grade, score=score, reasons=reasons, da_count=da_count, da_band=da_band)


def age_factor_codes(date_of_birth: date | None, on: date) -> set[str]:
    """The age factors that follow from a date of birth, ticked for the assessor."""
    if date_of_birth is None:
        return set()
    years = (
        on.year
        - date_of_birth.year
        - ((on.month, on.day) < (date_of_birth.month, date_of_birth.day))
    )
    codes = set()
    if years < 1:
        codes.add("age_under_1")
    if years < 5:
        codes.add("age_under_5")
    return codes
