"""Reading referrals with the risk reader: the published catalogue and each referral's signals.

Every referral is read whatever its grade or status (DESIGN.md §4): at intake (form, API,
import), when the officer corrects and resubmits it, when an assessment's words change, and
again, in the background, whenever a manager publishes a new catalogue.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction

from referrals.models import Referral, ReferralSubject, SubjectRole
from risk.models import ChildRiskAssessment, IndicatorCatalogueVersion, RiskSignal
from risk.reader_loader import new_reader
from vhub import configuration
from vhub.clock import now

if TYPE_CHECKING:
    from risk.reader import Reader, Signal


def current_catalogue_version() -> IndicatorCatalogueVersion:
    """The newest published catalogue (version 1 is seeded by a migration)."""
    # A migration seeds version 1, so there is always one.
    return IndicatorCatalogueVersion.objects.order_by("-number").first()  # type: ignore[return-value]


@dataclass(frozen=True)
class Compiled:
    """A catalogue version as the process uses it: the reader, each indicator's label and the
    CRA factors each indicator suggests."""

    reader: "Reader"
    labels: dict[str, str]
    factors: dict[str, list[str]]


_compiled: dict[tuple[int, object], Compiled] = {}


def compiled(version_id: int | None = None) -> tuple[int, Compiled]:
    """(version id, compiled version) for the given version or the newest. A published version
    never changes, so it is compiled once per process (keyed by id and publication time, so a
    row recreated under a reused id is compiled afresh); reading a referral then costs one
    small query, not the catalogue's JSON."""
    rows = IndicatorCatalogueVersion.objects.order_by("-number").values_list("pk", "created_at")
    if version_id is None:
        # The newest version's id changes only with a configuration edit (a publication).
        version_id, published = configuration.cached("catalogue", lambda: rows[0])
    else:
        version_id, published = rows.filter(pk=version_id)[0]
    found = _compiled.get((version_id, published))
    if found is None:
        content = IndicatorCatalogueVersion.objects.values_list("content", flat=True).get(
            pk=version_id
        )
        found = Compiled(
            reader=new_reader(content),
            labels={i["code"]: i["label"] for i in content["indicators"]},
            factors={i["code"]: i.get("cra_factors", []) for i in content["indicators"]},
        )
        _compiled[(version_id, published)] = found
    return version_id, found


def warm_up(**kwargs: object) -> None:
    """`vhub.warmup.warm_up`: import the reader, compile the current catalogue and read one
    sentence (spaCy builds its tokenizer's caches and the lexicon's entries at first use)."""
    compiled()[1].reader.read([("Warm-up", "The child was present and said she was scared.")])


def texts_of(
    narrative: str,
    officer_risk_view: str,
    voices: Iterable[tuple[str, str]] = (),
    assessments: Iterable[tuple[str, str, str]] = (),
) -> list[tuple[str, str]]:
    """A referral's free texts, each with the words a person would use for where it is: what
    happened, the officer's view, each child's voice (name, words) and each assessment's
    rationale and voice (name, rationale, voice). Intake and re-reading both build them here."""
    texts = [("What happened", narrative), ("Officer's view of risk", officer_risk_view)]
    texts += [(f"Voice of {name}", voice) for name, voice in voices]
    for name, rationale, voice in assessments:
        texts += [(f"Rationale for {name}", rationale), (f"Voice of {name} (assessment)", voice)]
    return [(label, text) for label, text in texts if text]


def texts_by_referral(ids: Iterable[int]) -> dict[int, list[tuple[str, str]]]:
    """Every free text of these referrals, in `texts_of`'s order, read as plain values (no
    model objects). Queries: the referrals (1), their children's voices (1), their
    assessments' words (1), whatever the number of referrals."""
    ids = list(ids)
    voices: dict[int, list[tuple[str, str]]] = {}
    for referral_id, first, last, voice in (
        ReferralSubject.objects.filter(referral_id__in=ids, role=SubjectRole.CHILD)
        .order_by("id")
        .values_list("referral_id", "person__first_name", "person__last_name", "voice_of_child")
    ):
        voices.setdefault(referral_id, []).append((f"{first} {last}".strip(), voice))
    assessed: dict[int, list[tuple[str, str, str]]] = {}
    for referral_id, first, last, rationale, voice in (
        ChildRiskAssessment.objects.filter(referral_id__in=ids)
        .order_by("id")
        .values_list(
            "referral_id",
            "subject__person__first_name",
            "subject__person__last_name",
            "rationale",
            "voice_of_child",
        )
    ):
        assessed.setdefault(referral_id, []).append((f"{first} {last}".strip(), rationale, voice))
    return {
        pk: texts_of(narrative, view, voices.get(pk, ()), assessed.get(pk, ()))
        for pk, narrative, view in Referral.objects.filter(pk__in=ids)
        .order_by("pk")
        .values_list("pk", "narrative", "officer_risk_view")
    }


