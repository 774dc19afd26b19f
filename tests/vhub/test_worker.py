"""A real Celery worker against the configured broker (Redis, or the filesystem transport)."""

import hashlib
import time

import pytest
from celery.contrib.testing.worker import start_worker

from partners.models import Share
from tests.factories import approved_referral, share_with
from vhub.celery import app


@pytest.fixture
def real_worker(settings, transactional_db, django_db_serialized_rollback):
    """Tasks go through the broker to a worker thread in this process, not eagerly."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as worker:
        yield worker


@pytest.mark.worker
def test_the_worker_renders_the_referral_pack(
    real_worker, officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)

    share = share_with(referral, practitioner)  # commits: the task is sent to the broker

    from partners.tasks import render_share_pack

    # The action queued one render on commit; wait for it through a second, idempotent call's
    # result so the test observes a real broker round trip.
    digest = render_share_pack.delay(share.pk).get(timeout=60)
    share = Share.objects.get(pk=share.pk)
    assert digest == share.pack_sha256
    assert hashlib.sha256(share.pack_file.read()).hexdigest() == digest


@pytest.mark.worker
def test_the_worker_writes_the_heartbeat(real_worker) -> None:
    from vhub.models import Heartbeat

    app.send_task("vhub.tasks.record_heartbeat")  # as beat sends it: through the broker
    deadline = time.monotonic() + 60
    while not Heartbeat.objects.filter(name="worker").exists():
        assert time.monotonic() < deadline, "no heartbeat within 60 s"
        time.sleep(0.2)


@pytest.mark.worker
def test_a_clock_goes_at_risk_then_breached_through_the_worker_and_each_email_goes_once(
    real_worker, officer, practitioner, supervisor
) -> None:
    from datetime import UTC, datetime, timedelta

    import time_machine
    from django.core import mail

    from referrals.actions.allocation import do_start_triage
    from referrals.models import ClockKind, SlaClock
    from referrals.tasks import deliver_escalations, sweep_sla
    from tests.factories import submit_referral

    start = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        referral = submit_referral(officer)
        do_start_triage(referral, actor=practitioner)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)

    def beat(minutes: int) -> None:  # what beat does each minute, through the broker
        with time_machine.travel(start + timedelta(minutes=minutes), tick=False):
            sweep_sla.delay().get(timeout=60)
            sweep_sla.delay().get(timeout=60)  # a duplicate run changes nothing
            deliver_escalations.delay().get(timeout=60)

    beat(95)
    clock.refresh_from_db()
    assert clock.state == "at_risk"
    beat(125)
    clock.refresh_from_db()
    assert clock.state == "breached"
    triage = [m for m in mail.outbox if f"{referral.reference}: initial triage" in m.subject]
    # at risk: the assignee; breached: the supervisors and the assignee; each exactly once
    assert sorted((m.subject.rsplit(" ", 1)[-1], m.to[0]) for m in triage) == [
        ("overdue", "practitioner@vhub.test"),
        ("overdue", "supervisor@vhub.test"),
        ("risk", "practitioner@vhub.test"),
    ]


@pytest.mark.worker
def test_an_old_backlog_escalates_as_one_digest_per_supervisor_through_the_worker(
    real_worker, manager, supervisor, supervisor2
) -> None:
    """Received 40 days ago: the import (a task) records its clocks as breached before import
    and, once it commits, the digest task sends one e-mail per supervisor."""
    import json
    from datetime import timedelta

    from django.core import mail
    from django.core.files.uploadedfile import SimpleUploadedFile

    from referrals.actions.imports import do_start_import
    from referrals.models import ImportDigest, ImportJob, Referral, SlaClock
    from vhub.clock import now

    received = (now() - timedelta(days=40)).isoformat()
    rows = [
        {
            "external_id": f"OLD-{i}",
            "incident_reference": f"22/{i}/26",
            "incident_at": (now() - timedelta(days=41)).isoformat(),
            "received_at": received,
            "location": "4 Castle Street, Shrewsbury",
            "postcode": "SY1 2BJ",
            "incident_type": "domestic-abuse",
            "narrative": "Argument overheard by neighbours.",
            "officer_risk_view": "Some risk.",
            "children": [{"first_name": f"Kid{i}", "last_name": "Jones", "voice_of_child": "-"}],
        }
        for i in range(3)
    ]
    body = "".join(json.dumps(r) + "\n" for r in rows).encode()
    job = do_start_import(
        actor=manager, upload=SimpleUploadedFile("old.jsonl", body, "application/x-ndjson")
    )  # commits: the import goes to the broker

    deadline = time.monotonic() + 90
    while ImportDigest.objects.filter(job=job, delivered_at__isnull=False).count() < 2:
        assert time.monotonic() < deadline, "no digests within 90 s"
        time.sleep(0.3)
    assert ImportJob.objects.get(pk=job.pk).imported == 3
    referral = Referral.objects.get(external_id="OLD-0")
    assert referral.received_at == now().fromisoformat(received)
    clocks = SlaClock.objects.filter(referral__import_job=job)
    assert clocks.count() == clocks.filter(breached_before_import=True).count() >= 6
    digests = [m for m in mail.outbox if "breached before import" in m.subject]
    assert sorted(m.to[0] for m in digests) == ["supervisor2@vhub.test", "supervisor@vhub.test"]


@pytest.mark.worker
def test_a_share_is_emailed_to_the_partner_once_through_the_worker(
    real_worker, officer, practitioner, supervisor, partner_a, partner_b
) -> None:
    """The share's commit sends the delivery task to the broker; duplicate runs of the minute's
    delivery (as beat and the commit both send it) e-mail the partner once, with a link only."""
    from django.core import mail

    from partners.models import PartnerNotice
    from referrals.tasks import deliver_escalations

    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)  # commits: the delivery goes to the broker
    deliver_escalations.delay().get(timeout=60)
    deliver_escalations.delay().get(timeout=60)  # a duplicate run sends nothing again
    deadline = time.monotonic() + 60
    notice = PartnerNotice.objects.get(share=share, recipient=partner_a)
    while not PartnerNotice.objects.filter(pk=notice.pk, outbox__emailed_at__isnull=False).exists():
        assert time.monotonic() < deadline, "no e-mail within 60 s"
        time.sleep(0.2)
    sent = [m for m in mail.outbox if m.to == ["partner.a@vhub.test"]]
    assert len(sent) == 1
    assert f"/partners/shares/{share.pk}/" in sent[0].body
    assert referral.reference not in sent[0].body
    assert [m for m in mail.outbox if m.to == ["partner.b@vhub.test"]] == []


@pytest.mark.worker
def test_the_0800_digest_goes_once_through_the_worker(
    real_worker, officer, practitioner, supervisor, partner_a
) -> None:
    from datetime import UTC, datetime

    import time_machine
    from django.core import mail

    from partners.notices import do_set_notice_preference
    from partners.tasks import send_notice_digests
    from referrals.tasks import deliver_escalations

    do_set_notice_preference(partner_a, actor=partner_a, frequency="daily_digest")
    with time_machine.travel(datetime(2026, 11, 17, 10, 0, tzinfo=UTC), tick=False):
        first = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    with time_machine.travel(datetime(2026, 11, 17, 15, 0, tzinfo=UTC), tick=False):
        second = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        deliver_escalations.delay().get(timeout=60)
    assert [m for m in mail.outbox if m.to == ["partner.a@vhub.test"]] == []
    with time_machine.travel(datetime(2026, 11, 18, 8, 0, tzinfo=UTC), tick=False):
        send_notice_digests.delay().get(timeout=60)
        send_notice_digests.delay().get(timeout=60)  # beat twice: one digest
    [sent] = [m for m in mail.outbox if m.to == ["partner.a@vhub.test"]]
    assert f"/partners/shares/{first.pk}/" in sent.body
    assert f"/partners/shares/{second.pk}/" in sent.body
