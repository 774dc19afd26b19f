"""`make run`: keep one process of the Procfile running, and say why it stopped.

honcho stops every process as soon as one exits, so a worker killed by the kernel (or `kill -9`)
used to take web and beat down with it, and nothing said why. Each Procfile line runs under this
wrapper instead: when its process stops on its own, the wrapper prints which one stopped and how
(its exit code, or the signal that killed it) and starts it again, waiting a little longer after
each quick failure. Meanwhile web keeps serving, and /readyz answers 503 with the worker check
"failing" once its heartbeat is stale. Ctrl-C (or honcho's SIGTERM) is passed on to the process
and ends the wrapper without a restart.

Usage: python scripts/keep_running.py NAME -- COMMAND [ARG...]
"""

import signal

# Runs the Procfile's own command, with no shell.
import subprocess  # nosec B404
import sys
import time

FIRST_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 30.0
# A run this long counts as healthy: the next failure starts the back-off again.
HEALTHY_AFTER_SECONDS = 60.0

SIGNAL_HINTS = {
    "SIGKILL": "killed from outside (kill -9, or the kernel's out-of-memory killer)",
    "SIGSEGV": "it crashed",
    "SIGTERM": "asked to stop by something other than make run",
}


def describe(returncode: int) -> str:
    """Why a process ended, in words."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        hint = SIGNAL_HINTS.get(name)
        return f"killed by {name}" + (f": {hint}" if hint else "")
    if returncode == 0:
        return "exited on its own (code 0)"
    return f"exited with code {returncode} (its own log above says why)"


class _Stopped(Exception):
    pass


def _say(message: str) -> None:
    print(f"keep_running: {message}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        _say("usage: keep_running.py NAME -- COMMAND [ARG...]")
        return 2
    name, command = argv[0], argv[2:]
    stopping = False
    child: subprocess.Popen[bytes] | None = None

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        if child is not None and child.poll() is None:
            child.send_signal(signum)  # it stops; wait() below returns
        else:
            raise _Stopped  # between runs: leave the back-off at once

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    delay = FIRST_DELAY_SECONDS
    while True:
        started = time.monotonic()
        # The Procfile's command as written there, with no shell.
        child = subprocess.Popen(command)  # noqa: S603 # nosec B603
        returncode = child.wait()
        if stopping:
            return 0  # asked to stop, and stopped
        ran = time.monotonic() - started
        if ran >= HEALTHY_AFTER_SECONDS:
            delay = FIRST_DELAY_SECONDS
        _say(
            f"{name} stopped after {ran:.0f} s: {describe(returncode)}. "
            f"Starting it again in {delay:.0f} s; the other processes keep running."
        )
        try:
            time.sleep(delay)
        except _Stopped:
            return 0
        delay = min(delay * 2, MAX_DELAY_SECONDS)
        _say(f"starting {name} again")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
