"""The benchmark tooling itself, at a tiny scale, so it cannot rot (timings are never asserted)."""

import json
import socket
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection

from audit.verify import verify_chain
from bench.data import Volume, _store_stamp, build, keeps_data_across_migrations, stored_stamp
from bench.measures import (
    NO_ANSWER,
    REGISTRY,
    Context,
    Measure,
    Result,
    _post_intake,
    rolled_back,
    vacuum_as_autovacuum_would,
)
from bench.report import ResultsFile, ratio, run_all, table
from partners.inbox import inbox_keys
from partners.models import Share
from referrals.models import OPEN_STATUSES, Referral, ReferralSubject, SlaClock
from tests.factories import child, submit_referral

TINY = Volume.at_scale(0.001)


@pytest.fixture
def bench_data(db):
    return build(TINY, log=lambda line: None)


def test_bench_data_has_the_shape_asked_for_and_a_valid_audit_chain(bench_data) -> None:
    assert Referral.objects.count() == TINY.referrals
    assert Referral.objects.filter(status__in=OPEN_STATUSES).count() == TINY.open
    assert bench_data["counts"]["shares"] <= TINY.shares
    assert SlaClock.objects.filter(state="breached").exists()
    # every open referral was scored after the data was written
    assert not Referral.objects.filter(status__in=OPEN_STATUSES, priority_breakdown={}).exists()
    # every share's stored inbox order was computed from what was written
    keys = inbox_keys()
    shares = Share.objects.annotate(**{f"fresh_{k}": v for k, v in keys.items()})
    assert shares.exists()
    assert all(getattr(s, k) == getattr(s, f"fresh_{k}") for s in shares for k in keys)
    assert shares.filter(inbox_due_at__isnull=False).exists()
    report = verify_chain()
    assert report.ok
    assert report.checked == bench_data["counts"]["audit events"]


def test_unchanged_parameters_reuse_the_data(bench_data) -> None:
    said: list[str] = []
    again = build(TINY, log=said.append)
    assert again["fingerprint"] == bench_data["fingerprint"] == stored_stamp()["fingerprint"]
    assert said[0].startswith("Benchmark data reused")
    assert Volume.at_scale(0.002).fingerprint() != TINY.fingerprint()


def test_the_stamp_is_a_row_of_the_database_so_a_copy_of_it_carries_it(bench_data) -> None:
    # `createdb -T` copies tables but not the database's comment, where the stamp used to be.
    with connection.cursor() as cursor:
        cursor.execute("SELECT stamp FROM bench_data_stamp")
        [(stamp,)] = cursor.fetchall()
    assert json.loads(stamp) == bench_data


def test_keep_data_survives_a_new_migration_only_when_asked(bench_data, monkeypatch) -> None:
    # As if a migration had been applied since the build: the stored fingerprint differs.
    _store_stamp({**bench_data, "fingerprint": "before-a-migration"})
    said: list[str] = []
    monkeypatch.setenv("BENCH_KEEP_DATA", "1")
    kept = build(TINY, log=said.append)
    assert len(said) == 1
    assert said[0].startswith("Benchmark data kept across new migrations")
    assert kept["built_at"] == bench_data["built_at"]
    assert stored_stamp()["fingerprint"] == TINY.fingerprint()
    # Another volume is never kept: its data would not be what the measures assume.
    other = Volume.at_scale(0.0011)
    assert other != TINY
    assert not keeps_data_across_migrations(other, stored_stamp())
    monkeypatch.delenv("BENCH_KEEP_DATA")
    assert not keeps_data_across_migrations(TINY, stored_stamp())


def test_in_process_measures_run_and_their_baselines_agree(bench_data) -> None:
    from bench.data import anchor_of

    ctx = Context(anchor=anchor_of(bench_data), scale=0.001, samples=2, naive_rows=10)
    rows = {}
    for name in (
        "queue_page",
        "referral_page",
        "reprioritise",
        "sla_sweep",
        "dashboard",
        "capacity",
    ):
        rows[name] = REGISTRY[name].run(ctx)
    assert rows["queue_page"].detail["queries_constant"]
    assert rows["queue_page"].detail["baseline_queries_page_1"] > max(
        rows["queue_page"].detail["queries_by_page"].values()
    )
    # The referral page's naive lists cost more statements than the selector's.
    assert (
        rows["referral_page"].detail["baseline_queries_max"]
        > rows["referral_page"].detail["queries_max"]
    )
    assert rows["reprioritise"].detail["baseline_agrees_with_sql"] == "10/10"
    assert rows["sla_sweep"].detail["open_clocks"] > 0
    assert rows["sla_sweep"].detail["first_sweep_in_process_s"] > 0  # timed warm, cold beside
    # The dashboard's SQL figures (past days from the daily statistics) equal the naive counts.
    assert rows["dashboard"].detail["baseline_agrees_with_sql"] == "6/6"
    assert all(r.value is not None and r.baseline is not None for r in rows.values())
    text = table(
        [
            {"label": n, "target": "", "unit": "", "value": r.value, "baseline": r.baseline,
             "baseline_label": "", "ratio": ratio(r, False), "met": r.met, "detail": r.detail,
             "note": r.note}
            for n, r in rows.items()
        ]
    )  # fmt: skip
    assert text.count("\n") == len(rows) + 1


def test_measures_leave_the_data_as_built(bench_data) -> None:
    before = list(Referral.objects.order_by("id").values_list("id", "priority_score", "status"))
    with rolled_back():
        Referral.objects.update(priority_score=-1)
    after = list(Referral.objects.order_by("id").values_list("id", "priority_score", "status"))
    assert after == before