def _rows(
    referral_id: int, signals: "list[Signal]", version_id: int, labels: dict[str, str], at: Any
) -> list[RiskSignal]:
    rows = []
    for s in signals:
        evidence = s.as_json()
        rows.append(
            RiskSignal(
                referral_id=referral_id,
                version_id=version_id,
                indicator=s.indicator,
                label=labels.get(s.indicator, s.indicator),
                pattern=s.pattern,
                certainty=s.certainty,
                acting=s.acting,
                field=s.field,
                text=s.text[:300],
                sentence=s.sentence,
                start=evidence["start"],
                end=evidence["end"],
                read_at=at,
            )
        )
    return rows


# What a referral's flags are made of (risk/undergrading.py, `narrative_candidates`): while
# these are the same for its acting signals, in the same order, a new reading changes no flag.
_EVIDENCE = ("indicator", "label", "pattern", "field", "sentence", "start", "end")


def _evidence(rows: Iterable[RiskSignal]) -> list[tuple[object, ...]]:
    return [tuple(getattr(r, name) for name in _EVIDENCE) for r in rows if r.acting]


@dataclass(frozen=True)
class Reading:
    """What reading a batch found: each referral's acting indicators, and the referrals whose
    acting evidence differs from what was stored before (only their flags can have changed)."""

    acting: dict[int, set[str]]
    changed: set[int]


@transaction.atomic
def reread(ids: Iterable[int], version: IndicatorCatalogueVersion | None = None) -> Reading:
    """Read these referrals again and replace their signals, in set-based writes. Queries, for
    any number of referrals: the version (1), the texts (3), the acting evidence stored before
    (1), one delete, and one insert per 1,000 signals."""
    version_id, loaded = compiled(version.pk if version else None)
    texts = texts_by_referral(ids)
    at = now()
    rows: list[RiskSignal] = []
    acting: dict[int, set[str]] = {}
    evidence: dict[int, list[tuple[object, ...]]] = {}
    for pk, referral_texts in texts.items():
        signals = loaded.reader.read(referral_texts)
        found = _rows(pk, signals, version_id, loaded.labels, at)
        rows += found
        acting[pk] = {s.indicator for s in signals if s.acting}
        evidence[pk] = _evidence(found)
    before: dict[int, list[tuple[object, ...]]] = {}
    for referral_id, *values in (
        RiskSignal.objects.filter(referral_id__in=list(texts), acting=True)
        .order_by("id")
        .values_list("referral_id", *_EVIDENCE)
    ):
        before.setdefault(referral_id, []).append(tuple(values))
    changed = {pk for pk in texts if before.get(pk, []) != evidence[pk]}
    RiskSignal.objects.filter(referral_id__in=list(texts)).delete()
    RiskSignal.objects.bulk_create(rows, batch_size=1000)
    return Reading(acting, changed)


def read_referrals(
    ids: Iterable[int], version: IndicatorCatalogueVersion | None = None
) -> dict[int, set[str]]:
    """Read these referrals again and replace their signals. Returns each referral's acting
    indicators, so a caller can tell whose flags may have changed."""
    return reread(ids, version).acting


def read_referral(referral: Referral) -> set[str]:
    """Read one referral again (inside the action that changed its words); its acting
    indicators."""
    return read_referrals([referral.pk]).get(referral.pk, set())


def read_new_referral(referral: Referral, texts: list[tuple[str, str]]) -> list[RiskSignal]:
    """Read a referral at intake from the words in hand: it has no signals to replace and its
    people need not be read back. Returns the stored signals. Queries: the newest version's id
    (1), the insert (1, only when something was found)."""
    return read_new_referrals([(referral, texts)])[referral.pk]


def read_new_referrals(
    read: list[tuple[Referral, list[tuple[str, str]]]],
) -> dict[int, list[RiskSignal]]:
    """`read_new_referral` for several referrals (an import's batch): each read from its own
    words, the catalogue looked up once and every signal written in one insert."""
    version_id, version = compiled()
    at = now()
    found = {
        referral.pk: _rows(referral.pk, version.reader.read(texts), version_id, version.labels, at)
        for referral, texts in read
    }
    rows = [row for signals in found.values() for row in signals]
    if rows:
        RiskSignal.objects.bulk_create(rows, batch_size=1000)
    return found


def proposed_factors(referral: Referral) -> dict[str, list[RiskSignal]]:
    """CRA factor code -> the stated or reported signals that suggest it, for the assessment
    form to show beside the factor (the assessor confirms each by ticking it). Queries: the
    signals (1), and the id of each catalogue version they came from (1 each, usually one)."""
    signals = list(RiskSignal.objects.filter(referral=referral, acting=True))
    factors = {v: compiled(v)[1].factors for v in {s.version_id for s in signals}}
    proposals: dict[str, list[RiskSignal]] = {}
    for signal in signals:
        for code in factors[signal.version_id].get(signal.indicator, []):
            proposals.setdefault(code, []).append(signal)
    return proposals
