"""The daily statistics: past days read from them give exactly the live figures; today stays live;
a rebuild replaces them, picks up later changes to past days, and is audited."""

from datetime import UTC, date, datetime, timedelta

import time_machine

from audit.models import AuditEvent
from dashboards import selectors
from dashboards.actions import do_rebuild_daily_statistics
from dashboards.models import DailyCompliance, DailyFlow, StatisticsCoverage
from dashboards.selectors import DashboardFilters
from dashboards.tasks import rebuild_daily_statistics
from partners.actions import do_acknowledge_share
from referrals.actions.routing import do_route_referral
from tests.dashboards.test_figures import _submit_at
from tests.factories import approved_referral, share_with
from vhub.models import Agency

# Wednesday 18 November 2026, 12:00 UTC (= London, GMT).
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 18)
YESTERDAY = TODAY - timedelta(days=1)


def _at(days_ago: int, hour: int) -> datetime:
    return datetime(2026, 11, 18 - days_ago, hour, 0, tzinfo=UTC)


def _seed(officer, practitioner, supervisor, partner):
    """Three past days in two areas: received, approved (clocks met), shared (left the backlog)
    and acknowledged by a partner (its clock met), and today's own activity."""
    shropshire = Agency.objects.get(slug="shropshire-cs")
    with time_machine.travel(_at(3, 9), tick=False):
        early = approved_referral(officer, practitioner, supervisor)
    with time_machine.travel(_at(2, 23), tick=False):  # 23:00 UTC: still the 16th in London
        approved_referral(officer, practitioner, supervisor, local_authority=shropshire)
    with time_machine.travel(_at(1, 10), tick=False):
        acknowledged = share_with(early, practitioner)
        share_with(early, practitioner, "shropshire-cs")
        late = _submit_at(officer, _at(1, 11))
    with time_machine.travel(_at(1, 15), tick=False):
        do_acknowledge_share(acknowledged, actor=partner)
    with time_machine.travel(_at(0, 9), tick=False):
        _submit_at(officer, _at(0, 9), local_authority=shropshire)
    return late


def _figures(f: DashboardFilters):
    counts = selectors.clock_counts(f)
    return (
        selectors.flow_per_day(f),
        [selectors.compliance_by(f, d, counts) for d in ("kind", "grade", "agency")],
        selectors.partner_ack_times(f, counts),
    )


def _filters() -> list[DashboardFilters]:
    areas = [None, *Agency.objects.filter(kind="la_childrens").values_list("pk", flat=True)]
    return [DashboardFilters(TODAY - timedelta(days=5), TODAY, area) for area in areas]


def test_periods_whose_clocks_are_counted_together_count_as_each_alone(
    officer, practitioner, supervisor, partner_a
) -> None:
    """The dashboard counts the clocks met in its period and in its headline's month together
    (selectors.clock_counts_for); each must be what it is counted alone, live, with no daily
    statistics: periods of stored days only, of today only, of both, and in each area."""
    _seed(officer, practitioner, supervisor, partner_a)
    shropshire = Agency.objects.get(slug="shropshire-cs").pk
    counted = {}
    with time_machine.travel(NOW, tick=False):
        for area in (None, shropshire):
            periods = [
                DashboardFilters(TODAY - timedelta(days=5), TODAY, area),
                DashboardFilters(TODAY.replace(day=1), TODAY, area),
                DashboardFilters(TODAY - timedelta(days=3), YESTERDAY - timedelta(days=1), area),
                DashboardFilters(YESTERDAY, YESTERDAY, area),
                DashboardFilters(TODAY, TODAY, area),
            ]
            alone = counted[area] = [selectors.clock_counts(p) for p in periods]
            do_rebuild_daily_statistics()
            assert selectors.clock_counts_for(periods) == alone
            StatisticsCoverage.objects.all().delete()
    # Some periods hold clocks the others do not: a period is not given the others' groups.
    every_area = counted[None]
    assert every_area[2]
    assert every_area[3]
    assert every_area[2].keys() != every_area[3].keys()


def test_past_days_read_from_the_statistics_equal_the_live_figures(
    officer, practitioner, supervisor, partner_a
) -> None:
    _seed(officer, practitioner, supervisor, partner_a)
    with time_machine.travel(NOW, tick=False):
        live = [_figures(f) for f in _filters()]
        coverage = do_rebuild_daily_statistics()
        stored = [_figures(f) for f in _filters()]
        split = selectors.split_days(_filters()[0], selectors.statistics_held())
    assert (coverage.first_day, coverage.last_day) == (TODAY - timedelta(days=3), YESTERDAY)
    assert split.stored == (TODAY - timedelta(days=3), YESTERDAY)
    assert split.live == [(TODAY - timedelta(days=5), TODAY - timedelta(days=4)), (TODAY, TODAY)]
    assert stored == live
    flow, (by_kind, _by_grade, by_agency), _ack = live[0]  # every area
    assert [(r, lft) for _d, r, lft in flow] == [(0, 0), (0, 0), (1, 0), (1, 0), (1, 1), (1, 0)]
    assert sum(c.closed for c in by_kind) > 0  # clocks were met on the past days...
    assert by_agency  # ...partner acknowledgement clocks among them


