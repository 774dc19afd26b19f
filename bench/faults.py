"""Fault injection (`make faults`): kill -9 the Celery worker in the middle of an SLA sweep, a
re-prioritisation and an import; flush and restart the broker; restart PostgreSQL under load.

Everything runs against a private PostgreSQL (initdb under var/faults/, its own port) and a
private Redis (its own port), started and killed by this harness only: the machine's shared
servers are never touched. "In the middle" is made certain, not hoped for: the harness holds a
lock the task needs, waits until PostgreSQL shows the worker blocked on it part-way through its
transaction, and only then kills the worker.

`--break NAME` runs one scenario with its protection removed (bench/fault_breaks.py); the
scenario must then FAIL. bench/README.md records both runs.

Django's modules are imported inside the functions that use them, on purpose: the harness starts
its own PostgreSQL and Redis and sets the environment that points Django at them before Django
is set up, so nothing of Django may be imported when this module loads.
"""

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent
ROOT = BASE_DIR / "var" / "faults"
DB_NAME = "vhub_faults_bench"
# Enough rows that the import (in batches of 100, each committed at once) is still running
# when the first batch is seen and the worker killed.
IMPORT_ROWS = 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres account then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _pg_bin(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if found:
        return str(found[-1])
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"PostgreSQL's {name} is needed for the fault scenarios")
    return path


