"""Where the benchmark's data lives: its own database beside the application's, never in it.

Importable without Django settings, so `python -m bench` can decide the database before Django
starts. BENCH_DATABASE_URL wins; otherwise the application's server (DATABASE_URL, or the
embedded one under var/) with the database name BENCH_DATABASE_NAME (default vhub_bench).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_NAME = "vhub_bench"


def _server_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        return url
    # Only without DATABASE_URL: it starts the embedded server's machinery.
    from vhub.embedded import embedded_database_url

    return embedded_database_url(BASE_DIR / "var")


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def bench_database_url() -> str:
    """The benchmark database's URL, creating the database when it does not exist."""
    explicit = os.environ.get("BENCH_DATABASE_URL", "")
    name = os.environ.get("BENCH_DATABASE_NAME", DEFAULT_NAME)
    url = explicit or with_database(_server_url(), name)
    name = urlsplit(url).path.lstrip("/")

    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url
