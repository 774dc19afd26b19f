"""The audit chain anchored by signed checkpoints: each tampering is named, verify_audit fails."""

import io
from datetime import date

import pgtrigger
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError
from pypdf import PdfReader

from audit.actions import GENESIS_HASH, compute_hash, record_event
from audit.checkpoints import do_record_checkpoint, log_line, signature_matches
from audit.checks import check_checkpoint_key
from audit.models import AuditCheckpoint, AuditEvent
from audit.tasks import record_checkpoint
from audit.verify import CHANGED, MISSING, REWRITTEN, TAIL_CUT, TRUNCATED, verify_chain

APPEND_ONLY = "audit.AuditEvent:audit_append_only"
NO_TRUNCATE = "audit.AuditEvent:audit_no_truncate"


def _events(n: int) -> list[AuditEvent]:
    return [record_event("test.event", actor=None, details={"n": i}) for i in range(n)]


def _verify_audit(*args: str) -> str:
    out = io.StringIO()
    call_command("verify_audit", *args, stdout=out)
    return out.getvalue()


def _recompute_forward(from_id: int) -> None:
    """What an attacker with the table does after deleting an event: rehash everything after."""
    previous = (
        AuditEvent.objects.filter(id__lt=from_id).order_by("-id").values_list("hash", flat=True)
    ).first() or GENESIS_HASH
    with pgtrigger.ignore(APPEND_ONLY):
        for event in AuditEvent.objects.filter(id__gte=from_id).order_by("id"):
            event.prev_hash = previous
            event.hash = previous = compute_hash(event)
            event.save(update_fields=["prev_hash", "hash"])


