"""Fault injection (`make faults`): kill -9 the Celery worker in the middle of an SLA sweep, a
re-prioritisation and an import; flush and restart the broker; restart PostgreSQL under load.

Everything runs against a private PostgreSQL (initdb under var/faults/, its own port) and a
private Redis (its own port), started and killed by this harness only: the machine's shared
servers are never touched.

`--break NAME` runs one scenario with its protection removed (bench/fault_breaks.py); the
scenario must then FAIL. bench/README.md records both runs.

The harness is three modules, split where Django may first be loaded: bench/fault_servers.py
(the servers and processes; no Django), this driver (it starts the servers, points Django's
settings at them and sets Django up), and bench/fault_scenarios.py (the scenarios, importing
Django's modules at their top), imported only after that.
"""

import argparse
import time

import django

from bench.fault_servers import SCENARIO_NAMES, Outcome, Servers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench faults")
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIO_NAMES), default=None)
    parser.add_argument(
        "--break",
        dest="broken",
        choices=sorted(SCENARIO_NAMES),
        default="",
        help="remove this scenario's protection; the scenario must then fail",
    )
    args = parser.parse_args(argv)
    names = [args.broken] if args.broken else (args.only or list(SCENARIO_NAMES))
    servers = Servers(args.broken)
    started = time.monotonic()
    outcomes: list[Outcome] = []
    try:
        print(f"Private PostgreSQL on :{servers.pg.port}, Redis on :{servers.redis.port}")
        servers.setup()
        django.setup()
        # Django's settings read the private servers' addresses only now: the scenarios (which
        # import models) may not be loaded before.
        from bench.fault_scenarios import run_scenarios

        outcomes = run_scenarios(servers, names)
    finally:
        servers.teardown()
    print()
    for outcome in outcomes:
        print(f"{'PASS' if outcome.passed else 'FAIL'}  {outcome.scenario}")
    print(f"{time.monotonic() - started:.0f} s")
    ok = all(o.passed for o in outcomes)
    if args.broken:
        print("protection removed: the scenario", "FAILED as it must" if not ok else "PASSED (bad)")
        return 0 if not ok else 1
    return 0 if ok else 1
