"""Posting the hub's figures to Microsoft Teams channels (DESIGN.md §8): the daily report's
summary, capacity alerts, and clocks breached so far that they are escalated to managers.

A channel is a row (`TeamsChannel`, the URL of a Teams Workflows flow that posts what it is
sent), chosen by an administrator. A post is an Adaptive Card of figures and links, never a
name or anything from a case: a channel is read by people VHub does not control. Each (channel,
key) is one `TeamsPost` under a unique constraint, written in the transaction of what it
reports, and sent with retries through the outbox (`referrals.OutboxMessage`, its worker calls
`send_post` below).
"""

import json
import logging
from datetime import date, datetime
from typing import cast

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from dashboards.capacity import CapacityPosition
from dashboards.models import CapacityAlert, DailyReportDelivery, TeamsChannel, TeamsPost
from referrals.models import ClockKind, Escalation, EscalationLevel, OutboxKind, OutboxMessage
from referrals.outbox_calls import CallResult, retry_in
from referrals.tasks import deliver_calls
from vhub.clock import now
from vhub.outbound import OutboundCallFailed, OutboundURLError, post_json

logger = logging.getLogger(__name__)

Card = dict[str, object]


def _link(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def adaptive_card(
    title: str, facts: list[tuple[str, str]], links: list[tuple[str, str]], note: str = ""
) -> Card:
    """The message a Workflows flow posts: one Adaptive Card of a title, facts and links."""
    body: list[dict[str, object]] = [
        {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True},
        {"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in facts]},
    ]
    if note:
        body.append({"type": "TextBlock", "text": note, "wrap": True, "isSubtle": True})
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": {
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard",
                    "version": "1.4",
                    "body": body,
                    "actions": [
                        {"type": "Action.OpenUrl", "title": label, "url": url}
                        for label, url in links
                    ],
                },
            }
        ],
    }


def _queue(flag: str, key: str, card: Card) -> list[TeamsPost]:
    """One post of `card` to each active channel that takes this kind (`flag`), unless that
    channel has had this key already."""
    return _queue_cards(flag, {key: card})


def _queue_cards(flag: str, cards: dict[str, Card]) -> list[TeamsPost]:
    """Each keyed card posted to each active channel that takes this kind, unless that channel
    has had its key already: the channels and the posts already made are read once for all the
    cards (a sweep may escalate dozens of clocks at once)."""
    channels = list(TeamsChannel.objects.filter(is_active=True, **{flag: True}).order_by("pk"))
    if not channels or not cards:
        return []
    done = set(
        TeamsPost.objects.filter(key__in=list(cards), channel__in=channels).values_list(
            "channel_id", "key"
        )
    )
    wanted = [(c, k) for k in cards for c in channels if (c.pk, k) not in done]
    if not wanted:
        return []
    at = now()
    messages = OutboxMessage.objects.bulk_create(
        OutboxMessage(kind=OutboxKind.TEAMS, deliver_after=at) for _ in wanted
    )
    posts = TeamsPost.objects.bulk_create(
        TeamsPost(channel=c, key=k, card=cards[k], outbox=m, created_at=at)
        for (c, k), m in zip(wanted, messages, strict=True)
    )
    transaction.on_commit(lambda: deliver_calls.delay())
    return posts


def _count(n: object) -> str:
    return f"{n:,}" if isinstance(n, int) else str(n)


