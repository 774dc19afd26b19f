"""Clocks of old referrals: they start from received_at; those already past their target at
import are breached before import (kept, counted apart) and escalate as one digest per
supervisor per import, not a message per clock. The same through a real worker is in
tests/vhub/test_worker.py."""

import json
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from dashboards.selectors import DashboardFilters, breaches_now
from referrals.escalation import sweep_clocks
from referrals.models import (
    ClockKind,
    ClockState,
    Escalation,
    ImportDigest,
    ImportJob,
    Notification,
    Referral,
    SlaClock,
)
from referrals.tasks import deliver_escalations, send_import_digests
from risk.actions import do_save_assessment
from tests.factories import assessment_input
from vhub.clock import now

NOW = "2026-12-01T12:00:00Z"


def _row(i: int, received: str) -> dict[str, Any]:
    return {
        "external_id": f"OLD-{i}",
        "incident_reference": f"22/{i}/26",
        "incident_at": "2026-10-20T20:00:00Z",
        "received_at": received,
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "incident_type": "domestic-abuse",
        "narrative": "Argument overheard by neighbours.",
        "officer_risk_view": "Some risk.",
        "children": [{"first_name": f"Child{i}", "last_name": "Jones", "voice_of_child": "Quiet."}],
    }


def _import(tmp_path, rows, capture) -> ImportJob:
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with capture(execute=True):
        call_command("import_referrals", str(path), stdout=open("/dev/null", "w"))  # noqa: SIM115
    return ImportJob.objects.latest("id")


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def test_clocks_past_their_target_at_import_are_breached_before_import(
    db, tmp_path, django_capture_on_commit_callbacks
) -> None:
    _import(
        tmp_path,
        [_row(1, "2026-10-22T09:00:00Z"), _row(2, "2026-12-01T11:00:00Z")],
        django_capture_on_commit_callbacks,
    )
    old = Referral.objects.get(external_id="OLD-1")
    for clock in SlaClock.objects.filter(referral=old):
        assert (clock.state, clock.breached_before_import) == (ClockState.BREACHED, True)
        assert clock.breached_at == clock.due_at
        assert clock.started_at == old.received_at
    recent = SlaClock.objects.get(referral__external_id="OLD-2", kind=ClockKind.TRIAGE)
    assert (recent.state, recent.breached_before_import) == (ClockState.ON_TRACK, False)
    assert recent.due_at == now() + timedelta(hours=1)


def test_a_referral_sent_by_the_form_never_has_a_clock_breached_before_import(db, officer) -> None:
    from tests.factories import submit_referral

    referral = submit_referral(officer)
    assert not SlaClock.objects.filter(referral=referral, breached_before_import=True).exists()


def test_a_breach_before_import_is_kept_when_the_hub_grades_and_meets_the_clock(
    db, tmp_path, django_capture_on_commit_callbacks, practitioner
) -> None:
    _import(tmp_path, [_row(1, "2026-10-22T09:00:00Z")], django_capture_on_commit_callbacks)
    referral = Referral.objects.get(external_id="OLD-1")
    # A high grade recomputes the decision-to-share clock and meets the triage clock.
    do_save_assessment(
        referral.subjects.get(), assessment_input("high"), actor=practitioner, submit=False
    )
    triage = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)
    assert (triage.state, triage.breached_before_import) == (ClockState.MET, True)
    assert triage.breached_at == triage.due_at
    share = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    assert (share.state, share.grade_used, share.breached_before_import) == (
        ClockState.BREACHED,
        "high",
        True,
    )


def test_the_sweep_leaves_clocks_breached_before_import_to_the_digest(
    db, tmp_path, django_capture_on_commit_callbacks, supervisor
) -> None:
    _import(tmp_path, [_row(1, "2026-10-22T09:00:00Z")], django_capture_on_commit_callbacks)
    result = sweep_clocks(now() + timedelta(minutes=1))
    assert result.escalations == 0
    assert not Escalation.objects.exists()


def test_an_import_escalates_its_old_breaches_as_one_digest_per_supervisor(
    db, tmp_path, django_capture_on_commit_callbacks, supervisor, supervisor2, practitioner
) -> None:
    job = _import(
        tmp_path,
        [_row(i, "2026-10-22T09:00:00Z") for i in range(3)],
        django_capture_on_commit_callbacks,
    )
    digests = [m for m in mail.outbox if "breached before import" in m.subject]
    assert sorted(m.to[0] for m in digests) == ["supervisor2@vhub.test", "supervisor@vhub.test"]
    assert digests[0].subject == (
        "VHub: 9 clocks breached before import in backlog.jsonl (3 referrals)"
    )
    for reference in Referral.objects.values_list("reference", flat=True):
        assert f"{reference}: initial triage was due" in digests[0].body
    assert (
        Notification.objects.filter(user=supervisor, url=f"/referrals/imports/{job.pk}/").count()
        == 1
    )
    assert not Notification.objects.filter(user=practitioner).exists()
    # Sent once: the task again, and the minute's delivery, add nothing.
    send_import_digests(job.pk)
    deliver_escalations()
    assert len([m for m in mail.outbox if "breached before import" in m.subject]) == 2
    assert ImportDigest.objects.filter(job=job).count() == 2


def test_an_import_with_no_old_breaches_sends_no_digest(
    db, tmp_path, django_capture_on_commit_callbacks, supervisor
) -> None:
    _import(tmp_path, [_row(1, "2026-12-01T11:30:00Z")], django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not ImportDigest.objects.exists()


def test_the_dashboard_counts_breaches_before_import_apart(
    db, tmp_path, django_capture_on_commit_callbacks, officer
) -> None:
    from tests.factories import submit_referral

    _import(tmp_path, [_row(1, "2026-10-22T09:00:00Z")], django_capture_on_commit_callbacks)
    with time_machine.travel(now() - timedelta(hours=3), tick=False):
        submit_referral(officer)
    sweep_clocks()
    today = now().date()
    live, before_import = breaches_now(DashboardFilters(start=today, end=today))
    assert live == {("triage", ""): 1}
    # triage, decision to share, and the school's Operation Encompass notice
    assert before_import == {("triage", ""): 1, ("decision_to_share", ""): 1, ("encompass", ""): 1}
