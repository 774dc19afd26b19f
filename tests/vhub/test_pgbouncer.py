"""VHub behind PgBouncer in transaction mode: the test starts Debian's pgbouncer in front of the
test database and runs a journey through it (intake, triage, assessment, approval, a signed
checkpoint and the audit chain's verification), with the settings DATABASE_POOLER=pgbouncer
gives (vhub/pooling.py)."""

import os
import pwd
import shutil
import socket
import subprocess  # nosec B404
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.db import connections

from audit.checkpoints import do_record_checkpoint
from audit.verify import verify_chain
from referrals.actions.allocation import do_start_triage
from risk.actions import do_decide_assessment
from tests.factories import submit_referral, submitted_assessment
from vhub.pooling import pooled

PGBOUNCER = "/usr/sbin/pgbouncer"

# Debian's pgbouncer is required (.ci/run installs it): a missing binary fails, never skips.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def pgbouncer(db):
    """pgbouncer on 127.0.0.1:<free port>, transaction pooling, in front of the test database."""
    # A folder of its own straight under /tmp: pgbouncer may run as another user (below).
    tmp_path = Path(tempfile.mkdtemp(prefix="vhub-pgbouncer-"))
    target = connections["default"].settings_dict
    host = target["HOST"] or target["OPTIONS"].get("host", "")
    user, password = target["USER"], target["PASSWORD"] or ""
    port = _free_port()
    (tmp_path / "users.txt").write_text(f'"{user}" "{password}"\n')
    (tmp_path / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={host} port={target['PORT'] or 5432}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {tmp_path / 'users.txt'}\n"
        f"admin_users = {user}\n"
        "pool_mode = transaction\ndefault_pool_size = 4\nmax_client_conn = 50\n"
        "ignore_startup_parameters = extra_float_digits\n"
        f"logfile = {tmp_path / 'pgbouncer.log'}\n"
    )
    command = [PGBOUNCER, "-q", str(tmp_path / "pgbouncer.ini")]
    if os.geteuid() == 0:
        # pgbouncer refuses to run as root: run it as whoever owns the server's socket folder.
        owner = Path(host).stat().st_uid if host.startswith("/") else pwd.getpwnam("nobody").pw_uid
        shutil.chown(tmp_path, user=owner)
        for f in tmp_path.iterdir():
            shutil.chown(f, user=owner)
        command[1:1] = ["-u", pwd.getpwuid(owner).pw_name]
    process = subprocess.Popen(command)  # noqa: S603 # nosec B603
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("pgbouncer did not start: " + (tmp_path / "pgbouncer.log").read_text())
        yield {"port": port, "user": user, "password": password}
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(tmp_path, ignore_errors=True)


def _admin(bouncer: dict[str, Any], command: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(
        host="127.0.0.1",
        port=bouncer["port"],
        dbname="pgbouncer",
        user=bouncer["user"],
        password=bouncer["password"] or None,
        autocommit=True,
        prepare_threshold=None,
    ) as admin:
        cursor = admin.execute(command)
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_a_journey_through_pgbouncer_in_transaction_mode(
    pgbouncer, officer, practitioner, supervisor
) -> None:
    conn = connections["default"]
    saved = dict(conn.settings_dict)
    conn.close()
    through = pooled({**saved, "HOST": "127.0.0.1", "PORT": pgbouncer["port"]}, "pgbouncer")
    through["OPTIONS"].pop("host", None)
    conn.settings_dict.update(through)
    try:
        config = {r["key"]: r["value"] for r in _admin(pgbouncer, "SHOW CONFIG")}
        assert config["pool_mode"] == "transaction"
        # Intake, triage, assessment and its approval: dozens of transactions, each free to
        # run on any of the pool's server connections.
        for _ in range(3):
            referral = submit_referral(officer)
            do_start_triage(referral, actor=practitioner)
            assessment = submitted_assessment(referral, practitioner)
            do_decide_assessment(assessment, actor=supervisor, decision="approve")
            referral.refresh_from_db()
            assert referral.status == "approved"
        checkpoint = do_record_checkpoint(reason="pgbouncer test")
        # The whole chain read back with .iterator() (no server-side cursor behind a pooler).
        report = verify_chain([checkpoint])
        assert report.ok, report.problem
        assert report.checked > 12
        assert conn.connection.info.port == pgbouncer["port"]
        stats = {r["database"]: r for r in _admin(pgbouncer, "SHOW STATS")}
        assert stats[saved["NAME"]]["total_xact_count"] > 20
    finally:
        conn.close()
        conn.settings_dict.clear()
        conn.settings_dict.update(saved)
