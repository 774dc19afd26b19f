"""The audit trail is append-only and hash-chained; tampering is found at the right event."""

import threading
import time

import pgtrigger
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.test.utils import CaptureQueriesContext

from audit.actions import GENESIS_HASH, compute_hash, record_event, record_events
from audit.models import AuditEvent
from audit.verify import verify_chain


def _events(n: int) -> list[AuditEvent]:
    return [record_event("test.event", actor=None, details={"n": i}) for i in range(n)]


def test_each_event_links_to_the_one_before(db) -> None:
    first, second, third = _events(3)
    assert first.prev_hash == GENESIS_HASH or AuditEvent.objects.filter(id__lt=first.id).exists()
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    assert all(compute_hash(e) == e.hash for e in (first, second, third))
    assert verify_chain().ok


def test_events_appended_together_link_in_order(db) -> None:
    before = record_event("test.event", actor=None)
    first, second = record_events(
        [
            {"action": "test.first", "actor": None, "details": {"n": "\x00"}},
            {"action": "test.second", "actor": None},
        ]
    )
    assert (first.prev_hash, second.prev_hash) == (before.hash, first.hash)
    assert before.id < first.id < second.id
    stored = AuditEvent.objects.get(pk=first.pk)
    assert stored.details["n"] == "\ufffd"
    assert compute_hash(stored) == stored.hash
    assert record_events([]) == []
    assert verify_chain().ok


def test_update_is_refused_by_the_database(db) -> None:
    (event,) = _events(1)
    with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="edited")


def test_delete_is_refused_by_the_database(db) -> None:
    (event,) = _events(1)
    with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")


def test_tampering_around_the_trigger_is_found_at_the_tampered_event(db) -> None:
    events = _events(5)
    with pgtrigger.ignore("audit.AuditEvent:audit_append_only"):
        AuditEvent.objects.filter(pk=events[2].pk).update(details={"n": 99})

    report = verify_chain()
    assert not report.ok
    assert report.first_broken_id == events[2].pk
    with pytest.raises(CommandError, match=f"broken at event {events[2].pk}"):
        call_command("verify_audit")


def test_a_deleted_event_breaks_the_chain_at_the_next_one(db) -> None:
    events = _events(4)
    with pgtrigger.ignore("audit.AuditEvent:audit_append_only"):
        AuditEvent.objects.filter(pk=events[1].pk).delete()
    assert verify_chain().first_broken_id == events[2].pk


def test_verify_audit_reports_an_intact_chain(db, capsys) -> None:
    _events(3)
    call_command("verify_audit")
    assert "Audit chain intact" in capsys.readouterr().out


def test_an_append_is_two_statements_the_lock_with_the_head_and_the_insert(db) -> None:
    record_event("test.event", actor=None)
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        event = record_event("test.event", actor=None)
    sqls = [q["sql"] for q in queries.captured_queries]
    assert len(sqls) == 2, sqls
    assert sqls[0].startswith("SELECT audit_chain_head(")
    assert sqls[1].startswith('INSERT INTO "audit_auditevent"')
    assert event.prev_hash == AuditEvent.objects.filter(id__lt=event.id).latest("id").hash


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_append_waiting_for_the_lock_links_to_the_event_committed_meanwhile() -> None:
    """The head is read after the lock is granted, not when the waiting statement began: a
    statement that took its snapshot before waiting would link to the holder's predecessor."""
    holding, release = threading.Event(), threading.Event()
    second: list[AuditEvent] = []

    def hold() -> None:
        try:
            with transaction.atomic():
                record_event("test.first", actor=None)
                holding.set()
                release.wait(10)
        finally:
            connection.close()

    def append() -> None:
        try:
            second.append(record_event("test.second", actor=None))
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)
    waiter = threading.Thread(target=append)
    waiter.start()
    with connection.cursor() as cursor:  # the waiter's statement is running, blocked on the lock
        for _ in range(200):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND wait_event = 'advisory' AND datname = current_database()"
            )
            if cursor.fetchone()[0]:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the second append never waited for the lock")
    release.set()
    holder.join()
    waiter.join()
    first = AuditEvent.objects.get(action="test.first")
    assert second[0].prev_hash == first.hash
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writers_keep_one_valid_chain() -> None:
    def write(worker: int) -> None:
        try:
            for i in range(10):
                record_event("test.concurrent", actor=None, details={"worker": worker, "i": i})
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert AuditEvent.objects.filter(action="test.concurrent").count() == 60
    assert verify_chain().ok
    hashes = list(AuditEvent.objects.values_list("prev_hash", flat=True))
    assert len(hashes) == len(set(hashes)), "two events claim the same predecessor"


def test_sign_in_and_failed_sign_in_are_audited(client, officer) -> None:
    client.post("/login/", {"username": "officer", "password": "wrong"})
    from tests.factories import TEST_PASSWORD

    client.post("/login/", {"username": "officer", "password": TEST_PASSWORD})
    failed = AuditEvent.objects.get(action="auth.login_failed")
    assert failed.details == {"username": "officer"}
    assert "wrong" not in str(failed.details)
    assert AuditEvent.objects.filter(action="auth.login", actor=officer).exists()


def test_web_events_record_ip_and_user_agent(client_for, officer) -> None:
    client = client_for(officer)
    client.get("/referrals/mine/", HTTP_USER_AGENT="TestBrowser/1.0")
    from tests.factories import submit_referral

    referral = submit_referral(officer)
    client.get(f"/referrals/{referral.reference}/", HTTP_USER_AGENT="TestBrowser/1.0")
    event = AuditEvent.objects.get(action="referral.view")
    assert event.ip == "127.0.0.1"
    assert event.user_agent == "TestBrowser/1.0"


@pytest.mark.parametrize("who", ["practitioner", "officer", "partner_a", "outsider"])
def test_audit_trail_page_is_for_auditors_only(db, request, client_for, who) -> None:
    assert client_for(request.getfixturevalue(who)).get("/audit/events/").status_code == 403


def test_auditor_reads_the_trail_and_the_read_is_audited(client_for, auditor, officer) -> None:
    from tests.factories import submit_referral

    referral = submit_referral(officer)
    response = client_for(auditor).get("/audit/events/?action=referral.submit")
    assert referral.reference in response.content.decode()
    assert AuditEvent.objects.filter(action="audit.view", actor=auditor).exists()


@pytest.mark.parametrize(
    ("forwarded", "proxies", "expected"),
    [
        ("203.0.113.9", 0, "10.0.0.2"),  # no trusted proxy: the header is ignored
        ("203.0.113.9", 1, "203.0.113.9"),
        ("6.6.6.6, 203.0.113.9", 1, "203.0.113.9"),  # a forged left entry is not believed
        ("203.0.113.9, 10.0.0.7", 2, "203.0.113.9"),
        ("", 1, "10.0.0.2"),
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(forwarded, proxies, expected) -> None:
    from audit.middleware import client_ip

    meta = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": forwarded}
    assert client_ip(meta, proxies) == expected


def test_sign_out_is_audited(client_for, officer) -> None:
    client = client_for(officer)
    client.post("/logout/")
    assert AuditEvent.objects.filter(action="auth.logout", actor=officer).exists()
