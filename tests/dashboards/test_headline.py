"""The dashboard's headline figures on known data: open referrals, the oldest one's wait, SLA met
this month and possible hidden high risk not yet reviewed, each linking to its detail."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from dashboards import selectors
from dashboards.figures import headline_figures
from dashboards.selectors import DashboardFilters, open_referrals
from referrals.models import ClockKind, ClockState, Referral, ReferralStatus, SlaClock
from referrals.sla import current_policy
from risk.models import FlagStatus, UnderGradingFlag
from tests.factories import submit_referral
from vhub.models import Agency

# Wednesday 18 November 2026, 12:00 UTC (= London, GMT).
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 18)


def _submit_at(officer, at, **overrides):
    with time_machine.travel(at, tick=False):
        return submit_referral(officer, incident_at=at - timedelta(hours=1), **overrides)


def _flag(referral, status=FlagStatus.OPEN, key: str = "t") -> None:
    UnderGradingFlag.objects.create(
        referral=referral, kind="lexicon", key=key, reason="test", raised_at=NOW, status=status
    )


def _met_clock(referral, met_at, *, late: bool = False) -> None:
    due = met_at + (timedelta(hours=-1) if late else timedelta(hours=1))
    SlaClock.objects.create(
        referral=referral,
        kind=ClockKind.TRIAGE,
        policy=current_policy(),
        calendar="24x7",
        target_minutes=120,
        started_at=met_at - timedelta(hours=2),
        warn_at=due,
        due_at=due,
        escalate_at=due,
        state=ClockState.MET,
        met_at=met_at,
        breached_at=due if late else None,
    )


@pytest.fixture
def known(officer):
    """Three open referrals in Herefordshire (the oldest waiting 5 days 3 hours), one open in
    Shropshire, one shared; open flags on two open referrals (one has two) and on the shared
    one; a reviewed flag; triage clocks met this month (3 on time, 1 late) and last month."""
    shropshire = Agency.objects.get(slug="shropshire-cs")
    oldest = _submit_at(officer, NOW - timedelta(days=5, hours=3))
    flagged = _submit_at(officer, NOW - timedelta(days=2))
    reviewed = _submit_at(officer, NOW - timedelta(hours=4))
    far = _submit_at(officer, NOW - timedelta(days=1), local_authority=shropshire)
    shared = _submit_at(officer, NOW - timedelta(days=9))
    Referral.objects.filter(pk=shared.pk).update(status=ReferralStatus.SHARED)
    UnderGradingFlag.objects.all().delete()
    SlaClock.objects.all().delete()
    _flag(flagged)
    _flag(flagged, key="another")
    _flag(far)
    _flag(shared)  # no longer in the backlog
    _flag(reviewed, FlagStatus.DISMISSED)
    for met_at in (NOW - timedelta(days=3), NOW - timedelta(days=10), NOW - timedelta(hours=1)):
        _met_clock(oldest, met_at)
    _met_clock(far, NOW - timedelta(days=2), late=True)  # Shropshire's
    _met_clock(oldest, datetime(2026, 10, 31, 12, 0, tzinfo=UTC), late=True)  # last month
    return {"oldest": oldest, "flagged": flagged, "far": far, "shropshire": shropshire}


def test_headline_counts_the_backlog_its_oldest_referral_sla_this_month_and_waiting_flags(
    known, django_assert_num_queries
) -> None:
    # The backlog's size and oldest referral (1); clocks met this month: the days the daily
    # statistics hold (1), the clocks counted live (1: none of these days is held); referrals
    # with a flag waiting for review (1).
    with django_assert_num_queries(4):
        h = selectors.headline(DashboardFilters(start=TODAY, end=TODAY), TODAY)
    assert h.open_referrals == 4
    assert h.oldest is not None
    assert h.oldest[1] == known["oldest"].reference
    assert (h.sla_closed, h.sla_within, h.sla_percent) == (4, 3, 75.0)
    assert h.hidden_risk == 2
    assert (h.month.start, h.month.end) == (date(2026, 11, 1), TODAY)


def test_headline_keeps_to_the_filtered_local_authority(known) -> None:
    f = DashboardFilters(start=TODAY, end=TODAY, local_authority=known["shropshire"].pk)
    h = selectors.headline(f, TODAY)
    assert h.open_referrals == 1
    assert h.oldest is not None
    assert h.oldest[1] == known["far"].reference
    assert (h.sla_closed, h.sla_within) == (1, 0)
    assert h.hidden_risk == 1


def test_an_empty_backlog_has_no_oldest_referral_and_no_sla_percentage(db) -> None:
    h = selectors.headline(DashboardFilters(start=TODAY, end=TODAY), TODAY)
    assert (h.open_referrals, h.oldest, h.sla_closed, h.sla_percent, h.hidden_risk) == (
        0,
        None,
        0,
        None,
        0,
    )


@pytest.mark.parametrize("who", ["supervisor", "manager"])
def test_each_role_sees_the_same_figures_in_words_with_links_to_their_detail(
    request, known, who
) -> None:
    user = request.getfixturevalue(who)
    figures = {
        h.key: h for h in headline_figures(user, DashboardFilters(start=TODAY, end=TODAY), NOW)
    }
    assert [(h.value, h.label) for h in figures.values()] == [
        ("4", "open referrals"),
        ("5 days", "waited by the oldest open referral"),
        ("75%", "SLA met this month (3 of 4 clocks on time)"),
        ("2", "possible hidden high risk not yet reviewed"),
    ]
    assert figures["open"].link.url == "/referrals/queue/"
    assert figures["oldest"].link.url == f"/referrals/{known['oldest'].reference}/"
    assert figures["oldest"].referral == known["oldest"].pk
    assert figures["sla"].link.url == (
        "/dashboards/overview/?start_0=1&start_1=11&start_2=2026&end_0=18&end_1=11&end_2=2026#sla"
    )
    # Supervisors review the flags; a manager cannot open the review list, so theirs is the
    # queue's flagged filter, which lists the same two referrals.
    expected = "/risk/reviews/" if who == "supervisor" else "/referrals/queue/?flagged=on"
    assert figures["hidden_risk"].link.url == expected


def test_links_keep_the_local_authority(manager, known) -> None:
    area = known["shropshire"].pk
    f = DashboardFilters(start=TODAY, end=TODAY, local_authority=area)
    figures = {h.key: h for h in headline_figures(manager, f, NOW)}
    assert figures["open"].link.url == f"/referrals/queue/?local_authority={area}"
    assert figures["hidden_risk"].link.url == (
        f"/referrals/queue/?local_authority={area}&flagged=on"
    )
    assert figures["sla"].link.url.startswith(f"/dashboards/overview/?local_authority={area}&")


def test_a_wait_under_a_day_is_told_in_hours(manager, officer) -> None:
    _submit_at(officer, NOW - timedelta(hours=7, minutes=50))
    figures = {
        h.key: h for h in headline_figures(manager, DashboardFilters(start=TODAY, end=TODAY), NOW)
    }
    assert figures["oldest"].value == "7 hours"


def test_a_fresh_backlog_with_no_clock_stopped_says_so_in_words(manager, officer) -> None:
    _submit_at(officer, NOW - timedelta(minutes=20))
    SlaClock.objects.all().delete()
    f = DashboardFilters(start=TODAY, end=TODAY)
    figures = {h.key: h for h in headline_figures(manager, f, NOW)}
    assert figures["oldest"].value == "Under 1 hour"
    assert (figures["sla"].value, figures["sla"].label) == (
        "None",
        "SLA met this month: no clock has stopped yet",
    )


@pytest.mark.parametrize("who", ["supervisor", "manager"])
def test_the_dashboard_opens_with_the_headline_figures_before_the_charts(
    request, client_for, known, who
) -> None:
    user = request.getfixturevalue(who)
    with time_machine.travel(NOW, tick=False):
        response = client_for(user).get("/dashboards/overview/")
    body = response.content.decode()
    assert response.status_code == 200
    headline = body.index('id="headline-title"')
    assert headline < body.index('role="img"')  # before the first chart
    assert headline < body.index('id="backlog"')
    assert 'id="headline-open"' in body
    assert "open referrals" in body
    # The page's count of the backlog comes from its backlog tables' read: the same referrals.
    backlog = open_referrals(DashboardFilters(start=TODAY, end=TODAY)).count()
    assert backlog > 1
    assert response.context["headline"][0].value == f"{backlog:,}"
    assert f'href="/referrals/{known["oldest"].reference}/"' in body
    assert "75%" in body
    # The oldest referral is named on the page, so its reference is in the page's audit event.
    event = AuditEvent.objects.filter(action="dashboard.view", actor=user).get()
    assert known["oldest"].pk in event.details["referrals"]
