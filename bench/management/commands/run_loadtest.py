"""manage.py run_loadtest: locust, headless and time-bounded, against gunicorn on loopback."""

import csv
import json
import logging
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from bench.data import BENCH_PASSWORD, Volume, anchor_of, build
from bench.measures import Context, bench_client
from bench.report import RESULTS_DIR, machine
from bench.totp import totp_key


def _table(rows: list[dict]) -> str:
    lines = [
        "| endpoint | requests | failures | p50 ms | p95 ms | req/s |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['requests']} | {r['failures']} | {r['p50_ms']} | "
            f"{r['p95_ms']} | {r['rps']} |"
        )
    return "\n".join(lines)


def _authenticator_apps(usernames: list[str]) -> None:
    """Give each account the locust users sign in as a confirmed TOTP device with the key the
    locustfile derives, so the scenario passes two-factor sign-in like a person would."""
    if not apps.is_installed("django_otp.plugins.otp_totp"):
        return
    # Only once the app is known installed: its models cannot be imported otherwise.
    from django_otp.plugins.otp_totp.models import TOTPDevice

    for user in User.objects.filter(username__in=usernames):
        TOTPDevice.objects.filter(user=user).delete()
        TOTPDevice.objects.create(
            user=user, name="Benchmark", confirmed=True, key=totp_key(user.username)
        )


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "Run the locust scenario (bench/locustfile.py) headless for a bounded time."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0)
        parser.add_argument("--users", type=int, default=30)
        parser.add_argument("--spawn-rate", type=float, default=5)
        parser.add_argument("--time", default="60s", help="locust --run-time, e.g. 60s or 3m")
        parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")

    def handle(
        self,
        *args: Any,
        scale: Any,
        users: Any,
        spawn_rate: Any,
        time: Any,
        workers: Any,
        **options: Any,
    ) -> None:
        logging.getLogger("axes").setLevel(logging.WARNING)
        name = settings.DATABASES["default"]["NAME"]
        if "bench" not in name and not name.startswith("test_"):
            raise CommandError(f"Run against a benchmark database, not {name!r} (`make loadtest`).")
        stamp = build(Volume.at_scale(scale), log=self.stdout.write)
        ctx = Context(anchor=anchor_of(stamp), scale=scale, samples=0, naive_rows=0)
        ctx.remember_ids()
        token = bench_client(f"bench-load-{datetime.now():%H%M%S%f}")
        partners = list(
            User.objects.filter(username__startswith="bench.", groups__name="partner_user")
            .order_by("id")
            .values_list("username", flat=True)[:20]
        )
        _authenticator_apps(
            [f"bench.practitioner{i}" for i in range(30)] + partners  # as locustfile.py signs in
        )
        try:
            server = ctx.server(workers)
            with tempfile.TemporaryDirectory() as tmp:
                prefix = Path(tmp) / "load"
                env = {
                    **os.environ,
                    "BENCH_PASSWORD": BENCH_PASSWORD,
                    "BENCH_TOKEN": token,
                    "BENCH_PARTNER_USERS": ",".join(partners),
                }
                self.stdout.write(
                    f"locust: {users} users for {time} against {server.url} "
                    f"({server.workers} gunicorn workers)"
                )
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "locust",
                        "-f",
                        str(Path(__file__).parents[2] / "locustfile.py"),
                        "--headless",
                        "-u",
                        str(users),
                        "-r",
                        str(spawn_rate),
                        "--run-time",
                        time,
                        "--host",
                        server.url,
                        "--csv",
                        str(prefix),
                        "--only-summary",
                        "--loglevel",
                        "WARNING",
                        "--exit-code-on-error",
                        "0",
                    ],
                    env=env,
                    check=True,
                )
                with open(f"{prefix}_stats.csv") as stats:
                    rows = [
                        {
                            "name": row["Name"],
                            "requests": int(row["Request Count"]),
                            "failures": int(row["Failure Count"]),
                            "p50_ms": row["50%"],
                            "p95_ms": row["95%"],
                            "rps": round(float(row["Requests/s"]), 1),
                        }
                        for row in csv.DictReader(stats)
                    ]
                failures = Path(f"{prefix}_failures.csv").read_text()
        finally:
            ctx.cleanup()
        self.stdout.write(_table(rows))
        RESULTS_DIR.mkdir(exist_ok=True)
        path = RESULTS_DIR / f"loadtest-{datetime.now():%Y-%m-%dT%H%M%S}.json"
        path.write_text(
            json.dumps(
                {
                    "date": datetime.now().astimezone().isoformat(timespec="seconds"),
                    "scale": scale,
                    "users": users,
                    "run_time": time,
                    "gunicorn_workers": workers,
                    "machine": machine(),
                    "endpoints": rows,
                    "failures_csv": failures,
                },
                indent=2,
            )
        )
        self.stdout.write(f"Written to {path.relative_to(settings.BASE_DIR)}")
