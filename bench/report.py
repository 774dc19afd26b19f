"""Running the registered measures, and the table and JSON they produce."""

import json
import os
import platform
import subprocess
import time
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.measures import (
    REGISTRY,
    REGISTRY_RESULTS,
    Context,
    Measure,
    Result,
    vacuum_as_autovacuum_would,
)

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, object]:
    model = ""
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (line.split(":", 1)[1].strip() for line in lscpu.splitlines() if "Model name" in line),
            "",
        )
    except OSError:
        pass
    memory_gb = 0.0
    try:
        with open("/proc/meminfo") as meminfo:
            memory_gb = round(int(meminfo.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_gb": memory_gb,
        "cpu": model,
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def run_all(
    ctx: Context,
    only: list[str] | None = None,
    log: Any = print,
    *,
    on_row: Callable[[list[dict]], object] | None = None,
    registry: Mapping[str, Measure] = REGISTRY,
) -> list[dict]:
    """Run the measures in order. `on_row` is given the rows so far as each measure finishes,
    so a run stopped part-way (a scale-5 measure can run for an hour) keeps what it measured."""
    rows: list[dict] = []
    ctx.remember_ids()
    try:
        for name, m in registry.items():
            if only and name not in only:
                continue
            log(f"  measuring {m.label} …")
            # Each measure sees the tables as a hub with autovacuum on would: the earlier
            # measures' rolled-back rewrites (re-prioritisation, the re-read) leave dead rows
            # that the benchmark's server, autovacuum off, would otherwise keep.
            vacuumed = vacuum_as_autovacuum_would()
            started = time.perf_counter()
            try:
                result = m.run(ctx)
            except Exception as exc:  # one broken measure must not hide the others
                traceback.print_exc()
                result = Result(value=None, met=False, note=f"failed: {type(exc).__name__}: {exc}")
            finally:
                # What the intake and import measures added goes before the next measure, so
                # each measures the data as built: the dashboard's baseline once disagreed on
                # repeat children because the import's probable matches were still there.
                ctx.cleanup()
            REGISTRY_RESULTS[name] = result
            rows.append(
                {
                    "name": name,
                    "label": m.label,
                    "target": m.target,
                    "unit": m.unit,
                    "value": result.value,
                    "baseline": result.baseline,
                    "baseline_label": m.baseline_label,
                    "ratio": ratio(result, m.higher_is_better),
                    "met": result.met,
                    "detail": result.detail,
                    "note": result.note,
                    "seconds": round(time.perf_counter() - started, 1),
                    "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
                    "vacuumed_first": vacuumed,
                }
            )
            log(f"    {_row(rows[-1])}")
            if on_row is not None:
                on_row(rows)
    finally:
        ctx.cleanup()
    return rows


def ratio(result: Result, higher_is_better: bool) -> float | None:
    """How many times better than the baseline (above 1 is better)."""
    if not result.value or not result.baseline:
        return None
    raw = result.value / result.baseline if higher_is_better else result.baseline / result.value
    return round(raw, 1)


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if value < 10 else f"{value:,.1f}"
    return str(value)


def _key_detail(row: dict) -> str:
    d = row["detail"]
    parts = []
    for key in (
        "p50_ms",
        "p95_ms",
        "queries",
        "queries_constant",
        "errors",
        "peak_rss_mb",
        "open_referrals",
        "open_clocks",
        "baseline_queries_page_1",
        "baseline_agrees_with_sql",
    ):
        if key in d:
            parts.append(f"{key}={d[key]}")
    if row["note"]:
        parts.append(row["note"])
    return "; ".join(parts)


def table(rows: list[dict]) -> str:
    lines = [
        "| measure | target | result | baseline | × better | met | details |",
        "|---|---|---|---|---|---|---|",
    ]
    lines.extend(_row(r) for r in rows)
    return "\n".join(lines)


def _row(r: dict) -> str:
    met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
    return (
        f"| {r['label']} | {r['target']} | {_fmt(r['value'])} {r['unit']} | "
        f"{_fmt(r['baseline'])} ({r['baseline_label']}) | {_fmt(r['ratio'])} | {met} | "
        f"{_key_detail(r)} |"
    )


class ResultsFile:
    """One run's JSON, `bench/results/<start>.json`, written again as each measure finishes:
    `complete` stays false until the last one has, so a stopped run's file says so."""

    def __init__(self, stamp: dict, scale: float, directory: Path = RESULTS_DIR) -> None:
        self.started = datetime.now().astimezone()
        self.path = directory / f"{self.started:%Y-%m-%dT%H%M%S}.json"
        self.header = {
            "date": self.started.isoformat(timespec="seconds"),
            "scale": scale,
            "machine": machine(),
            "data": stamp,
        }

    def write(self, rows: list[dict], *, complete: bool = False) -> Path:
        self.path.parent.mkdir(exist_ok=True)
        body = {**self.header, "complete": complete, "measures": rows}
        # Written beside, then renamed: a run killed mid-write leaves the previous whole file.
        part = self.path.with_suffix(".part")
        part.write_text(json.dumps(body, indent=2, default=str))
        part.replace(self.path)
        return self.path
