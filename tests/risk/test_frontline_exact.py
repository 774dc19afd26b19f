"""The period figures of the frontline loop (completion rates, the voice of the child) are read
with one grouped query each (risk/frontline.py, docs/dashboards.md "Performance"). Here they are
checked against the definitions counted by hand, in Python, from every referral and child loaded
as rows, on varied data: several children per referral, voices captured, reasons only and
neither, officers' assessments sent complete or not (or not at all), merged referrals, a local
authority with no policing area, an officer with no posting, a team, and referrals received on
either side of a month's end in London time (British Summer Time: 23:30 UTC on 31 August is 1
September in London)."""

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from referrals.models import Referral, ReferralStatus, ReferralSubject, SubjectRole
from risk.actions import do_save_assessment
from risk.frontline import (
    NO_AREA,
    OTHER_AREAS,
    Period,
    Scope,
    completion_rates,
    scope_for,
    voice_of_child,
)
from risk.models import OfficerSubmission, QualityTeam, QualityTeamMember
from tests.factories import UserFactory, assessment_input, child, submit_referral
from vhub.models import Agency

AREAS = ("herefordshire-cs", "shropshire-cs", "telford-wrekin-cs")  # Telford: no policing area
# Received at: both sides of the end of August in London time, and mid-July.
RECEIVED = (
    datetime(2026, 8, 31, 22, 30, tzinfo=UTC),  # 23:30 BST, 31 August
    datetime(2026, 8, 31, 23, 30, tzinfo=UTC),  # 00:30 BST, 1 September
    datetime(2026, 9, 14, 10, 0, tzinfo=UTC),
    datetime(2026, 7, 15, 12, 0, tzinfo=UTC),
)
VOICES = (
    {"voice_of_child": "Said she was scared."},
    {"voice_of_child": "", "voice_not_captured_reason": "Asleep"},
    {"voice_of_child": "", "voice_not_captured_reason": ""},
)
PERIOD = Period(datetime(2026, 7, 1).date(), datetime(2026, 9, 30).date())


@pytest.fixture
def varied(spoc, officer, officer2):  # type: ignore[no-untyped-def]
    """Thirty referrals drawn from a seeded generator (the same every run)."""
    rng = random.Random(21)
    loose = UserFactory(username="officer3", roles=["officer"])  # no posting: no area
    team = QualityTeam.objects.create(name="Response team 2")
    QualityTeamMember.objects.create(user=officer2, team=team)
    officers = (officer, officer2, loose)
    for i in range(30):
        author = rng.choice(officers)
        children = [
            child(first_name=f"Child{i}x{n}", **rng.choice(VOICES))
            for n in range(rng.choice((1, 1, 2, 3)))
        ]
        referral = submit_referral(
            author,
            children=children,
            local_authority=Agency.objects.get(slug=rng.choice(AREAS)),
            incident_reference=f"22/{i:06d}/26",
        )
        for subject in referral.subjects.filter(role=SubjectRole.CHILD):
            sent = rng.choice(("complete", "incomplete", None))
            if sent:
                do_save_assessment(
                    subject,
                    assessment_input("medium", rationale="" if sent == "incomplete" else "Why"),
                    actor=author,
                    submit=False,
                )
        status = ReferralStatus.MERGED if rng.random() < 0.15 else referral.status
        Referral.objects.filter(pk=referral.pk).update(
            received_at=rng.choice(RECEIVED), status=status
        )
    return officer, officer2, loose


def _children_by_hand(local_authority: int | None = None) -> list[ReferralSubject]:
    rows = ReferralSubject.objects.filter(
        role=SubjectRole.CHILD,
        referral__received_at__gte=PERIOD.start_at,
        referral__received_at__lt=PERIOD.end_at,
    ).select_related(
        "referral__local_authority__policing_cover__area",
        "referral__submitted_by__policing_posting",
        "referral__submitted_by__quality_team__team",
    )
    return [
        s
        for s in rows
        if s.referral.status != ReferralStatus.MERGED
        and (local_authority is None or s.referral.local_authority_id == local_authority)
    ]


def _rates_by_hand(scope: Scope, local_authority: int | None = None) -> dict[str, Counter]:
    """{"area:…"/"team:…"/"officer:…": Counter(children, sent, complete, voice)}."""
    counts: dict[str, Counter] = {}
    for s in _children_by_hand(local_authority):
        cover = getattr(s.referral.local_authority, "policing_cover", None)
        if scope.area_ids is not None and (cover is None or cover.area_id not in scope.area_ids):
            continue
        officer = s.referral.submitted_by
        posting = getattr(officer, "policing_posting", None)
        named = scope.names_officer(posting.area_id if posting else None)
        member = getattr(officer, "quality_team", None)
        submission = OfficerSubmission.objects.filter(assessment__subject=s).first()
        one = Counter(
            children=1,
            sent=submission is not None,
            complete=bool(submission and submission.complete),
            voice=s.voice_of_child != "",
        )
        for key in (
            f"area:{cover.area.name if cover else NO_AREA}",
            f"team:{(member.team.name if member else 'No team') if named else OTHER_AREAS}",
            f"officer:{officer.get_full_name() if named else OTHER_AREAS}",
            "total",
        ):
            counts.setdefault(key, Counter()).update(one)
    return counts