def queue_daily_summary(
    delivery: DailyReportDelivery, figures: dict[str, object]
) -> list[TeamsPost]:
    """The 07:00 report's headline figures (counts only, as the report itself)."""
    day: date = delivery.day
    # report_figures() is the PDF template's context: its values are typed here.
    forecast = cast(CapacityPosition, figures["capacity"]).forecast.days
    closed, within = cast(int, figures["closed"]), cast(int, figures["within"])
    by_grade = cast(list[tuple[str, int]], figures["by_grade"])
    facts = [
        ("Received yesterday", _count(figures["received"])),
        ("Left the backlog yesterday", _count(figures["left"])),
        ("Backlog at 07:00", _count(figures["backlog"])),
        *[(f"Backlog graded {label.lower()}", _count(n)) for label, n in by_grade],
        ("Clocks overdue at 07:00", _count(figures["breach_total"])),
        ("Clocks breached yesterday", _count(figures["new_breaches"])),
        (
            "Clocks met on time yesterday",
            f"{within} of {closed} ({round(100 * within / closed)}%)" if closed else "none closed",
        ),
        ("Under-graded flags in the backlog", _count(figures["flags"])),
        (
            "Backlog clears in",
            "does not clear at the current rate" if forecast is None else f"{forecast} days",
        ),
    ]
    card = adaptive_card(
        f"VHub daily report, {day:%-d %B %Y}",
        facts,
        [
            ("Open the report", _link(reverse("dashboards:report", args=[day.isoformat()]))),
            ("Open the dashboard", _link(reverse("dashboards:dashboard"))),
        ],
    )
    return _queue("daily_summary", f"daily:{day.isoformat()}", card)


def queue_capacity_alert(alert: CapacityAlert) -> list[TeamsPost]:
    forecast = alert.forecast_days
    card = adaptive_card(
        "VHub capacity alert: demand is outrunning the hub",
        [
            ("Referrals in a day", str(alert.inflow_per_day)),
            ("Referrals leaving the backlog a day", str(alert.throughput_per_day)),
            ("Backlog", _count(alert.backlog)),
            (
                "Backlog clears in",
                "does not clear at the current rate" if forecast is None else f"{forecast} days",
            ),
        ],
        [("Open capacity planning", _link(reverse("dashboards:capacity")))],
        note=" ".join(str(r) for r in alert.reasons),
    )
    return _queue("capacity_alerts", f"capacity:{alert.pk}", card)


def queue_breaches(sender: type, escalation_ids: list[int], at: datetime, **kwargs: object) -> None:
    """Connected to the SLA sweep's `escalations_queued` (dashboards/hooks.py). A hub clock
    breached by a further half of its target goes to the managers: one card per clock, naming
    the clock's kind and its referral's reference only (a link, no case data)."""
    clocks = {
        e.clock_id: e.clock
        for e in Escalation.objects.filter(
            pk__in=escalation_ids,
            level=EscalationLevel.BREACHED_FURTHER,
            clock__share__isnull=True,
            clock__isr__isnull=True,
        ).select_related("clock__referral")
    }
    cards: dict[str, Card] = {}
    for clock in clocks.values():
        if clock.referral is None:  # only an information request's clock has none
            continue
        late = at - clock.due_at
        hours = int(late.total_seconds() // 3600)
        reference = clock.referral.reference
        card = adaptive_card(
            f"Breach escalated to managers: {ClockKind(clock.kind).label.lower()} clock",
            [
                ("Referral", reference),
                ("Was due", f"{timezone.localtime(clock.due_at):%-d %B %Y at %H:%M}"),
                ("Overdue by", f"{hours} hour{'s' if hours != 1 else ''}"),
            ],
            [
                ("Open the referral", _link(reverse("referrals:detail", args=[reference]))),
                ("Open the SLA page", _link(reverse("referrals:sla"))),
            ],
        )
        cards[f"breach:{clock.pk}"] = card
    _queue_cards("breaches", cards)


def send_post(message: OutboxMessage, at: datetime) -> CallResult:
    """The outbox's worker posts one card."""
    post = TeamsPost.objects.select_related("channel").get(outbox=message)
    if not post.channel.is_active:
        return CallResult(sent=False, dropped=True)
    body = json.dumps(post.card, separators=(",", ":")).encode()
    try:
        answer = post_json(post.channel.url, body, {})
    except OutboundCallFailed as exc:
        post.status_code = exc.status
        post.save(update_fields=["status_code"])
        return CallResult(sent=False, error=exc.message, retry_after=retry_in(message.attempts + 1))
    except OutboundURLError as exc:
        return CallResult(sent=False, error=str(exc), retry_after=None)
    post.sent_at, post.status_code = at, answer.status
    post.save(update_fields=["sent_at", "status_code"])
    return CallResult(sent=True)
