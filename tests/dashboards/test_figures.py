"""Each dashboard figure on seeded data, asserted exactly (docs/dashboards.md definitions)."""

from datetime import UTC, date, datetime, timedelta

import time_machine

from dashboards import selectors
from dashboards.selectors import DashboardFilters
from referrals.models import (
    ClockKind,
    ClockState,
    IncidentType,
    Person,
    PersonMatch,
    Referral,
    ReferralStatus,
    ReferralSubject,
    SlaClock,
)
from referrals.repeats import refresh_repeat_counts
from referrals.selectors import QueueFilters, triage_queue
from referrals.sla import current_policy
from tests.factories import approved_referral, share_with, submit_referral
from vhub.models import Agency

# Wednesday 18 November 2026, 12:00 UTC (= London, GMT).
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 18)


def _submit_at(officer, at, **overrides):
    with time_machine.travel(at, tick=False):
        return submit_referral(officer, incident_at=at - timedelta(hours=1), **overrides)


def _grade(referral, current: str = "", provisional: str = "") -> None:
    Referral.objects.filter(pk=referral.pk).update(
        current_grade=current, provisional_grade=provisional
    )


def test_backlog_age_buckets_by_grade_include_their_lower_bound(officer) -> None:
    fresh = _submit_at(officer, NOW - timedelta(hours=2))
    one_day = _submit_at(officer, NOW - timedelta(days=1))  # exactly 1 day: "1 to 3 days"
    _submit_at(officer, NOW - timedelta(days=3, minutes=1))
    month = _submit_at(officer, NOW - timedelta(days=40))
    gone = _submit_at(officer, NOW - timedelta(days=5))
    _grade(fresh, provisional="high")
    _grade(one_day, current="medium", provisional="high")  # the approved grade counts
    _grade(month, current="standard")
    Referral.objects.filter(pk=gone.pk).update(status=ReferralStatus.SHARED)

    f = DashboardFilters(start=TODAY, end=TODAY)
    assert selectors.backlog_profile(f, NOW)[1] == {
        ("Under 1 day", "high"): 1,
        ("1 to 3 days", "medium"): 1,
        ("3 to 7 days", ""): 1,
        ("28 days or more", "standard"): 1,
    }


def test_open_referrals_by_status_and_grade_and_local_authority(officer) -> None:
    a = _submit_at(officer, NOW - timedelta(hours=1))
    b = _submit_at(officer, NOW - timedelta(hours=1))
    c = _submit_at(
        officer, NOW - timedelta(hours=1), local_authority=Agency.objects.get(slug="shropshire-cs")
    )
    Referral.objects.filter(pk=b.pk).update(status=ReferralStatus.IN_TRIAGE)
    _grade(a, provisional="medium")
    _grade(c, provisional="medium")

    every = DashboardFilters(start=TODAY, end=TODAY)
    assert selectors.backlog_profile(every, NOW)[0] == {
        ("submitted", "medium"): 2,
        ("in_triage", ""): 1,
    }
    hereford = DashboardFilters(start=TODAY, end=TODAY, local_authority=a.local_authority_id)
    assert selectors.backlog_profile(hereford, NOW)[0] == {
        ("submitted", "medium"): 1,
        ("in_triage", ""): 1,
    }