def test_cleanup_recounts_the_children_an_added_referral_counted_for(bench_data, officer) -> None:
    """The intake and import measures add referrals, some about children already known; once
    they are removed, those children's repeat counts and priorities are as built again (a
    stale count made the dashboard's repeat children disagree with the rows on kept data)."""

    from bench.data import anchor_of

    def counts() -> list[tuple]:
        return list(
            ReferralSubject.objects.filter(role="child")
            .order_by("id")
            .values_list("id", "repeat_short", "repeat_long", "probable_short", "probable_long")
        )

    def priorities() -> list[tuple]:
        return list(Referral.objects.order_by("id").values_list("id", "priority_score"))

    ctx = Context(anchor=anchor_of(bench_data), scale=0.001, samples=2, naive_rows=10)
    ctx.remember_ids()
    before, scores = counts(), priorities()
    latest = (
        ReferralSubject.objects.filter(role="child", referral__status__in=OPEN_STATUSES)
        .select_related("person", "referral")
        .latest("referral__incident_at")
    )
    known = latest.person
    # An incident just before the known child's latest: counts run up to each incident.
    submit_referral(
        officer,
        incident_at=latest.referral.incident_at - timedelta(hours=1),
        children=[
            child(
                first_name=known.first_name,
                last_name=known.last_name,
                date_of_birth=known.date_of_birth,
                address=known.address,
                postcode=known.postcode,
            )
        ],
    )
    assert counts()[: len(before)] != before  # the known child now counts the added referral
    ctx.cleanup()
    assert counts() == before
    assert priorities() == scores


class _Interrupted(BaseException):
    """What Ctrl-C or a stopped run looks like to the loop: not an ordinary failure."""


def test_a_stopped_run_keeps_the_figures_of_the_measures_that_ended(tmp_path, monkeypatch) -> None:
    """A scale-5 run can spend an hour in one measure; stopping it must not lose the others."""

    events: list[str] = []

    def vacuum() -> list[str]:
        events.append("vacuum")
        return ["referrals_referral"]

    monkeypatch.setattr("bench.report.vacuum_as_autovacuum_would", vacuum)

    class Ctx:
        def remember_ids(self) -> None:
            events.append("remember")

        def cleanup(self) -> None:
            events.append("cleanup")

    def fast(ctx: object) -> Result:
        events.append("fast")
        return Result(0.5, 2.0, True)

    def stopped(ctx: object) -> Result:
        events.append("slow")
        raise _Interrupted

    registry = {
        "fast": Measure("fast", "Fast", "≤ 1 s", "s", "naive", False, fast),
        "slow": Measure("slow", "Slow", "≤ 1 s", "s", "naive", False, stopped),
    }
    results = ResultsFile({"volume": {}}, 5.0, directory=tmp_path)
    lines: list[str] = []
    ctx = Ctx()
    with pytest.raises(_Interrupted):
        run_all(ctx, log=lines.append, on_row=results.write, registry=registry)

    written = json.loads(results.path.read_text())
    assert written["complete"] is False
    assert [m["name"] for m in written["measures"]] == ["fast"]
    assert written["measures"][0]["value"] == 0.5
    assert written["measures"][0]["ratio"] == 4.0
    assert len(written["measures"][0]["load_average_at_end"]) == 3
    assert any(line.strip().startswith("| Fast |") for line in lines)  # printed as it ended
    assert written["measures"][0]["vacuumed_first"] == ["referrals_referral"]
    # Before each measure the tables are vacuumed as autovacuum would have; what a measure
    # added is removed before the next one runs, and again when the run stops.
    assert events[:6] == ["remember", "vacuum", "fast", "cleanup", "vacuum", "slow"]
    assert events[-1] == "cleanup"
    assert list(tmp_path.iterdir()) == [results.path]  # no half-written file left beside it

    results.write(written["measures"], complete=True)
    assert json.loads(results.path.read_text())["complete"] is True


def test_intake_clients_count_a_request_nobody_answered_as_an_error() -> None:
    """A client thread whose connection is refused or reset must record a failed request and
    go on, not die: the rate once read as if a dead thread's payloads had never been sent."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            if self.headers.get("Authorization") == "Bearer good":
                self.send_response(201)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:  # hang up without an answer
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        _, answered, _ = _post_intake(url, "good", [{"n": i} for i in range(6)], 3)
        _, unanswered, _ = _post_intake(url, "bad", [{"n": i} for i in range(6)], 3)
    finally:
        server.shutdown()
    assert answered == [201] * 6
    assert unanswered == [NO_ANSWER] * 6  # every payload accounted for, none silently dropped


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_tables_past_autovacuums_rule_are_vacuumed_before_a_measure_is_timed() -> None:
    """Outside a transaction (as `bench run` measures), a table whose dead rows outnumber
    50 + 20% of its live ones is vacuumed, as autovacuum would have; its dead rows are gone."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE bench_vacuum_probe (n integer)")
        try:
            cursor.execute("INSERT INTO bench_vacuum_probe SELECT generate_series(1, 1000)")
            cursor.execute("DELETE FROM bench_vacuum_probe WHERE n > 10")  # 990 dead, 10 live
            # Statistics reach the shared counters when the next transaction ends.
            cursor.execute("SELECT pg_stat_force_next_flush()")
            cursor.execute("SELECT 1")
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            assert "bench_vacuum_probe" in vacuum_as_autovacuum_would()
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'bench_vacuum_probe'"
            )
            assert cursor.fetchone() == (0,)
        finally:
            cursor.execute("DROP TABLE bench_vacuum_probe")


def test_nothing_is_vacuumed_inside_a_transaction(db) -> None:
    # VACUUM cannot run in a transaction block: the tests' own measures skip it.
    assert vacuum_as_autovacuum_would() == []
