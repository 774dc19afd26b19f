"""`python -m bench {run,data,loadtest,faults}`: what `make bench`, `make loadtest` and
`make faults` call. It points Django at the benchmark database (never the application's),
migrates it, then hands over to the management command."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bench.database import bench_database_url
from bench.faults import main as faults_main

BASE_DIR = Path(__file__).resolve().parent.parent


def _manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env["DATABASE_URL"] = bench_database_url()
    # The bench database's URL (an administrator's) serves migrations too: never the owner URL
    # of the application's own database.
    env.pop("DATABASE_OWNER_URL", None)
    # No broker: nothing the measures do may reach a shared Redis or another engineer's worker.
    env.pop("REDIS_URL", None)
    env["CELERY_TASK_ALWAYS_EAGER"] = "true"
    env.setdefault("DEBUG", "false")
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("what", choices=["run", "data", "loadtest", "faults"])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE", "1")))
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="passed to the command")
    args = parser.parse_args(argv)
    if args.what == "faults":
        # The harness starts its own servers and sets Django up itself (bench/faults.py).
        return faults_main(args.rest)
    env = bench_env()
    _manage("migrate", "--no-input", "--skip-checks", "-v", "0", env=env)
    scale = ["--scale", str(args.scale)]
    command = {"run": "run_bench", "data": "make_bench_data", "loadtest": "run_loadtest"}
    _manage(command[args.what], *scale, *args.rest, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
