"""manage.py restore_drill: prove a backup restores (docs/deployment.md, "Restore drill").

Takes the newest dump in --backup-dir (or the file given with --dump; without either, makes a
fresh pg_dump of the live database), restores it into a scratch database on the same server,
then against the restored copy: checks that every migration of this release is applied, verifies
the audit chain against the exported checkpoint log (AUDIT_CHECKPOINT_LOG or --checkpoints) and
the checkpoints in the copy, and reports what the copy holds. The scratch database is always
dropped at the end (unless --keep). Exits non-zero naming the first thing that failed.
"""

import os
import re
import shutil
import subprocess  # nosec B404
import tempfile
import time
from pathlib import Path
from typing import Any

import pgserver
import psycopg
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from psycopg import sql

from audit.checkpoints import CheckpointLogError, read_log
from audit.verify import verify_chain

# What the report counts in the restored copy.
COUNTED = (
    "audit.AuditEvent",
    "audit.AuditCheckpoint",
    "referrals.Referral",
    "referrals.ReferralSubject",
    "risk.ChildRiskAssessment",
    "partners.Share",
    "accounts.User",
)


def _major(version_output: str) -> int:
    """12 from "pg_dump (PostgreSQL) 12.4", also when a packager's note follows, as in
    Debian's "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"."""
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", version_output)
    return int(match.group(1)) if match else 0


def _tool_dirs() -> list[Path]:
    """Where PostgreSQL's client tools may be: the embedded server's own, then Debian's."""
    dirs = [Path(pgserver.__file__).parent / "pginstall" / "bin"]
    dirs += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    on_path = shutil.which("pg_dump")
    if on_path:
        dirs.append(Path(on_path).parent)
    return [d for d in dirs if (d / "pg_dump").exists() and (d / "pg_restore").exists()]


def pg_tools(server_major: int) -> Path:
    """The folder of pg_dump and pg_restore of the server's major version (or the nearest
    newer one: pg_dump reads older servers, never newer)."""
    found = []
    for d in _tool_dirs():
        out = subprocess.run(  # noqa: S603 # nosec B603
            [str(d / "pg_dump"), "--version"], capture_output=True, text=True, check=True
        ).stdout
        found.append((_major(out), d))
    for major, d in found:
        if major == server_major:
            return d
    newer = sorted((m, d) for m, d in found if m > server_major)
    if newer:
        return newer[0][1]
    raise CommandError(
        f"No pg_dump for PostgreSQL {server_major} (found: "
        f"{', '.join(str(m) for m, _ in found) or 'none'}). Install postgresql-client-"
        f"{server_major}."
    )


def _libpq(config: dict, dbname: str) -> tuple[list[str], dict[str, str]]:
    host = config.get("HOST") or config.get("OPTIONS", {}).get("host", "")
    args = ["--dbname", dbname, "--username", config["USER"]]
    if host:
        args += ["--host", host]
    if config.get("PORT"):
        args += ["--port", str(config["PORT"])]
    env = {**os.environ}
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = config["PASSWORD"]
    return args, env


def _connect(config: dict, dbname: str) -> psycopg.Connection:
    host = config.get("HOST") or config.get("OPTIONS", {}).get("host") or None
    return psycopg.connect(
        host=host,
        port=config.get("PORT") or None,
        user=config["USER"],
        password=config.get("PASSWORD") or None,
        dbname=dbname,
        autocommit=True,
    )


