"""The embedded PostgreSQL used when no DATABASE_URL is given: a real server under var/."""

import logging
import re
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

with warnings.catch_warnings():
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
    warnings.simplefilter("ignore")
    import pgserver

logger = logging.getLogger(__name__)

EMBEDDED_DATABASE_NAME = "vhub"
# The role the application connects as (docs/deployment.md, "Database roles"): it owns nothing.
# The server's own administrator, which owns the database and its tables, runs migrations.
EMBEDDED_APP_ROLE = "vhub_app"


def _server(var_dir: Path) -> Any:
    var_dir.mkdir(parents=True, exist_ok=True)
    return pgserver.get_server(var_dir / "pgdata", cleanup_mode=None)


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the PostgreSQL server in var/pgdata and return the owner's URL for the
    vhub database (the server's administrator).

    The server is left running when this process exits (cleanup_mode=None), so web, worker, beat
    and test processes share it; `make stop-db` stops it.
    """
    return embedded_database_urls(var_dir)[0]


def embedded_database_urls(var_dir: Path) -> tuple[str, str]:
    """(owner URL, application URL) for the embedded vhub database, creating the database and
    the application's role the first time. Their privileges are granted after each migrate."""
    server = _server(var_dir)
    # Module constants, not input: psql over the server's socket takes no parameters.
    query = (
        "SELECT (SELECT count(*) FROM pg_database WHERE datname = "  # noqa: S608 # nosec B608
        f"'{EMBEDDED_DATABASE_NAME}') || ':' || (SELECT count(*) FROM pg_roles WHERE rolname = "
        f"'{EMBEDDED_APP_ROLE}') AS found;"
    )
    # The query always prints the two counts.
    database_count, role_count = re.search(r"(\d+):(\d+)", server.psql(query)).groups()  # type: ignore[union-attr]
    if database_count == "0":
        logger.info("Creating embedded database %s", EMBEDDED_DATABASE_NAME)
        server.psql(f"CREATE DATABASE {EMBEDDED_DATABASE_NAME};")
    if role_count == "0":
        logger.info("Creating the application's database role %s", EMBEDDED_APP_ROLE)
        server.psql(
            f"CREATE ROLE {EMBEDDED_APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
            "NOREPLICATION NOBYPASSRLS;"
        )
    owner = server.get_uri(EMBEDDED_DATABASE_NAME)
    return owner, with_user(owner, EMBEDDED_APP_ROLE)


def with_user(url: str, user: str) -> str:
    """The same database URL for another role, without a password (the embedded server trusts
    its own socket)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))
