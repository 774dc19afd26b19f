"""manage.py restore_drill: a fresh pg_dump of the test database restored into a scratch
database, its migrations and audit chain checked against the exported checkpoint log, its
counts reported, and the scratch database dropped, whether the drill passes or fails."""

import io
import subprocess  # nosec B404

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from audit.checkpoints import append_to_log, do_record_checkpoint
from audit.management.commands.restore_drill import _libpq, pg_tools
from tests.factories import approved_referral

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _scratch_databases() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE 'vhub_restore_drill_%%'")
        return [r[0] for r in cursor.fetchall()]


def test_the_drill_restores_a_dump_it_makes_and_verifies_it(
    tmp_path, officer, practitioner, supervisor
) -> None:
    approved_referral(officer, practitioner, supervisor)
    log = tmp_path / "checkpoints.jsonl"
    append_to_log(do_record_checkpoint(reason="before the drill"), log)
    approved_referral(officer, practitioner, supervisor)
    append_to_log(do_record_checkpoint(reason="before the drill, again"), log)
    from audit.models import AuditEvent

    events = AuditEvent.objects.count()

    out = io.StringIO()
    call_command("restore_drill", checkpoints=log, stdout=out)
    report = out.getvalue()
    assert "taking a fresh pg_dump" in report
    assert "none pending" in report
    assert f"Audit chain intact: {events} events, consistent with 2 signed checkpoints" in report
    assert "referrals: 2" in report
    assert "Restore drill passed" in report
    assert _scratch_databases() == []
    # The live database is the one the connection is back on.
    assert AuditEvent.objects.count() == events


def test_a_backup_older_than_the_exported_log_fails_the_drill_and_still_cleans_up(
    tmp_path, officer, practitioner, supervisor
) -> None:
    """A dump taken before the last exported checkpoint lacks events the log vouches for:
    the drill says so (the chain was cut) instead of passing."""
    approved_referral(officer, practitioner, supervisor)
    owner = dict(connection.settings_dict)
    tools = pg_tools(connection.pg_version // 10000)
    old = tmp_path / "older.dump"
    args, env = _libpq(owner, owner["NAME"])
    subprocess.run(  # noqa: S603 # nosec B603
        [str(tools / "pg_dump"), *args, "--format=custom", "--file", str(old)], env=env, check=True
    )
    approved_referral(officer, practitioner, supervisor)
    log = tmp_path / "checkpoints.jsonl"
    append_to_log(do_record_checkpoint(reason="after the backup"), log)

    with pytest.raises(CommandError, match="Audit trail in the restored copy"):
        call_command("restore_drill", dump=old, checkpoints=log, stdout=io.StringIO())
    assert _scratch_databases() == []


def test_a_missing_dump_is_refused(tmp_path) -> None:
    with pytest.raises(CommandError, match=r"No \*\.dump file"):
        call_command("restore_drill", backup_dir=tmp_path, stdout=io.StringIO())
    assert _scratch_databases() == []


def test_the_tools_major_version_is_read_with_or_without_a_packagers_note() -> None:
    """Found in CI: Debian's "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" was read as
    version 0, so the drill took the embedded server's newer pg_dump, whose dump a PostgreSQL 15
    server cannot restore (it sets transaction_timeout)."""
    from audit.management.commands.restore_drill import _major

    assert _major("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n") == 15
    assert _major("pg_dump (PostgreSQL) 18.3\n") == 18
    assert _major("pg_dump (PostgreSQL) 9.6.24\n") == 9
