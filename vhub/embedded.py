"""The embedded PostgreSQL used when no DATABASE_URL is given: a real server under var/."""

import logging
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

EMBEDDED_DATABASE_NAME = "vhub"


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the PostgreSQL server in var/pgdata and return a URL for the vhub database.

    The server is left running when this process exits (cleanup_mode=None), so web, worker, beat
    and test processes share it; `make stop-db` stops it.
    """
    var_dir.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(var_dir / "pgdata", cleanup_mode=None)
    # A module constant, not input: psql over the server's socket takes no parameters.
    query = f"SELECT 1 FROM pg_database WHERE datname = '{EMBEDDED_DATABASE_NAME}';"  # noqa: S608 # nosec B608
    exists = server.psql(query)
    if "(1 row)" not in exists:
        logger.info("Creating embedded database %s", EMBEDDED_DATABASE_NAME)
        server.psql(f"CREATE DATABASE {EMBEDDED_DATABASE_NAME};")
    return server.get_uri(EMBEDDED_DATABASE_NAME)
