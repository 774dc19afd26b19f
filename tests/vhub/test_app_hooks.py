"""Every app's hooks module is imported at start-up (vhub/apps.py discovers them, as the admin
discovers admin.py), and each connects what it connects exactly once."""

import sys
import weakref
from collections import Counter
from importlib.util import find_spec
from typing import Any

from axes.signals import user_locked_out
from celery.signals import task_failure
from django.apps import apps
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core.checks.registry import registry
from django.db.models.signals import post_migrate
from django.dispatch import Signal
from django.utils.module_loading import autodiscover_modules

from accounts import signals as account_signals
from audit import checks as audit_checks
from audit import signals as audit_signals
from audit.database_roles import grant_after_migrate
from audit.retention_hooks import RETENTION_HOLDINGS
from dashboards import hooks as dashboard_hooks
from dashboards.teams import queue_breaches, send_post
from governance.holdings import holdings_lines
from partners.inbox import on_share_clocks_changed
from partners.notices import compose
from partners.webhooks import send_delivery
from project.metrics import _count_failure
from referrals import hooks
from referrals.escalation import OUTBOX_COMPOSERS, escalations_queued
from referrals.models import OutboxKind
from referrals.outbox_calls import OUTBOX_SENDERS
from referrals.rota import ABSENCE_SOURCES
from referrals.sla import share_clocks_changed
from risk.frontline import compose_feedback

# The apps of this repository, in layer order (docs/architecture.md).
OWN_APPS = (
    "vhub",
    "audit",
    "accounts",
    "referrals",
    "partners",
    "risk",
    "officer",
    "governance",
    "dashboards",
    "bench",
    "project",
)


def _receivers(signal: Signal) -> Counter[Any]:
    found: Counter[Any] = Counter()
    for entry in signal.receivers:
        receiver = entry[1]
        if isinstance(receiver, weakref.ReferenceType):
            receiver = receiver()
        found[receiver] += 1
    return found


def _connected_once() -> None:
    """What every hooks module connects, each exactly once."""
    assert _receivers(share_clocks_changed)[on_share_clocks_changed] == 1
    assert _receivers(escalations_queued)[queue_breaches] == 1
    assert _receivers(task_failure)[_count_failure] == 1
    assert _receivers(post_migrate)[grant_after_migrate] == 1
    logged_in = _receivers(user_logged_in)
    assert logged_in[account_signals._start_session_clocks] == 1
    assert logged_in[audit_signals._logged_in] == 1
    assert _receivers(user_logged_out)[audit_signals._logged_out] == 1
    assert _receivers(user_login_failed)[audit_signals._login_failed] == 1
    assert _receivers(user_locked_out)[account_signals._locked_out] == 1
    assert RETENTION_HOLDINGS.count(holdings_lines) == 1
    assert ABSENCE_SOURCES.count(dashboard_hooks._absent_on) == 1
    assert [panel.__module__ for panel in hooks.REFERRAL_PAGE_PANELS].count("risk.selectors") == 1
    assert OUTBOX_COMPOSERS[OutboxKind.PARTNER_NOTICE] is compose
    assert OUTBOX_COMPOSERS[OutboxKind.OFFICER_FEEDBACK] is compose_feedback
    assert OUTBOX_SENDERS[OutboxKind.WEBHOOK] is send_delivery
    assert OUTBOX_SENDERS[OutboxKind.TEAMS] is send_post
    checks = registry.get_checks(include_deployment_checks=True)
    assert checks.count(audit_checks.check_checkpoint_key) == 1


def test_every_apps_hooks_module_is_imported_at_start_up() -> None:
    with_hooks = [name for name in OWN_APPS if find_spec(f"{name}.hooks") is not None]
    assert {"accounts", "audit", "partners", "risk", "dashboards", "governance", "project"} <= set(
        with_hooks
    )
    assert [name for name in with_hooks if f"{name}.hooks" not in sys.modules] == []


def test_each_hook_is_connected_exactly_once() -> None:
    _connected_once()


def test_discovering_again_connects_nothing_twice() -> None:
    autodiscover_modules("hooks")
    _connected_once()


def test_no_app_connects_its_own_hooks_in_ready() -> None:
    """Only the kernel's ready() runs at start-up: it imports every app's hooks module."""
    with_ready = [
        config.name
        for config in apps.get_app_configs()
        if config.name in OWN_APPS and "ready" in vars(type(config))
    ]
    assert with_ready == ["vhub"]