def test_today_is_counted_live_after_a_rebuild(
    officer, practitioner, supervisor, partner_a
) -> None:
    _seed(officer, practitioner, supervisor, partner_a)
    with time_machine.travel(NOW, tick=False):
        do_rebuild_daily_statistics()
        _submit_at(officer, NOW - timedelta(minutes=5))
        flow = selectors.flow_per_day(DashboardFilters(YESTERDAY, TODAY))
    assert flow == [(YESTERDAY, 1, 1), (TODAY, 2, 0)]
    assert not DailyFlow.objects.filter(day=TODAY).exists()


def test_a_later_change_to_a_past_day_reaches_the_statistics_at_the_next_rebuild(
    officer, practitioner, supervisor, partner_a
) -> None:
    late = _seed(officer, practitioner, supervisor, partner_a)
    hereford = late.local_authority_id
    shropshire = Agency.objects.get(slug="shropshire-cs")
    yesterday_in = {
        area: DashboardFilters(YESTERDAY, YESTERDAY, area) for area in (hereford, shropshire.pk)
    }
    with time_machine.travel(NOW, tick=False):
        do_rebuild_daily_statistics()
        do_route_referral(late, actor=practitioner, agency=shropshire, reason="Lives in Ludlow")
        # Until the next rebuild, yesterday's stored split by area is the one at the rebuild...
        before = {a: selectors.flow_per_day(f)[0][1] for a, f in yesterday_in.items()}
        every_area = selectors.flow_per_day(DashboardFilters(YESTERDAY, YESTERDAY))[0][1]
        do_rebuild_daily_statistics()
        after = {a: selectors.flow_per_day(f)[0][1] for a, f in yesterday_in.items()}
    assert before == {hereford: 1, shropshire.pk: 0}
    assert every_area == 1  # ...and the every-area total cannot change
    assert after == {hereford: 0, shropshire.pk: 1}


def test_a_rebuild_replaces_the_statistics_and_is_audited(
    officer, practitioner, supervisor, partner_a
) -> None:
    _seed(officer, practitioner, supervisor, partner_a)
    with time_machine.travel(NOW, tick=False):
        do_rebuild_daily_statistics()
        rows = (DailyFlow.objects.count(), DailyCompliance.objects.count())
        assert rebuild_daily_statistics() == YESTERDAY.isoformat()  # the nightly task
    assert (DailyFlow.objects.count(), DailyCompliance.objects.count()) == rows
    assert StatisticsCoverage.objects.count() == 1
    events = AuditEvent.objects.filter(action="statistics.rebuild")
    assert events.count() == 2
    assert events.last().details["last_day"] == YESTERDAY.isoformat()


def test_no_statistics_before_there_is_a_past_day(officer) -> None:
    with time_machine.travel(NOW, tick=False):
        assert do_rebuild_daily_statistics() is None
        _submit_at(officer, NOW - timedelta(hours=1))
        assert do_rebuild_daily_statistics() is None  # today is not over
    assert not StatisticsCoverage.objects.exists()


def test_a_reopened_referral_is_inflow_again_live_and_in_the_statistics(
    officer, practitioner, supervisor, partner_a
) -> None:
    from referrals.actions.closure import do_close_referral, do_reopen_referral
    from referrals.models import ClosureOutcome

    _seed(officer, practitioner, supervisor, partner_a)
    with time_machine.travel(_at(2, 10), tick=False):
        closed = _submit_at(officer, _at(2, 10))
        do_close_referral(
            closed,
            actor=practitioner,
            outcome=ClosureOutcome.objects.get(code="transferred"),
            rationale="Moved to Wales.",
        )
    with time_machine.travel(_at(1, 14), tick=False):
        closed.refresh_from_db()
        do_reopen_referral(closed, actor=practitioner, reason="Back in the county.")
    with time_machine.travel(NOW, tick=False):
        live = [_figures(f) for f in _filters()]
        do_rebuild_daily_statistics()
        stored = [_figures(f) for f in _filters()]
    assert stored == live
    flow = live[0][0]
    # Two days ago: one received by the seed, plus the one received and closed that day;
    # yesterday: the seed's one plus the reopening.
    assert [(r, lft) for _d, r, lft in flow] == [(0, 0), (0, 0), (1, 0), (2, 1), (2, 1), (1, 0)]
