"""Reading referrals with the risk reader: the published catalogue and each referral's signals.

Every referral is read whatever its grade or status (DESIGN.md §4): at intake (form, API,
import), when the officer corrects and resubmits it, when an assessment's words change, and
again, in the background, whenever a manager publishes a new catalogue.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Prefetch

from referrals.models import Referral, ReferralSubject, SubjectRole
from risk.models import ChildRiskAssessment, IndicatorCatalogueVersion, RiskSignal
from risk.reader import Catalogue, Signal, reader_for
from vhub.clock import now


def current_catalogue_version() -> IndicatorCatalogueVersion:
    """The newest published catalogue (version 1 is seeded by a migration)."""
    return IndicatorCatalogueVersion.objects.order_by("-number").first()  # type: ignore[return-value]


def catalogue_of(version: IndicatorCatalogueVersion) -> Catalogue:
    return Catalogue.from_dict(version.content, key=f"catalogue-{version.number}")


def indicator_labels(version: IndicatorCatalogueVersion) -> dict[str, str]:
    return {i["code"]: i["label"] for i in version.content["indicators"]}


def referral_texts(referral: Referral) -> list[tuple[str, str]]:
    """Every free text of a referral, each with the words a person would use for where it is.
    Uses `referral.subjects` and `referral.assessments` as prefetched by `read_referrals`."""
    texts = [
        ("What happened", referral.narrative),
        ("Officer's view of risk", referral.officer_risk_view),
    ]
    for subject in referral.subjects.all():
        if subject.role == SubjectRole.CHILD and subject.voice_of_child:
            texts.append((f"Voice of {subject.person.full_name}", subject.voice_of_child))
    for assessment in referral.assessments.all():
        name = assessment.subject.person.full_name
        texts += [
            (f"Rationale for {name}", assessment.rationale),
            (f"Voice of {name} (assessment)", assessment.voice_of_child),
        ]
    return [(label, text) for label, text in texts if text]


def _prefetched(ids: Iterable[int]) -> list[Referral]:
    return list(
        Referral.objects.filter(pk__in=list(ids))
        .only("pk", "narrative", "officer_risk_view")
        .prefetch_related(
            Prefetch(
                "subjects",
                queryset=ReferralSubject.objects.filter(role=SubjectRole.CHILD).select_related(
                    "person"
                ),
            ),
            Prefetch(
                "assessments",
                queryset=ChildRiskAssessment.objects.select_related("subject__person"),
            ),
        )
    )


def _rows(
    referral_id: int, signals: list[Signal], version: IndicatorCatalogueVersion, at
) -> list[RiskSignal]:  # type: ignore[no-untyped-def]
    labels = indicator_labels(version)
    rows = []
    for s in signals:
        evidence = s.as_json()
        rows.append(
            RiskSignal(
                referral_id=referral_id,
                version=version,
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


@transaction.atomic
def read_referrals(
    ids: Iterable[int], version: IndicatorCatalogueVersion | None = None
) -> dict[int, set[str]]:
    """Read these referrals again and replace their signals, in set-based writes. Returns each
    referral's acting indicators, so a caller can tell whose flags may have changed."""
    version = version or current_catalogue_version()
    reader = reader_for(catalogue_of(version))
    referrals = _prefetched(ids)
    at = now()
    rows: list[RiskSignal] = []
    acting: dict[int, set[str]] = {}
    for referral in referrals:
        signals = reader.read(referral_texts(referral))
        rows += _rows(referral.pk, signals, version, at)
        acting[referral.pk] = {s.indicator for s in signals if s.acting}
    RiskSignal.objects.filter(referral_id__in=[r.pk for r in referrals]).delete()
    RiskSignal.objects.bulk_create(rows, batch_size=1000)
    return acting


def read_referral(referral: Referral) -> set[str]:
    """Read one referral again (inside the action that changed its words); its acting
    indicators."""
    return read_referrals([referral.pk]).get(referral.pk, set())


def read_new_referral(referral: Referral, texts: list[tuple[str, str]]) -> list[RiskSignal]:
    """Read a referral at intake from the words in hand: it has no signals to replace and its
    people need not be read back. Returns the stored signals. Queries: the catalogue (1), the
    insert (1, only when something was found)."""
    version = current_catalogue_version()
    signals = reader_for(catalogue_of(version)).read([(f, t) for f, t in texts if t])
    rows = _rows(referral.pk, signals, version, now())
    if rows:
        RiskSignal.objects.bulk_create(rows)
    return rows


def proposed_factors(referral: Referral) -> dict[str, list[RiskSignal]]:
    """CRA factor code -> the stated or reported signals that suggest it, for the assessment
    form to show beside the factor (the assessor confirms each by ticking it). One query."""
    proposals: dict[str, list[RiskSignal]] = {}
    for signal in RiskSignal.objects.filter(referral=referral, acting=True).select_related(
        "version"
    ):
        factors = next(
            (
                i.get("cra_factors", [])
                for i in signal.version.content["indicators"]
                if i["code"] == signal.indicator
            ),
            [],
        )
        for code in factors:
            proposals.setdefault(code, []).append(signal)
    return proposals
