"""`make run`: a process that dies is named with the reason and started again; honcho keeps the
others running (scripts/keep_running.py)."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEEP_RUNNING = ROOT / "scripts" / "keep_running.py"

# Killed by SIGKILL on its first run (as `kill -9` of the worker), then keeps running.
DIES_ONCE = (
    "import os, pathlib, signal, sys, time\n"
    "marker = pathlib.Path(sys.argv[1])\n"
    "if not marker.exists():\n"
    "    marker.write_text('ran')\n"
    "    os.kill(os.getpid(), signal.SIGKILL)\n"
    "print('second run', flush=True)\n"
    "time.sleep(60)\n"
)


def _read_until(stream, text: str, timeout: float = 20) -> str:
    seen = ""
    deadline = time.monotonic() + timeout
    while text not in seen:
        assert time.monotonic() < deadline, f"never saw {text!r}; got:\n{seen}"
        line = stream.readline()
        if line:
            seen += line
    return seen


def test_a_killed_process_is_named_with_why_and_started_again(tmp_path) -> None:
    marker = tmp_path / "ran"
    command = [sys.executable, str(KEEP_RUNNING), "worker", "--", sys.executable, "-c", DIES_ONCE]
    process = subprocess.Popen(  # noqa: S603  (fixed arguments, no shell)
        [*command, str(marker)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        seen = _read_until(process.stdout, "second run")
        assert "worker stopped after 0 s: killed by SIGKILL: killed from outside" in seen
        assert "starting worker again" in seen
        # Stopping the wrapper stops its process and does not start it again.
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        rest = process.stdout.read()
        assert "starting worker again" not in rest
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (-9, "killed by SIGKILL: killed from outside"),
        (-11, "killed by SIGSEGV: it crashed"),
        (1, "exited with code 1"),
        (0, "exited on its own"),
    ],
)
def test_why_a_process_stopped_is_said_in_words(code, words: Sequence[str]) -> None:
    sys.path.insert(0, str(KEEP_RUNNING.parent))
    try:
        from keep_running import describe
    finally:
        sys.path.remove(str(KEEP_RUNNING.parent))
    assert words in describe(code)


def test_the_procfile_runs_every_process_under_the_wrapper() -> None:
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(":")
        assert command.strip().startswith(f"python scripts/keep_running.py {name} -- "), line


def test_under_honcho_web_keeps_running_when_the_worker_is_killed(tmp_path) -> None:
    honcho = Path(sys.executable).parent / "honcho"
    if not honcho.exists():
        pytest.skip("honcho is not installed")
    marker = tmp_path / "ran"
    worker_script = tmp_path / "worker.py"
    worker_script.write_text(DIES_ONCE)
    web_script = tmp_path / "web.py"
    web_script.write_text(
        "import time\nfor i in range(600):\n    print('web alive', i, flush=True)\n"
        "    time.sleep(0.2)\n"
    )
    (tmp_path / "Procfile").write_text(
        f"web: {sys.executable} -u {web_script}\n"
        f"worker: {sys.executable} {KEEP_RUNNING} worker -- {sys.executable} -u {worker_script} "
        f"{marker}\n"
    )
    process = subprocess.Popen(  # noqa: S603  (fixed arguments, no shell)
        [str(honcho), "start", "--no-colour"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        start_new_session=True,
    )
    try:
        seen = _read_until(process.stdout, "second run", timeout=30)
        assert "killed by SIGKILL" in seen
        after = _read_until(process.stdout, "web alive", timeout=10)
        assert process.poll() is None, seen + after  # honcho, and web with it, still running
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