def test_inflow_and_throughput_per_london_day(officer, practitioner, supervisor) -> None:
    # 23:30 UTC on 16 November is still 16 November in London (GMT).
    _submit_at(officer, datetime(2026, 11, 16, 23, 30, tzinfo=UTC))
    with time_machine.travel(datetime(2026, 11, 17, 9, 0, tzinfo=UTC), tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
    with time_machine.travel(datetime(2026, 11, 18, 10, 0, tzinfo=UTC), tick=False):
        share_with(referral, practitioner)  # approved -> shared: leaves the backlog
        share_with(referral, practitioner, "shropshire-cs")  # already shared: not again

    f = DashboardFilters(start=date(2026, 11, 16), end=date(2026, 11, 18))
    assert selectors.flow_per_day(f) == [
        (date(2026, 11, 16), 1, 0),
        (date(2026, 11, 17), 1, 0),
        (date(2026, 11, 18), 0, 1),
    ]


def _clock(
    referral, kind, *, met_at, late: bool = False, grade: str = "", state=ClockState.MET, share=None
):
    started = met_at - timedelta(hours=1)
    due = started + timedelta(hours=2)
    return SlaClock.objects.create(
        referral=referral,
        share=share,
        kind=kind,
        policy=current_policy(),
        grade_used=grade,
        calendar="24x7",
        target_minutes=120,
        started_at=started,
        warn_at=due,
        due_at=due,
        escalate_at=due,
        state=state,
        met_at=met_at if state in (ClockState.MET, ClockState.CANCELLED) else None,
        breached_at=due if late else None,
    )


def test_sla_compliance_is_met_within_target_out_of_closed_clocks(
    officer, practitioner, supervisor
) -> None:
    with time_machine.travel(NOW - timedelta(days=3), tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        hereford = share_with(referral, practitioner)
        shrop = share_with(referral, practitioner, "shropshire-cs")
    SlaClock.objects.all().delete()  # only the clocks below
    in_period = NOW - timedelta(hours=5)
    T, A = ClockKind.TRIAGE, ClockKind.PARTNER_ACK
    _clock(referral, T, met_at=in_period, grade="high")
    _clock(referral, T, met_at=in_period, grade="high")
    _clock(referral, T, met_at=in_period, grade="standard")
    _clock(referral, T, met_at=in_period, grade="standard", late=True)
    _clock(referral, T, met_at=in_period, state=ClockState.CANCELLED)  # not counted
    _clock(referral, T, met_at=in_period, state=ClockState.BREACHED, late=True)  # still running
    _clock(referral, T, met_at=NOW - timedelta(days=40))  # outside the period
    _clock(referral, A, met_at=in_period, share=hereford, grade="high")
    _clock(referral, A, met_at=in_period, share=hereford, grade="high", late=True)
    _clock(referral, A, met_at=in_period, share=shrop, grade="high")

    f = DashboardFilters(start=TODAY - timedelta(days=6), end=TODAY)
    by_kind = {c.key: (c.closed, c.within, c.percent) for c in selectors.compliance_by(f, "kind")}
    assert by_kind == {"triage": (4, 3, 75.0), "partner_ack": (3, 2, 66.7)}
    by_grade = {c.key: (c.closed, c.within, c.percent) for c in selectors.compliance_by(f, "grade")}
    assert by_grade == {"high": (5, 4, 80.0), "standard": (2, 1, 50.0)}
    by_agency = {c.key: (c.closed, c.percent) for c in selectors.compliance_by(f, "agency")}
    assert by_agency == {
        "Herefordshire Children's Services": (2, 50.0),
        "Shropshire Children's Services": (1, 100.0),
    }
    assert selectors.breaches_now(f) == ({("triage", ""): 1}, {})


def test_partner_acknowledgement_median_and_90th_percentile(
    officer, practitioner, supervisor
) -> None:
    with time_machine.travel(NOW - timedelta(days=2), tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        shares = [share_with(referral, practitioner) for _ in range(6)]
        other = share_with(referral, practitioner, "shropshire-cs")
    created = NOW - timedelta(days=1)
    for share, hours in zip(shares, [1, 2, 3, 4, 10, None], strict=True):
        share.created_at = created
        share.acknowledged_at = created + timedelta(hours=hours) if hours else None
        share.save(update_fields=["created_at", "acknowledged_at"])
    other.created_at, other.acknowledged_at = created, created + timedelta(minutes=30)
    other.save(update_fields=["created_at", "acknowledged_at"])

    f = DashboardFilters(start=TODAY - timedelta(days=6), end=TODAY)
    rows = {a.agency: a for a in selectors.partner_ack_times(f)}
    hereford = rows["Herefordshire Children's Services"]
    assert (hereford.shares, hereford.acknowledged, hereford.waiting) == (6, 5, 1)
    # percentile_cont over 1, 2, 3, 4, 10 hours: median 3; 90th at rank 3.6 = 4 + 0.6 × 6.
    assert (hereford.median_hours, hereford.p90_hours) == (3.0, 7.6)
    assert rows["Shropshire Children's Services"].median_hours == 0.5


def test_repeat_children_follow_the_risk_model_rule(officer) -> None:
    three_in_91 = [NOW - timedelta(days=d) for d in (1, 30, 80)]
    two_only = [NOW - timedelta(days=d) for d in (1, 200)]
    five_in_year = [NOW - timedelta(days=d) for d in (100, 150, 200, 250, 300)]
    people = {}
    for name, times in (("Amy", three_in_91), ("Ben", two_only), ("Cal", five_in_year)):
        person = Person.objects.create(first_name=name, last_name="Test")
        people[name] = person
        for at in times:
            referral = _submit_at(officer, at)
            ReferralSubject.objects.filter(referral=referral).update(person=person)
    # The actions keep each child's counts; this test moved the children itself.
    refresh_repeat_counts(p.pk for p in people.values())

    f = DashboardFilters(start=TODAY, end=TODAY)
    rows, total, confirmed = selectors.repeat_children(
        f, NOW, short_days=91, short_count=3, long_days=365, long_count=5
    )
    assert (total, confirmed) == (2, 2)
    # Counted by incident date: Cal's most in any 91 days up to an incident is 2.
    assert [(r["person__first_name"], r["short"], r["long"], r["confirmed"]) for r in rows] == [
        ("Amy", 3, 3, 1),
        ("Cal", 2, 5, 1),
    ]


def test_repeat_children_group_records_linked_by_undecided_probable_matches(officer) -> None:
    """A child's records linked by probable matches nobody has decided are one row, keyed by
    the lowest of them, whichever side of the match each record is on; a candidate since merged
    counts as the record it was merged into; a linked record that is not a repeat child itself
    joins nobody; a decided match links nothing."""

    def record(name: str, *days_ago: int) -> tuple[Person, list[ReferralSubject]]:
        person = Person.objects.create(first_name=name, last_name="Test")
        subjects = []
        for d in days_ago:
            referral = _submit_at(officer, NOW - timedelta(days=d))
            ReferralSubject.objects.filter(referral=referral).update(person=person)
            subjects.append(referral.subjects.get())
        return person, subjects

    # Created first, so each has the lowest id of its child's records.
    fay_old, (fay_old_subject,) = record("Fay", 400)  # outside both windows: not a repeat child
    dan_b, (dan_b_subject, _) = record("Dan", 30, 2)
    gus_b, _ = record("Gus", 80, 70, 60)
    eve_gone, _ = record("Eve", 500)  # merged into Eve's record below
    dan_a, _ = record("Dan", 20, 10)
    eve, _ = record("Eve", 60, 40, 2)  # meets the rule on her own: confirmed
    eve_b, (eve_b_subject,) = record("Eve", 7)
    fay, _ = record("Fay", 30, 20, 3)
    gus, (gus_subject, _, _) = record("Gus", 9, 8, 1)
    Person.objects.filter(pk=eve_gone.pk).update(merged_into=eve)
    ReferralSubject.objects.filter(person=eve_gone).update(person=eve)
    PersonMatch.objects.all().delete()  # the factory's children matched one another at intake

    def match(subject: ReferralSubject, candidate: Person, status: str = "suggested") -> None:
        PersonMatch.objects.create(
            subject=subject,
            candidate=candidate,
            similarity=0.95,
            reason="name and date of birth",
            probable=True,
            status=status,
        )

    match(dan_b_subject, dan_a)  # the lower record is the match's subject
    match(eve_b_subject, eve_gone)  # the candidate was merged into Eve's record
    match(fay_old_subject, fay)  # the lower record is no repeat child
    match(gus_subject, gus_b, status="rejected")  # decided: Gus's records stay apart
    refresh_repeat_counts(
        p.pk for p in (dan_a, dan_b, eve, eve_b, eve_gone, fay, fay_old, gus, gus_b)
    )

    f = DashboardFilters(start=TODAY, end=TODAY)
    rows, total, confirmed = selectors.repeat_children(
        f, NOW, short_days=91, short_count=3, long_days=365, long_count=5
    )
    assert (total, confirmed) == (5, 4)
    assert [
        (r["child"], r["person_id"], r["person__first_name"], r["short"], r["long"], r["confirmed"])
        for r in rows
    ] == [
        (eve.pk, eve.pk, "Eve", 4, 4, 1),  # her own 3 and the linked record's (7 days ago)
        (gus.pk, gus.pk, "Gus", 3, 3, 1),  # latest incident first among equal counts
        (fay.pk, fay.pk, "Fay", 3, 3, 1),
        (gus_b.pk, gus_b.pk, "Gus", 3, 3, 1),
        (dan_b.pk, dan_b.pk, "Dan", 4, 4, 0),  # only with the linked record's referrals
    ]


def test_incident_types_ranked_by_the_share_graded_high(officer) -> None:
    def make(code, grades) -> None:
        kind = IncidentType.objects.get(code=code)
        for g in grades:
            referral = _submit_at(officer, NOW - timedelta(days=1), incident_type=kind)
            _grade(referral, current=g)

    make("child-neglect", ["high", "high", "medium", "standard"])  # 50%
    make("online-harm", ["high"])  # 100%
    make("missing-child", ["standard", "medium", "medium", ""])  # 0%, the ungraded one left out
    make("domestic-abuse", ["high", "standard"])  # 50%, fewer high than neglect

    f = DashboardFilters(start=TODAY - timedelta(days=6), end=TODAY)
    ranks = [(r.rank, r.label, r.graded, r.high) for r in selectors.incident_types_by_high_share(f)]
    assert ranks == [
        (1, "Online harm", 1, 1),
        (2, "Neglect", 4, 2),
        (3, "Domestic abuse", 2, 1),
        (4, "Missing child", 3, 0),
    ]


def test_flags_waiting_count_only_the_backlog(officer) -> None:
    from risk.models import UnderGradingFlag

    waiting = _submit_at(officer, NOW - timedelta(hours=3))
    done = _submit_at(officer, NOW - timedelta(hours=3))
    Referral.objects.filter(pk=done.pk).update(status=ReferralStatus.SHARED)
    UnderGradingFlag.objects.all().delete()
    for referral, kind in ((waiting, "lexicon"), (waiting, "under_one"), (done, "lexicon")):
        UnderGradingFlag.objects.create(
            referral=referral, kind=kind, key=kind, reason="test", raised_at=NOW
        )
    f = DashboardFilters(start=TODAY, end=TODAY)
    assert selectors.flags_waiting(f) == {"lexicon": 1, "under_one": 1}


def test_children_with_no_assessment_use_the_queue_filter(
    officer, practitioner, supervisor
) -> None:
    _submit_at(officer, NOW - timedelta(hours=3))  # one child, not assessed
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        approved_referral(officer, practitioner, supervisor)  # assessed
    with time_machine.travel(NOW, tick=False):
        counts = selectors.backlog_figures(DashboardFilters(TODAY, TODAY), NOW)[2]
        queue = triage_queue(user=supervisor, filters=QueueFilters(missing_assessment=True))
        assert counts == {"referrals": queue.count(), "children:": 1}
    assert counts["referrals"] == 1


def test_the_partner_chart_has_no_zero_bar_for_an_agency_with_nothing_acknowledged(
    officer, practitioner, supervisor
) -> None:
    from dashboards.figures import ack_table

    with time_machine.travel(NOW - timedelta(days=1), tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        share_with(referral, practitioner)  # never acknowledged
    f = DashboardFilters(start=TODAY - timedelta(days=6), end=TODAY)
    chart = str(ack_table(f, selectors.clock_counts(f)).chart)
    assert "Herefordshire Children" in chart
    assert chart.count(">none acknowledged yet</text>") == 2
    assert '<rect x="230.0"' not in chart  # bars start at the axis, x = 230