class Command(BaseCommand):
    help = (
        "Restore the latest backup (or a fresh pg_dump) into a scratch database, check its "
        "migrations and audit chain, report its counts, then drop it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dump", type=Path, help="A pg_dump custom-format file (-Fc).")
        parser.add_argument(
            "--backup-dir", type=Path, help="Restore the newest *.dump file in this folder."
        )
        parser.add_argument(
            "--checkpoints",
            type=Path,
            help="The exported checkpoint log (default: AUDIT_CHECKPOINT_LOG when it exists).",
        )
        parser.add_argument(
            "--keep", action="store_true", help="Leave the scratch database for inspection."
        )

    def _owner(self) -> dict:
        """The connection settings of the role that owns the database: it may create one."""
        live = connections["default"].settings_dict
        owner = settings.DATABASE_OWNER
        if owner is None or settings.DATABASE_AS_OWNER:
            return dict(live)
        return {**owner, "NAME": live["NAME"], "OPTIONS": dict(owner.get("OPTIONS", {}))}

    def handle(self, *args: Any, **options: Any) -> None:
        owner = self._owner()
        live_name = owner["NAME"]
        with _connect(owner, live_name) as conn:
            server_major = conn.info.server_version // 10000
        tools = pg_tools(server_major)
        workdir = Path(tempfile.mkdtemp(prefix="vhub-restore-drill-"))
        scratch = f"vhub_restore_drill_{int(time.time())}"
        started = time.monotonic()
        try:
            dump = self._dump(options, owner, live_name, tools, workdir)
            with _connect(owner, live_name) as conn:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
            self.stdout.write(f"Restoring {dump} into scratch database {scratch}")
            libpq_args, env = _libpq(owner, scratch)
            restored = subprocess.run(  # noqa: S603 # nosec B603
                [
                    str(tools / "pg_restore"),
                    *libpq_args,
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--single-transaction",
                    str(dump),
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            if restored.returncode != 0:
                raise CommandError(f"pg_restore failed: {restored.stderr.strip()[-2000:]}")
            self._check_copy(owner, scratch, options)
        finally:
            if not options["keep"]:
                with _connect(owner, live_name) as conn:
                    conn.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(scratch)
                        )
                    )
                self.stdout.write(f"Dropped scratch database {scratch}")
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(
            self.style.SUCCESS(f"Restore drill passed in {time.monotonic() - started:.1f} s.")
        )

    def _dump(self, options: Any, owner: Any, live_name: str, tools: Any, workdir: Any) -> Path:
        if options["dump"]:
            if not options["dump"].is_file():
                raise CommandError(f"No such dump: {options['dump']}")
            return options["dump"]
        if options["backup_dir"]:
            dumps = sorted(options["backup_dir"].glob("*.dump"), key=lambda p: p.stat().st_mtime)
            if not dumps:
                raise CommandError(f"No *.dump file in {options['backup_dir']}")
            return dumps[-1]
        dump = workdir / f"{live_name}.dump"
        self.stdout.write(f"No backup given: taking a fresh pg_dump of {live_name}")
        args, env = _libpq(owner, live_name)
        made = subprocess.run(  # noqa: S603 # nosec B603
            [str(tools / "pg_dump"), *args, "--format=custom", "--file", str(dump)],
            env=env,
            capture_output=True,
            text=True,
        )
        if made.returncode != 0:
            raise CommandError(f"pg_dump failed: {made.stderr.strip()[-2000:]}")
        return dump

    def _check_copy(self, owner: Any, scratch: Any, options: Any) -> None:
        """Point the default connection at the restored copy (as its owner) for the checks."""
        log = options["checkpoints"]
        if log is None and settings.AUDIT_CHECKPOINT_LOG:
            log = Path(settings.AUDIT_CHECKPOINT_LOG)
            log = log if log.exists() else None
        exported = []
        if log is not None:
            try:
                exported = read_log(log)
            except (OSError, CheckpointLogError) as exc:
                raise CommandError(f"Cannot read the checkpoint log: {exc}") from exc
        conn = connections["default"]
        saved = dict(conn.settings_dict)
        conn.close()
        conn.settings_dict.update({**owner, "NAME": scratch})
        try:
            executor = MigrationExecutor(conn)
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
            applied = len(executor.loader.applied_migrations)
            if pending:
                names = ", ".join(f"{m.app_label}.{m.name}" for m, _ in pending[:5])
                raise CommandError(f"The restored copy lacks {len(pending)} migrations: {names}")
            self.stdout.write(f"Migrations: all {applied} applied, none pending.")
            report = verify_chain(exported)
            if not report.ok:
                raise CommandError(
                    f"Audit trail in the restored copy {report.finding.upper()}: "
                    f"{report.problem} (first broken event: {report.first_broken_id})."
                )
            source = f"the exported log {log} and the copy's own" if log else "the copy's own"
            self.stdout.write(
                f"Audit chain intact: {report.checked} events, consistent with "
                f"{report.checkpoints} signed checkpoints ({source})."
            )
            if log is None:
                self.stdout.write(
                    self.style.WARNING(
                        "No exported checkpoint log given: the chain was checked against the "
                        "checkpoints inside the backup only (--checkpoints FILE)."
                    )
                )
            for label in COUNTED:
                model = apps.get_model(label)
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {model.objects.count()}")
        finally:
            conn.close()
            conn.settings_dict.clear()
            conn.settings_dict.update(saved)
