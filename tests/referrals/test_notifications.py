"""Notifications: the bell, the page, only one's own."""

from datetime import UTC, datetime, timedelta

import time_machine

from referrals.actions.allocation import do_start_triage
from referrals.escalation import deliver_outbox, sweep_clocks
from referrals.models import Notification
from tests.factories import submit_referral

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _escalate(officer, practitioner):
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        do_start_triage(referral, actor=practitioner)
    with time_machine.travel(START + timedelta(minutes=100), tick=False):
        sweep_clocks()
        deliver_outbox()
    return referral


def test_the_bell_counts_unread_notices_and_the_page_lists_them(
    client_for, officer, practitioner
) -> None:
    referral = _escalate(officer, practitioner)
    client = client_for(practitioner)
    html = client.get("/referrals/queue/").content.decode()
    assert '<span class="vhub-bell__count">1<span class="govuk-visually-hidden"> unread' in html
    page = client.get("/notifications/").content.decode()
    assert f"{referral.reference}: initial triage at risk" in page
    client.post("/notifications/read/")
    assert not Notification.objects.filter(user=practitioner, read_at__isnull=True).exists()


def test_nobody_sees_anothers_notices(client_for, officer, practitioner, practitioner2) -> None:
    referral = _escalate(officer, practitioner)
    page = client_for(practitioner2).get("/notifications/").content.decode()
    assert referral.reference not in page
    client_for(practitioner2).post("/notifications/read/")
    assert Notification.objects.filter(user=practitioner, read_at__isnull=True).exists()


def test_referral_page_shows_clocks_and_why_it_ranks(client_for, officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(START + timedelta(minutes=30), tick=False):
        html = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Initial triage" in html
    assert "1 hour 30 minutes left" in html
    assert "Why this referral ranks where it does" in html


def test_a_notice_sent_late_says_the_clock_is_overdue(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        do_start_triage(referral, actor=practitioner)
    with time_machine.travel(START + timedelta(hours=3), tick=False):
        sweep_clocks()
        deliver_outbox()
    titles = set(Notification.objects.filter(user=practitioner).values_list("title", flat=True))
    assert f"{referral.reference}: initial triage overdue" in titles
    assert f"{referral.reference}: initial triage at risk" not in titles
