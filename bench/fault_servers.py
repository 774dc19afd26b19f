"""The fault harness's own servers and processes (bench/faults.py): a private PostgreSQL (initdb
under var/faults/, its own port) and a private Redis (its own port), started and killed by the
harness only, and the worker and gunicorn it runs against them.

Nothing here imports Django: the driver loads this module, starts these servers and points
Django's settings at them, and only then sets Django up (the scenarios, bench/fault_scenarios.py,
import Django's modules at their top and are loaded after that).
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent
ROOT = BASE_DIR / "var" / "faults"
DB_NAME = "vhub_faults_bench"
# The scenarios, in the order `make faults` runs them (bench/fault_scenarios.py).
SCENARIO_NAMES = ("sweep", "reprioritise", "import", "broker", "postgres")


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
        wait_until(lambda: get(f"{self.url}/healthz")[0] == 200, 60, "gunicorn to start")

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


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> None:
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


class Servers:
    """The private PostgreSQL and Redis, the environment pointing Django at them, and the worker
    currently running (at most one)."""

    def __init__(self, broken: str = "") -> None:
        self.broken = broken
        self.pg = PrivatePostgres()
        self.redis = PrivateRedis()
        self.env: dict[str, str] = {}
        self.worker: Worker | None = None

    def setup(self) -> None:
        """Start both servers, point this process's environment at them, migrate and load a
        little bench data. Django is not set up here: the driver does it next."""
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

    def start_worker(self) -> Worker:
        """A new worker: the unchanged application, or bench/fault_breaks.py under --break."""
        app = "bench.fault_breaks" if self.broken else "vhub"
        self.worker = Worker(self.env, app)
        self.worker.start()
        return self.worker

    def stop_worker(self) -> None:
        if self.worker:
            self.worker.stop()

    def teardown(self) -> None:
        self.stop_worker()
        self.redis.kill()
        self.pg.stop()
