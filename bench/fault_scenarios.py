"""The fault scenarios of `make faults` (bench/faults.py): kill -9 the Celery worker in the middle
of an SLA sweep, a re-prioritisation and an import; flush and restart the broker; restart
PostgreSQL under load.

This module imports Django's modules at its top, so it is imported only once the driver has
started the private servers (bench/fault_servers.py), pointed Django at them and set Django up.
"In the middle" is made certain, not hoped for: a scenario holds a lock the task needs, waits
until PostgreSQL shows the worker blocked on it part-way through its transaction, and only then
kills the worker.
"""

import json
import random
import threading
import time
from typing import Any

import psycopg
from django.core.files.base import ContentFile
from django.db import connection
from django.db.models import Count, F

from accounts.models import User
from bench.fault_servers import (
    ROOT,
    SCENARIO_NAMES,
    Outcome,
    PrivatePostgres,
    PrivateRedis,
    Servers,
    Web,
    Worker,
    get,
    wait_until,
)
from bench.measures import bench_client, intake_payload, write_import_file
from referrals.escalation import LEVEL_TIME_FIELD
from referrals.models import (
    OPEN_CLOCK_STATES,
    OPEN_STATUSES,
    Escalation,
    ImportJob,
    IncidentType,
    OutboxMessage,
    Referral,
    SlaClock,
)
from vhub.celery import app as celery
from vhub.clock import now

# Enough rows that the import (in batches of 100, each committed at once) is still running
# when the first batch is seen and the worker killed.
IMPORT_ROWS = 1000


class Scenarios:
    """The scenarios, each run against the servers the driver started."""

    def __init__(self, servers: Servers) -> None:
        self.servers = servers

    @property
    def pg(self) -> PrivatePostgres:
        return self.servers.pg

    @property
    def redis(self) -> PrivateRedis:
        return self.servers.redis

    @property
    def env(self) -> dict[str, str]:
        return self.servers.env

    @property
    def broken(self) -> str:
        return self.servers.broken

    @property
    def worker(self) -> Worker | None:
        return self.servers.worker

    # --- the worker and the database ------------------------------------------------------

    def start_worker(self) -> Worker:
        worker = self.servers.start_worker()
        wait_until(lambda: bool(celery.control.ping(timeout=1)), 90, "the worker")
        return worker

    def run_task(self, name: str, *args: Any, timeout: float = 300) -> Any:
        return celery.send_task(name, args=args).get(timeout=timeout)

    def send_task(self, name: str, *args: Any) -> None:
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

        wait_until(blocked, 120, f"the worker to block on {query_start!r}")

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

        wait_until(gone, 30, "the killed worker's transaction to end")
        connection.close()

    # --- scenarios ----------------------------------------------------------------------

    def referral_ids(self) -> set[int]:
        return set(Referral.objects.values_list("id", flat=True))

    def sweep_invariants(self, out: Outcome, at: Any) -> None:
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
        wait_until(
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
        out = Outcome("flush and restart the broker")
        web = Web(self.env, "bench.fault_breaks:application" if self.broken else "vhub.wsgi")
        web.start()
        try:
            self.start_worker()  # it sends a heartbeat through the broker when ready
            wait_until(lambda: get(f"{web.url}/readyz")[0] == 200, 60, "/readyz 200 before")
            out.check("/readyz 200 before", True)
            for _ in range(5):  # work queued when the broker dies is flushed with it
                self.send_task("referrals.tasks.sweep_sla")
            self.redis.flush_and_stop()
            status, body = get(f"{web.url}/readyz")
            out.check("/readyz 503 during the outage", status == 503, f"{status} {body[:80]}")
            out.check("pages still answer during the outage", get(f"{web.url}/healthz")[0] == 200)
            time.sleep(3)
            self.redis.start()  # same port, empty: every queued message is gone
            wait_until(lambda: get(f"{web.url}/readyz")[0] == 200, 60, "/readyz to recover")
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
            wait_until(
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
            connection.close()
            self.pg.stop()
            down_at = time.monotonic()
            time.sleep(1)
            ready, body = get(f"{web.url}/readyz")
            out.check("/readyz 503 while PostgreSQL is down", ready == 503, f"{ready} {body[:80]}")
            time.sleep(3)
            self.pg.start()
            up_at = time.monotonic()
            wait_until(lambda: get(f"{web.url}/readyz")[0] in (200, 503), 60, "web to answer")
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


SCENARIOS = {name: getattr(Scenarios, f"scenario_{name}") for name in SCENARIO_NAMES}


def run_scenarios(servers: Servers, names: list[str]) -> list[Outcome]:
    """Run the named scenarios in turn; one that raises is a failed outcome, not the end."""
    scenarios = Scenarios(servers)
    outcomes: list[Outcome] = []
    for name in names:
        print(f"  {name}:")
        try:
            outcomes.append(SCENARIOS[name](scenarios))
        except Exception as exc:
            outcome = Outcome(name)
            outcome.check("scenario ran", False, f"{type(exc).__name__}: {exc}")
            outcomes.append(outcome)
        finally:
            servers.stop_worker()
    return outcomes