class PrivatePostgres:
    def __init__(self) -> None:
        self.data = ROOT / "pgdata"
        self.port = _free_port()
        self.log = ROOT / "postgres.log"

    def url(self, name: str = DB_NAME) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def init(self) -> None:
        ROOT.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(ROOT, "postgres")
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(
                _as_postgres(
                    [
                        _pg_bin("initdb"),
                        "-D",
                        str(self.data),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "-E",
                        "UTF8",
                    ]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c client_connection_check_interval=1000 -c max_connections=100"
        )
        subprocess.run(
            _as_postgres(
                [
                    _pg_bin("pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.log),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
        )

    def create_database(self) -> None:

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}"')
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


class PrivateRedis:
    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            if self.ping():
                return
            time.sleep(0.1)
        raise RuntimeError("private redis did not start")

    def ping(self) -> bool:
        done = subprocess.run(
            ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True
        )
        return done.stdout.strip() == "PONG"

    def flush_and_stop(self) -> None:
        subprocess.run(["redis-cli", "-p", str(self.port), "FLUSHALL"], capture_output=True)
        self.kill()

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


class Worker:
    """A Celery worker in its own process group, so kill -9 takes the pool children too."""

    def __init__(self, env: dict[str, str], app: str) -> None:
        self.env, self.app = env, app
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                self.app,
                "worker",
                "--concurrency",
                "1",
                "--loglevel",
                "WARNING",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=BASE_DIR,
            env=self.env,
            start_new_session=True,
            stdout=open(ROOT / "worker.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

    def kill9(self) -> None:
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()
            self.process = None


class Web:
    def __init__(self, env: dict[str, str], app: str) -> None:
        self.env, self.app = env, app
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                self.app,
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--timeout",
                "30",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=self.env,
            start_new_session=True,
            stdout=open(ROOT / "web.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        _wait(lambda: get(f"{self.url}/healthz")[0] == 200, 60, "gunicorn to start")

    def stop(self) -> None:
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
            self.process = None


def get(
    url: str, headers: dict[str, str] | None = None, data: bytes | None = None
) -> tuple[int, str]:
    # S310: the URLs are the harness's own http:// loopback addresses, never a file: scheme.
    request = urllib.request.Request(url, headers=headers or {}, data=data)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")
    except OSError as exc:
        return 0, str(exc)


def _wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:  # noqa: S110 - the condition's dependency may still be down
            pass
        time.sleep(0.3)
    raise TimeoutError(f"timed out waiting for {what}")


@dataclass
class Outcome:
    scenario: str
    checks: list[tuple[str, bool, str]] = field(default_factory=list)

    def check(self, name: str, passed: bool, detail: object = "") -> None:
        self.checks.append((name, bool(passed), str(detail)[:300]))
        print(f"    {'ok  ' if passed else 'FAIL'} {name} {detail if not passed else ''}")

    @property
    def passed(self) -> bool:
        return all(p for _, p, _ in self.checks)


class Harness:
    def __init__(self, broken: str = "") -> None:
        self.broken = broken
        self.pg = PrivatePostgres()
        self.redis = PrivateRedis()
        self.env: dict[str, str] = {}
        self.worker: Worker | None = None

    # --- set-up -------------------------------------------------------------------------

    def setup(self) -> None:
        self.pg.init()
        self.pg.start()
        self.pg.create_database()
        self.redis.start()
        self.env = {
            **{
                k: v
                for k, v in os.environ.items()
                if k not in ("REDIS_URL", "DATABASE_URL", "DATABASE_OWNER_URL")
            },
            "DATABASE_URL": self.pg.url(),
            "REDIS_URL": self.redis.url,
            "DEBUG": "false",
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "PRIVATE_MEDIA_ROOT": str(ROOT / "private"),
            "FAULT_BREAK": self.broken,
            "DJANGO_SETTINGS_MODULE": "vhub.settings",
            "LOG_LEVEL": "WARNING",
        }
        os.environ.update(self.env)
        manage = [sys.executable, "manage.py"]
        subprocess.run(
            [*manage, "migrate", "--no-input", "--skip-checks", "-v", "0"],
            cwd=BASE_DIR,
            env=self.env,
            check=True,
        )
        subprocess.run(
            [*manage, "make_bench_data", "--scale", "0.004", "--force"],
            cwd=BASE_DIR,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        import django

        django.setup()

    def teardown(self) -> None:
        if self.worker:
            self.worker.stop()
        self.redis.kill()
        self.pg.stop()

    def start_worker(self) -> Worker:
        app = "bench.fault_breaks" if self.broken else "vhub"
        self.worker = Worker(self.env, app)
        self.worker.start()
        from vhub.celery import app as celery

        _wait(lambda: bool(celery.control.ping(timeout=1)), 90, "the worker")
        return self.worker

    def run_task(self, name: str, *args: Any, timeout: float = 300) -> Any:
        from vhub.celery import app as celery

        return celery.send_task(name, args=args).get(timeout=timeout)

    def send_task(self, name: str, *args: Any) -> None:
        from vhub.celery import app as celery

        celery.send_task(name, args=args)

    def lock(self, sql: str) -> Any:
        """A separate connection holding a lock until its transaction ends."""

        conn = psycopg.connect(self.pg.url())
        conn.execute(sql)
        return conn

    def wait_blocked(self, query_start: str) -> None:

        def blocked() -> bool:
            with psycopg.connect(self.pg.url(), autocommit=True) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query ILIKE %s",
                    [f"%{query_start}%"],
                ).fetchone()
                return bool(row and row[0])

        _wait(blocked, 120, f"the worker to block on {query_start!r}")

    def kill_worker_mid(self, task: str, lock_sql: str, blocked_on: str) -> None:
        holder = self.lock(lock_sql)
        self.send_task(task)
        self.wait_blocked(blocked_on)
        if self.worker is not None:
            self.worker.kill9()
        time.sleep(1.5)
        holder.rollback()
        holder.close()
        # Wait until the killed worker's orphaned transaction is gone.

        def gone() -> bool:
            with psycopg.connect(self.pg.url(), autocommit=True) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE query ILIKE %s "
                    "AND state <> 'idle' AND pid <> pg_backend_pid()",
                    [f"%{blocked_on}%"],
                ).fetchone()
                return not (row and row[0])

        _wait(gone, 30, "the killed worker's transaction to end")
        from django.db import connection

        connection.close()

    # --- scenarios ----------------------------------------------------------------------

    def referral_ids(self) -> set[int]:
        from referrals.models import Referral

        return set(Referral.objects.values_list("id", flat=True))

    def sweep_invariants(self, out: Outcome, at: Any) -> None:
        from django.db.models import Count

        from referrals.escalation import LEVEL_TIME_FIELD
        from referrals.models import OPEN_CLOCK_STATES, Escalation, OutboxMessage, SlaClock

        open_clocks = SlaClock.objects.filter(state__in=OPEN_CLOCK_STATES)
        out.check(
            "no clock left on track past its warning time",
            not open_clocks.filter(state="on_track", warn_at__lte=at).exists(),
        )
        out.check(
            "no clock left unbreached past its due time",
            not open_clocks.filter(state__in=("on_track", "at_risk"), due_at__lte=at).exists(),
        )
        missing = 0
        for level, time_field in LEVEL_TIME_FIELD.items():
            missing += (
                open_clocks.filter(**{f"{time_field}__lte": at})
                .exclude(escalations__level=level)
                .count()
            )
        out.check("no missing escalation", missing == 0, f"{missing} clock-levels unescalated")
        dupes = (
            Escalation.objects.values("clock_id", "level", "recipient_id")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .count()
        )
        out.check("no duplicate escalation", dupes == 0, f"{dupes} duplicated")
        out.check(
            "one outbox message per escalation",
            OutboxMessage.objects.count() == Escalation.objects.count(),
            f"{OutboxMessage.objects.count()} vs {Escalation.objects.count()}",
        )

    def scenario_sweep(self) -> Outcome:
        from referrals.models import Escalation, SlaClock
        from vhub.clock import now

        out = Outcome("kill -9 the worker in the middle of an SLA sweep")
        # Give the sweep a lot to do: every open clock back to on track, its ledger emptied (and
        # the rungs each counts as escalated with it).
        Escalation.objects.all().delete()
        SlaClock.objects.filter(state__in=("at_risk", "breached")).update(
            state="on_track", breached_at=None
        )
        SlaClock.objects.update(escalated_levels=0)
        before = dict(SlaClock.objects.values_list("id", "state"))
        referrals = self.referral_ids()
        self.start_worker()
        self.kill_worker_mid(
            "referrals.tasks.sweep_sla",
            "LOCK TABLE referrals_escalation IN EXCLUSIVE MODE",
            "INSERT INTO referrals_escalation",
        )
        after_kill = dict(SlaClock.objects.values_list("id", "state"))
        out.check(
            "the killed sweep left nothing half-done (clock states unchanged)",
            after_kill == before,
            f"{sum(after_kill[k] != before[k] for k in before)} clocks changed",
        )
        out.check("the killed sweep wrote no ledger rows", Escalation.objects.count() == 0)
        self.start_worker()
        at = now()
        self.run_task("referrals.tasks.sweep_sla")
        self.sweep_invariants(out, at)
        out.check("no referral lost", self.referral_ids() == referrals)
        return out

    def scenario_reprioritise(self) -> Outcome:
        from django.db.models import F

        from referrals.models import OPEN_STATUSES, IncidentType, Referral

        out = Outcome("kill -9 the worker in the middle of a re-prioritisation")
        open_rows = Referral.objects.filter(status__in=OPEN_STATUSES)
        before = dict(open_rows.values_list("id", "priority_score"))
        # A changed weight, written outside the admin: every open referral's score must change
        # when the full run (hourly) reaches it.
        IncidentType.objects.update(priority_weight=F("priority_weight") + 1000)
        middle = sorted(before)[len(before) // 2]
        self.start_worker()
        self.kill_worker_mid(
            "referrals.tasks.reprioritise_all",
            f"SELECT 1 FROM referrals_referral WHERE id = {middle} FOR UPDATE",
            "WITH target AS",  # the statement's start: pg_stat_activity truncates it
        )
        after_kill = dict(open_rows.values_list("id", "priority_score"))
        changed = sum(after_kill[k] != before[k] for k in before)
        out.check(
            "the killed job left nothing half-done (no score changed)",
            changed == 0,
            f"{changed} of {len(before)} scores changed",
        )
        self.start_worker()
        self.run_task("referrals.tasks.reprioritise_all")
        rows = list(open_rows.values_list("priority_score", "priority_breakdown"))
        consistent = all(
            score == sum(part["points"] for part in breakdown) for score, breakdown in rows
        )
        out.check("every score equals the sum of its breakdown", consistent)
        final = dict(open_rows.values_list("id", "priority_score"))
        out.check(
            "the re-run reached every open referral",
            all(final[k] != before[k] for k in before),
            f"{sum(final[k] == before[k] for k in before)} unchanged",
        )
        out.check("no referral lost", set(before) <= self.referral_ids())
        return out

    def scenario_import(self) -> Outcome:
        from django.core.files.base import ContentFile

        from accounts.models import User
        from bench.measures import write_import_file
        from referrals.models import ImportJob, Referral
        from vhub.clock import now

        out = Outcome("kill -9 the worker in the middle of an import, then resume it")
        path = ROOT / "backlog.csv"
        tag = f"faults-{time.time_ns()}"
        write_import_file(path, IMPORT_ROWS, tag)
        job = ImportJob(
            original_name="backlog.csv",
            uploaded_by=User.objects.filter(username__startswith="bench.manager").first(),
            created_at=now(),
        )
        job.file.save("backlog.csv", ContentFile(path.read_bytes()))
        if self.broken == "import":
            with self.lock("SELECT 1") as conn:
                conn.execute("DROP INDEX IF EXISTS referral_external_id_unique")
                conn.commit()
        referrals = self.referral_ids()
        self.start_worker()
        self.send_task("referrals.tasks.run_import", job.pk)
        _wait(
            lambda: Referral.objects.filter(external_id__startswith=tag).count() >= 60,
            300,
            "the import to be part-way",
        )
        if self.worker is not None:
            self.worker.kill9()
        part = Referral.objects.filter(external_id__startswith=tag).count()
        out.check("the import was killed part-way", 0 < part < IMPORT_ROWS, f"{part} rows imported")
        self.start_worker()
        self.run_task("referrals.tasks.run_import", job.pk, timeout=600)
        imported = Referral.objects.filter(external_id__startswith=tag)
        distinct = imported.values("external_id").distinct().count()
        out.check("every row imported once resumed", distinct == IMPORT_ROWS, distinct)
        out.check(
            "no duplicate referral",
            imported.count() == distinct,
            f"{imported.count()} referrals for {distinct} rows",
        )
        job.refresh_from_db()
        out.check("the job finished", job.status == ImportJob.Status.DONE, job.status)
        out.check("no referral lost", referrals <= self.referral_ids())
        return out

    def scenario_broker(self) -> Outcome:
        from referrals.models import Escalation, SlaClock
        from vhub.clock import now

        out = Outcome("flush and restart the broker")
        web = Web(self.env, "bench.fault_breaks:application" if self.broken else "vhub.wsgi")
        web.start()
        try:
            self.start_worker()  # it sends a heartbeat through the broker when ready
            _wait(lambda: get(f"{web.url}/readyz")[0] == 200, 60, "/readyz 200 before")
            out.check("/readyz 200 before", True)
            for _ in range(5):  # work queued when the broker dies is flushed with it
                self.send_task("referrals.tasks.sweep_sla")
            self.redis.flush_and_stop()
            status, body = get(f"{web.url}/readyz")
            out.check("/readyz 503 during the outage", status == 503, f"{status} {body[:80]}")
            out.check("pages still answer during the outage", get(f"{web.url}/healthz")[0] == 200)
            time.sleep(3)
            self.redis.start()  # same port, empty: every queued message is gone
            _wait(lambda: get(f"{web.url}/readyz")[0] == 200, 60, "/readyz to recover")
            out.check("/readyz 200 after, without restarting web", True)
            Escalation.objects.all().delete()
            SlaClock.objects.filter(state__in=("at_risk", "breached")).update(
                state="on_track", breached_at=None
            )
            SlaClock.objects.update(escalated_levels=0)
            at = now()
            # The same worker process, reconnected by itself, runs beat's next tick. Its effect
            # is awaited in the database: a result subscription does not survive a flush.
            self.send_task("referrals.tasks.sweep_sla")
            _wait(
                lambda: (
                    Escalation.objects.exists()
                    and not SlaClock.objects.filter(state="on_track", warn_at__lte=at).exists()
                ),
                120,
                "the sweep after the broker restart",
            )
            out.check("the worker recovered without a restart", True)
            self.sweep_invariants(out, at)
        finally:
            web.stop()
        return out

    def scenario_postgres(self) -> Outcome:

        from bench.measures import bench_client, intake_payload

        out = Outcome("restart PostgreSQL under load")
        env = dict(self.env)
        if self.broken == "postgres":
            env["DEBUG"] = "true"
        web = Web(env, "vhub.wsgi")
        web.start()
        token = bench_client(f"bench-faults-{time.time_ns() % 10**8}")

        rng = random.Random(5)
        answers: list[tuple[str, int, str, float]] = []
        stop = threading.Event()

        def load() -> None:
            i = 0
            while not stop.is_set():
                i += 1
                payload = intake_payload(f"pg-{i}-{time.time_ns()}", rng)
                status, body = get(
                    f"{web.url}/api/v1/referrals/",
                    headers={
                        "Authorization": f"Bearer {token}",
                        "Content-Type": "application/json",
                    },
                    data=json.dumps(payload).encode(),
                )
                answers.append((payload["external_id"], status, body, time.monotonic()))
                page = get(f"{web.url}/login/")
                answers.append(("page", page[0], page[1], time.monotonic()))

        threads = [threading.Thread(target=load) for _ in range(3)]
        for t in threads:
            t.start()
        try:
            time.sleep(3)
            from django.db import connection

            connection.close()
            self.pg.stop()
            down_at = time.monotonic()
            time.sleep(1)
            ready, body = get(f"{web.url}/readyz")
            out.check("/readyz 503 while PostgreSQL is down", ready == 503, f"{ready} {body[:80]}")
            time.sleep(3)
            self.pg.start()
            up_at = time.monotonic()
            _wait(lambda: get(f"{web.url}/readyz")[0] in (200, 503), 60, "web to answer")
            time.sleep(3)
        finally:
            stop.set()
            for t in threads:
                t.join()
        during = [a for a in answers if down_at <= a[3] <= up_at]
        failed = [a for a in during if a[1] >= 500 or a[1] == 0]
        out.check("requests failed during the outage", len(failed) > 0, f"{len(during)} during")
        leaked = [a for a in answers if "Traceback" in a[2] or "psycopg" in a[2]]
        out.check(
            "failures were clean (no traceback, no driver message)",
            not leaked,
            leaked[0][2][:200] if leaked else "",
        )
        out.check(
            "failures answered 500/503, never a dropped connection",
            all(a[1] in (500, 502, 503) for a in failed),
            sorted({a[1] for a in failed}),
        )
        after = [a for a in answers if a[3] > up_at + 2]
        out.check(
            "requests succeed again without restarting web",
            bool(after) and all(a[1] in (200, 201) for a in after),
            sorted({a[1] for a in after}),
        )
        from referrals.models import Referral

        accepted = {a[0] for a in answers if a[1] == 201}
        stored = set(
            Referral.objects.filter(external_id__in=accepted).values_list("external_id", flat=True)
        )
        out.check(
            "no accepted referral lost",
            accepted == stored,
            f"{len(accepted - stored)} of {len(accepted)} missing",
        )
        web.stop()
        return out


SCENARIOS = {
    "sweep": Harness.scenario_sweep,
    "reprioritise": Harness.scenario_reprioritise,
    "import": Harness.scenario_import,
    "broker": Harness.scenario_broker,
    "postgres": Harness.scenario_postgres,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench faults")
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), default=None)
    parser.add_argument(
        "--break",
        dest="broken",
        choices=sorted(SCENARIOS),
        default="",
        help="remove this scenario's protection; the scenario must then fail",
    )
    args = parser.parse_args(argv)
    names = [args.broken] if args.broken else (args.only or list(SCENARIOS))
    harness = Harness(args.broken)
    started = time.monotonic()
    outcomes: list[Outcome] = []
    try:
        print(f"Private PostgreSQL on :{harness.pg.port}, Redis on :{harness.redis.port}")
        harness.setup()
        for name in names:
            print(f"  {name}:")
            try:
                outcomes.append(SCENARIOS[name](harness))
            except Exception as exc:
                outcome = Outcome(name)
                outcome.check("scenario ran", False, f"{type(exc).__name__}: {exc}")
                outcomes.append(outcome)
            finally:
                if harness.worker:
                    harness.worker.stop()
    finally:
        harness.teardown()
    print()
    for outcome in outcomes:
        print(f"{'PASS' if outcome.passed else 'FAIL'}  {outcome.scenario}")
    print(f"{time.monotonic() - started:.0f} s")
    ok = all(o.passed for o in outcomes)
    if args.broken:
        print("protection removed: the scenario", "FAILED as it must" if not ok else "PASSED (bad)")
        return 0 if not ok else 1
    return 0 if ok else 1