def _rates_by_query(scope: Scope, local_authority: int | None = None) -> dict[str, Counter]:
    c = completion_rates(scope, PERIOD, local_authority)
    counts = {}
    for prefix, rates in (("area", c.by_area), ("team", c.by_team), ("officer", c.by_officer)):
        for r in rates:
            counts[f"{prefix}:{r.label}"] = Counter(
                children=r.children, sent=r.sent, complete=r.complete, voice=r.voice
            )
    t = c.total
    counts["total"] = Counter(children=t.children, sent=t.sent, complete=t.complete, voice=t.voice)
    return counts


def _voice_by_hand(local_authority: int | None = None) -> tuple[dict, dict]:
    per_referral: dict[int, list[ReferralSubject]] = {}
    for s in _children_by_hand(local_authority):
        per_referral.setdefault(s.referral_id, []).append(s)
    areas: dict[str, Counter] = {}
    months: dict[str, Counter] = {}
    for children in per_referral.values():
        referral = children[0].referral
        voiced = sum(s.voice_of_child != "" for s in children)
        reasoned = sum(
            s.voice_of_child == "" and s.voice_not_captured_reason != "" for s in children
        )
        captured = voiced == len(children)
        one = Counter(
            referrals=1,
            captured=captured,
            reason_only=not captured and voiced + reasoned == len(children),
        )
        area = referral.local_authority.name if referral.local_authority else "No area"
        month = f"{timezone.localtime(referral.received_at):%b %Y}"
        areas.setdefault(area, Counter()).update(one)
        months.setdefault(month, Counter()).update(one)
    return areas, months


def _voice_by_query(local_authority: int | None = None) -> tuple[dict, dict]:
    areas, months = voice_of_child(PERIOD.start_at, PERIOD.end_at, local_authority)

    def counts(rows):  # type: ignore[no-untyped-def]
        return {
            v.label: Counter(referrals=v.referrals, captured=v.captured, reason_only=v.reason_only)
            for v in rows
        }

    return counts(areas), counts(v for _day, v in months)


def _drop_zeros(counts: dict[str, Counter]) -> dict[str, dict[str, int]]:
    return {k: {n: v for n, v in c.items() if v} for k, c in counts.items()}


def test_the_completion_rates_equal_the_definition_counted_by_hand(varied, spoc):
    whole, west = Scope(None), scope_for(spoc)
    hereford = Agency.objects.get(slug="herefordshire-cs").pk
    for scope, area in ((whole, None), (west, None), (whole, hereford), (west, hereford)):
        expected = _drop_zeros(_rates_by_hand(scope, area))
        assert _drop_zeros(_rates_by_query(scope, area)) == expected
    # The data is varied enough to test something: every kind of row is there.
    seen = _rates_by_hand(whole)
    assert {"area:West", "area:North", f"area:{NO_AREA}"} <= set(seen)
    assert {"team:Response team 2", "team:No team"} <= set(seen)
    assert 0 < seen["total"]["complete"] < seen["total"]["sent"] < seen["total"]["children"]
    assert _rates_by_hand(west).keys() & {f"team:{OTHER_AREAS}", f"officer:{OTHER_AREAS}"}


def test_the_voice_of_the_child_equals_the_definition_counted_by_hand(varied):
    for area in (None, Agency.objects.get(slug="shropshire-cs").pk):
        assert _voice_by_query(area) == _voice_by_hand(area)
    areas, months = _voice_by_hand()
    assert set(months) == {"Jul 2026", "Aug 2026", "Sep 2026"}
    total = sum(areas.values(), Counter())
    assert 0 < total["captured"] < total["referrals"]
    assert 0 < total["reason_only"] < total["referrals"] - total["captured"]
    merged = Referral.objects.filter(status=ReferralStatus.MERGED).count()
    assert merged
    assert total["referrals"] + merged <= Referral.objects.count()


def test_the_month_is_londons(officer, herefordshire):
    """A referral received at 00:30 on 1 September in London (23:30 UTC on 31 August) is in
    September's row."""
    referral = submit_referral(officer)
    Referral.objects.filter(pk=referral.pk).update(received_at=RECEIVED[1])
    _areas, months = voice_of_child(PERIOD.start_at, PERIOD.end_at)
    assert [(day.isoformat(), v.label, v.referrals) for day, v in months] == [
        ("2026-09-01", "Sep 2026", 1)
    ]
    assert RECEIVED[1] - RECEIVED[0] == timedelta(hours=1)