def test_truncate_is_refused_by_the_database(db) -> None:
    _events(2)
    do_record_checkpoint(reason="test")
    for table in ("audit_auditevent", "audit_auditcheckpoint"):
        with (
            pytest.raises(DatabaseError, match="Cannot truncate"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(f"TRUNCATE {table}")
    assert AuditEvent.objects.count() >= 2
    assert AuditCheckpoint.objects.count() == 1


def test_checkpoints_cannot_be_changed_or_deleted(db) -> None:
    checkpoint = do_record_checkpoint(reason="test")
    with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
        AuditCheckpoint.objects.filter(pk=checkpoint.pk).update(event_count=1)
    with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
        AuditCheckpoint.objects.filter(pk=checkpoint.pk).delete()


def test_a_checkpoint_signs_the_head_with_its_own_event(db) -> None:
    _events(3)
    checkpoint = do_record_checkpoint(reason="scheduled")
    head = AuditEvent.objects.order_by("-id").first()
    assert head.action == "audit.checkpoint"
    assert (checkpoint.last_event_id, checkpoint.head_hash) == (head.pk, head.hash)
    assert checkpoint.event_count == AuditEvent.objects.count()
    assert signature_matches(checkpoint)
    # The key signs; it is stored nowhere in the row.
    assert settings.AUDIT_CHECKPOINT_KEY not in log_line(checkpoint)


def test_the_untouched_chain_verifies_against_every_checkpoint(db) -> None:
    _events(3)
    do_record_checkpoint(reason="scheduled")
    _events(2)
    do_record_checkpoint(reason="scheduled")
    _events(2)  # events after the last checkpoint are checked by the chain alone
    report = verify_chain()
    assert report.ok, report.problem
    assert report.checkpoints == 2
    assert "consistent with 2 signed checkpoints" in _verify_audit()


def test_a_cut_tail_is_named(db) -> None:
    _events(4)
    checkpoint = do_record_checkpoint(reason="scheduled")
    failed_second_factor = record_event("auth.two_factor_failed", actor=None)
    with pgtrigger.ignore(APPEND_ONLY):
        AuditEvent.objects.filter(id__gte=checkpoint.last_event_id - 2).delete()
    assert not AuditEvent.objects.filter(pk=failed_second_factor.pk).exists()

    report = verify_chain()
    assert report.finding == TAIL_CUT
    assert f"up to event {checkpoint.last_event_id}" in report.problem
    with pytest.raises(CommandError, match="TAIL CUT"):
        _verify_audit()


def test_a_truncation_is_named(db) -> None:
    _events(3)
    do_record_checkpoint(reason="scheduled")
    with pgtrigger.ignore(NO_TRUNCATE), connection.cursor() as cursor:
        cursor.execute("TRUNCATE audit_auditevent")

    assert verify_chain().finding == TRUNCATED
    with pytest.raises(CommandError, match=r"TRUNCATION: .*the trail is empty"):
        _verify_audit()


def test_a_chain_rewritten_after_a_middle_delete_is_named(db) -> None:
    events = _events(6)
    do_record_checkpoint(reason="scheduled")
    with pgtrigger.ignore(APPEND_ONLY):
        AuditEvent.objects.filter(pk=events[2].pk).delete()
    _recompute_forward(events[3].pk)
    # Every hash agrees with the one before (no changed or missing event is found): only the
    # checkpoint shows it.
    report = verify_chain()
    assert report.finding == REWRITTEN
    assert "rewritten after the checkpoint" in report.problem
    with pytest.raises(CommandError, match="REWRITTEN CHAIN"):
        _verify_audit()


def test_a_rewritten_chain_with_its_checkpoint_rewritten_to_match_is_named(db) -> None:
    events = _events(6)
    checkpoint = do_record_checkpoint(reason="scheduled")
    with pgtrigger.ignore(APPEND_ONLY):
        AuditEvent.objects.filter(pk=events[2].pk).delete()
    _recompute_forward(events[3].pk)
    head = AuditEvent.objects.get(pk=checkpoint.last_event_id)
    with pgtrigger.ignore("audit.AuditCheckpoint:checkpoint_append_only"):
        AuditCheckpoint.objects.filter(pk=checkpoint.pk).update(
            head_hash=head.hash, event_count=AuditEvent.objects.count()
        )

    report = verify_chain()
    assert report.finding == REWRITTEN
    assert "does not match its signature" in report.problem
    with pytest.raises(CommandError, match="REWRITTEN CHAIN"):
        _verify_audit()


def test_a_changed_payload_is_named_at_its_event(db) -> None:
    events = _events(4)
    do_record_checkpoint(reason="scheduled")
    with pgtrigger.ignore(APPEND_ONLY):
        AuditEvent.objects.filter(pk=events[1].pk).update(details={"n": 99})

    report = verify_chain()
    assert (report.finding, report.first_broken_id) == (CHANGED, events[1].pk)
    with pytest.raises(CommandError, match=f"CHANGED EVENT: chain broken at event {events[1].pk}"):
        _verify_audit()


def test_a_missing_event_is_named_at_the_next_one(db) -> None:
    events = _events(4)
    with pgtrigger.ignore(APPEND_ONLY):
        AuditEvent.objects.filter(pk=events[1].pk).delete()
    report = verify_chain()
    assert (report.finding, report.first_broken_id) == (MISSING, events[2].pk)
    with pytest.raises(CommandError, match="MISSING EVENT"):
        _verify_audit()


def test_checkpoints_signed_with_another_key_do_not_verify(db, settings) -> None:
    do_record_checkpoint(reason="scheduled")
    settings.AUDIT_CHECKPOINT_KEY = "another-key-entirely-" + "x" * 40
    assert verify_chain().finding == REWRITTEN


def test_verify_audit_checks_an_exported_log_when_the_database_copies_are_gone(
    db, settings, tmp_path, django_capture_on_commit_callbacks
) -> None:
    log = tmp_path / "checkpoints.jsonl"
    settings.AUDIT_CHECKPOINT_LOG = str(log)
    _events(3)
    with django_capture_on_commit_callbacks(execute=True):
        checkpoint = do_record_checkpoint(reason="scheduled")
    assert log.read_text() == log_line(checkpoint) + "\n"
    assert "consistent with 1 signed checkpoints" in _verify_audit("--checkpoints", str(log))
    # Whoever controls the database removes the tail and the checkpoint that would show it.
    with pgtrigger.ignore(APPEND_ONLY, "audit.AuditCheckpoint:checkpoint_append_only"):
        AuditEvent.objects.filter(id__gte=checkpoint.last_event_id - 1).delete()
        AuditCheckpoint.objects.all().delete()
    assert "intact" in _verify_audit()  # the database alone cannot tell

    with pytest.raises(CommandError, match="TAIL CUT"):
        _verify_audit("--checkpoints", str(log))


def test_verify_audit_refuses_an_unreadable_log(db, tmp_path) -> None:
    log = tmp_path / "checkpoints.jsonl"
    log.write_text("not json\n")
    with pytest.raises(CommandError, match="line 1: not a checkpoint"):
        _verify_audit("--checkpoints", str(log))
    with pytest.raises(CommandError, match="Cannot read the checkpoint log"):
        _verify_audit("--checkpoints", str(tmp_path / "absent.jsonl"))


def test_beat_records_a_checkpoint_at_a_fixed_interval(db) -> None:
    entry = settings.CELERY_BEAT_SCHEDULE["audit-checkpoint"]
    assert entry["task"] == "audit.tasks.record_checkpoint"
    assert entry["schedule"] == settings.AUDIT_CHECKPOINT_MINUTES * 60
    pk = record_checkpoint.delay().get()
    checkpoint = AuditCheckpoint.objects.get(pk=pk)
    assert checkpoint.reason == "scheduled"
    assert AuditEvent.objects.get(pk=checkpoint.last_event_id).details["channel"] == "task"


def test_the_daily_report_carries_the_days_checkpoint(
    manager, django_capture_on_commit_callbacks
) -> None:
    from django.core import mail

    from dashboards.actions import do_send_daily_report

    day = date(2026, 11, 18)
    with django_capture_on_commit_callbacks(execute=True):
        do_send_daily_report(day)
    checkpoint = AuditCheckpoint.objects.get(reason="daily report 2026-11-18")
    _name, content, _kind = mail.outbox[0].attachments[0]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    flat = "".join(text.split())
    assert "Audit trail checkpoint" in text
    assert checkpoint.signature in flat
    assert checkpoint.head_hash in flat


@pytest.mark.parametrize(
    ("key", "errors"),
    [
        ("", ["audit.E001"]),
        ("insecure-vhub-development-audit-checkpoint-key", ["audit.E001"]),
        ("short", ["audit.E001"]),
        ("Zx81-q2Lr9Vn4TbW7yHs0KdP3mGc6JfA5eRu", []),
    ],
)
def test_production_refuses_a_missing_or_development_checkpoint_key(settings, key, errors) -> None:
    settings.PRODUCTION = True
    settings.AUDIT_CHECKPOINT_KEY = key
    assert [e.id for e in check_checkpoint_key(None)] == errors
