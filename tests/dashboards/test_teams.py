"""Teams channels (dashboards/teams.py): the daily summary, capacity alerts and breaches escalated
to managers, posted once per channel as Adaptive Cards of figures and links, never case details,
through the outbox's calls with retries."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from dashboards.actions import do_check_capacity, do_send_daily_report
from dashboards.admin import TeamsChannelForm
from dashboards.models import TeamsChannel, TeamsPost
from referrals.actions.allocation import do_start_triage
from referrals.escalation import sweep_clocks
from referrals.outbox_calls import RETRY_AFTER
from referrals.tasks import deliver_escalations
from tests.factories import UserFactory, submit_referral
from tests.receiver import Received, receiver

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a Wednesday
TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True


def _channel(url: str, **flags: bool) -> TeamsChannel:
    return TeamsChannel.objects.create(name="Hub managers", url=url, **flags)


def _card(call: Received) -> dict:
    message = json.loads(call.body)
    assert message["type"] == "message"
    [attachment] = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return attachment["content"]


def _facts(card: dict) -> dict[str, str]:
    [fact_set] = [b for b in card["body"] if b["type"] == "FactSet"]
    return {f["title"]: f["value"] for f in fact_set["facts"]}


def test_the_daily_summary_card_arrives_once_with_figures_and_no_case_details(
    manager, officer, django_capture_on_commit_callbacks
):
    with time_machine.travel(datetime(2026, 11, 17, 9, 0, tzinfo=UTC), tick=False):
        referral = submit_referral(officer)
    names = [s.person.full_name for s in referral.subjects.select_related("person")]
    day = date(2026, 11, 18)
    with receiver() as r, time_machine.travel(datetime(2026, 11, 18, 7, 0, tzinfo=UTC), tick=False):
        _channel(r.url)
        with django_capture_on_commit_callbacks(execute=True):
            assert do_send_daily_report(day) is not None
        with django_capture_on_commit_callbacks(execute=True):
            assert do_send_daily_report(day) is None  # beat fired twice: posted once
        deliver_escalations.delay()
    assert len(r.calls) == 1
    card = _card(r.calls[0])
    assert card["body"][0]["text"] == "VHub daily report, 18 November 2026"
    facts = _facts(card)
    assert facts["Received yesterday"] == "1"
    assert facts["Backlog at 07:00"] == "1"
    assert facts["Clocks met on time yesterday"] == "none closed"
    assert [a["url"] for a in card["actions"]] == [
        "http://127.0.0.1:8000/dashboards/reports/2026-11-18.pdf",
        "http://127.0.0.1:8000/dashboards/overview/",
    ]
    text = r.calls[0].body.decode()
    for detail in [referral.reference, referral.location, referral.narrative[:20], *names]:
        assert detail not in text
    post = TeamsPost.objects.get()
    assert (post.key, post.status_code) == ("daily:2026-11-18", 200)


def test_a_capacity_alert_is_posted_once_and_retried_when_teams_fails(
    manager, officer, django_capture_on_commit_callbacks
):
    with receiver([502]) as r:
        with time_machine.travel(NOW, tick=False):
            _channel(r.url, daily_summary=False, breaches=False)
            submit_referral(officer)  # a backlog, and nothing leaving it
            for _ in range(3):
                with django_capture_on_commit_callbacks(execute=True):
                    do_check_capacity()
        with time_machine.travel(NOW + RETRY_AFTER[0], tick=False):
            deliver_escalations.delay()
            deliver_escalations.delay()
    assert [len(r.calls), len(r.delivered)] == [2, 1]
    card = _card(r.calls[-1])
    assert card["body"][0]["text"] == "VHub capacity alert: demand is outrunning the hub"
    assert _facts(card)["Backlog"] == "1"
    assert "does not clear" in _facts(card)["Backlog clears in"]
    assert card["actions"][0]["url"].endswith("/dashboards/capacity/")


def test_a_breach_escalated_to_managers_is_posted_once_per_clock(
    officer, practitioner, supervisor, manager
):
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    with receiver() as r:
        _channel(r.url, daily_summary=False, capacity_alerts=False)
        with time_machine.travel(TUESDAY_10AM + timedelta(minutes=125), tick=False):
            sweep_clocks()  # breached: to the duty supervisor, not the managers
            deliver_escalations.delay()
        assert r.calls == []
        with time_machine.travel(TUESDAY_10AM + timedelta(minutes=185), tick=False):
            sweep_clocks()  # breached by a further half: to the managers
            sweep_clocks()
            deliver_escalations.delay()
            deliver_escalations.delay()
    assert len(r.calls) == 1
    card = _card(r.calls[0])
    assert card["body"][0]["text"] == "Breach escalated to managers: initial triage clock"
    facts = _facts(card)
    assert facts["Referral"] == referral.reference
    assert facts["Overdue by"] == "1 hour"
    assert referral.location not in r.calls[0].body.decode()


def test_a_channel_url_must_be_https_outside_tests(db, settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = False
    data = {"name": "Hub", "daily_summary": True, "is_active": True}
    form = TeamsChannelForm({**data, "url": "http://prod-01.westeurope.logic.azure.com/wf"})
    assert not form.is_valid()
    assert "https://" in form.errors["url"][0]
    form = TeamsChannelForm({**data, "url": "https://prod-01.westeurope.logic.azure.com/wf"})
    assert form.is_valid(), form.errors


def test_an_administrator_adds_a_channel_in_the_admin_audited_and_sees_the_posts(
    db, client_for, settings
):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = False
    admin = UserFactory(username="admin", roles=["admin"], is_staff=True, is_superuser=True)
    client = client_for(admin)
    form = {"name": "Hub managers", "daily_summary": "on", "breaches": "on", "is_active": "on"}
    refused = client.post(
        "/admin/dashboards/teamschannel/add/", {**form, "url": "http://teams.example/wf"}
    )
    assert "https://" in refused.content.decode()
    added = client.post(
        "/admin/dashboards/teamschannel/add/", {**form, "url": "https://teams.example/wf"}
    )
    assert added.status_code == 302
    channel = TeamsChannel.objects.get()
    assert (channel.daily_summary, channel.capacity_alerts) == (True, False)
    assert AuditEvent.objects.filter(action="config.change", object_id=str(channel.pk)).exists()
    assert client.get("/admin/dashboards/teamspost/").status_code == 200


def test_a_sweep_breaching_several_clocks_posts_each_once_and_reads_the_channels_once(
    officer, practitioner, supervisor, manager
):
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referrals = [submit_referral(officer) for _ in range(3)]
    for referral in referrals:
        do_start_triage(referral, actor=practitioner)
    with receiver() as r:
        _channel(r.url, daily_summary=False, capacity_alerts=False)
        TeamsChannel.objects.create(
            name="Duty managers", url=r.url, daily_summary=False, capacity_alerts=False
        )
        with (
            time_machine.travel(TUESDAY_10AM + timedelta(minutes=185), tick=False),
            CaptureQueriesContext(connection) as queries,
        ):
            sweep_clocks()  # every rung of three triage clocks at once
        with time_machine.travel(TUESDAY_10AM + timedelta(minutes=186), tick=False):
            sweep_clocks()
            deliver_escalations.delay()
    channel_reads = [q for q in queries.captured_queries if "dashboards_teamschannel" in q["sql"]]
    assert len(channel_reads) == 1
    # One card per clock on each of the two channels, none twice.
    assert len(r.calls) == 6
    posted = {_facts(_card(call))["Referral"] for call in r.calls}
    assert posted == {referral.reference for referral in referrals}
    assert TeamsPost.objects.count() == 6
