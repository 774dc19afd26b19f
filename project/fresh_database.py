"""A fresh database in one step: the snapshot of what every migration makes of an empty one.

Migrating an empty database runs some 120 migrations, each rebuilding Django's picture of the
models it changes: on the development machine this was a third of the first `make run`
(bench/README.md, "Intake, import and install"). `project/fresh_database.sql` is a `pg_dump` of
a database that `manage.py migrate` has just built from nothing (schema, the rows the migrations
seed, the record of applied migrations; no owners or privileges, which `migrate` grants again
afterwards). `manage.py migrate --from-snapshot` loads it into an empty database and then
migrates as usual, so migrations added after the snapshot was taken still run, and post_migrate
(permissions, the application role's privileges) runs as always.

The migrations stay the truth: the snapshot is only used on an empty database of the same
PostgreSQL major version and with the same optional extension available as the server it was
taken on (a migration creates the phonetic indexes only where fuzzystrmatch exists), otherwise
`migrate` runs every migration. `tests/vhub/test_fresh_database.py` proves the loaded snapshot
plus `migrate` has the same schema as the test database, which pytest builds by migrating.
Taken again with `manage.py fresh_database_snapshot` (worth doing when migrations have
accumulated since; nothing breaks meanwhile).
"""

import json
import os
import re
import subprocess  # nosec B404
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import environ
import psycopg
from django.db.backends.base.base import BaseDatabaseWrapper
from psycopg import sql

from audit.management.commands.restore_drill import _libpq, pg_tools

SNAPSHOT = Path(__file__).with_name("fresh_database.sql")
# The extensions whose presence changes what the migrations build (referrals 0026).
OPTIONAL_EXTENSIONS = ("fuzzystrmatch",)
_HEADER = re.compile(r"^-- vhub-fresh-database: (\{.*\})$")
# Lines of pg_dump's output that an older server or psql would refuse and that change nothing
# in the database made: newer pg_dumps' \restrict and \unrestrict (psql meta-commands older
# psqls do not know) and settings that only newer servers know.
_DROPPED_LINES = re.compile(
    r"^(\\restrict .*|\\unrestrict .*|SET transaction_timeout = .*)\n", re.MULTILINE
)


def server_profile(cursor: Any) -> dict[str, Any]:
    """What a snapshot depends on in a server: its major version and the optional extensions
    it offers."""
    cursor.execute("SELECT current_setting('server_version_num')::int / 10000")
    major = cursor.fetchone()[0]
    cursor.execute(
        "SELECT name FROM pg_available_extensions WHERE name = ANY(%s) ORDER BY name",
        [list(OPTIONAL_EXTENSIONS)],
    )
    return {"major": major, "extensions": [row[0] for row in cursor.fetchall()]}


def snapshot_profile(path: Path = SNAPSHOT) -> dict[str, Any] | None:
    """The profile recorded in the snapshot's first line (None without a snapshot)."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as snapshot:
        match = _HEADER.match(snapshot.readline())
    return json.loads(match.group(1)) if match else None


def is_empty(connection: BaseDatabaseWrapper) -> bool:
    """No table at all in the database's schemas: nothing a snapshot could collide with."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid ="
            " c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')"
            " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))"
        )
        return bool(cursor.fetchone()[0])


def usable(connection: BaseDatabaseWrapper, path: Path = SNAPSHOT) -> str:
    """Why the snapshot cannot be loaded into `connection`'s database ("" when it can)."""
    recorded = snapshot_profile(path)
    if recorded is None:
        return f"no snapshot at {path}"
    with connection.cursor() as cursor:
        profile = server_profile(cursor)
    if profile != recorded:
        return f"the snapshot was taken on {recorded}, this server is {profile}"
    if not is_empty(connection):
        return "the database is not empty"
    return ""


def load(connection: BaseDatabaseWrapper, path: Path = SNAPSHOT) -> None:
    """Run the snapshot in `connection`'s (empty) database with psql, in one transaction."""
    with connection.cursor() as cursor:
        major = server_profile(cursor)["major"]
    args, env = _libpq(connection.settings_dict, connection.settings_dict["NAME"])
    command = [str(pg_tools(major) / "psql"), *args, "--no-psqlrc", "--quiet"]
    command += ["--single-transaction", "--variable", "ON_ERROR_STOP=1", "--file", str(path)]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 # nosec B603


def dump(settings_dict: dict[str, Any], major: int, *, schema_only: bool = False) -> str:
    """pg_dump of the database `settings_dict` points at, without owners or privileges."""
    args, env = _libpq(settings_dict, settings_dict["NAME"])
    command = [str(pg_tools(major) / "pg_dump"), *args, "--no-owner", "--no-privileges"]
    if schema_only:
        command.append("--schema-only")
    return subprocess.run(  # noqa: S603 # nosec B603
        command, env=env, check=True, capture_output=True, text=True
    ).stdout


def normalised_schema(text: str) -> list[str]:
    """A schema dump's statements without comments, blank lines and session settings: what two
    dumps of equal schemas share whatever server or dump run made them."""
    text = _DROPPED_LINES.sub("", text)
    return [
        line
        for line in text.splitlines()
        if line.strip()
        and not line.startswith("--")
        and not line.startswith("SET ")
        and not line.startswith("SELECT pg_catalog.set_config")
    ]


def with_database(url: str, name: str) -> str:
    """`url` (a postgres:// URL) for the database `name` on the same server, as the same role."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def write_snapshot(server_url: str, migrate: list[str], path: Path = SNAPSHOT) -> None:
    """Migrate a scratch database on `server_url`'s server from nothing (`migrate`: the command
    to run, given the scratch database's URL as DATABASE_URL) and write its dump to `path`."""
    name = f"vhub_fresh_snapshot_{os.getpid()}"
    scratch_url = with_database(server_url, name)
    with psycopg.connect(server_url, autocommit=True) as admin:
        profile = server_profile(admin.cursor())
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            env = {**os.environ, "DATABASE_URL": scratch_url}
            env.pop("DATABASE_OWNER_URL", None)
            subprocess.run(migrate, env=env, check=True)  # noqa: S603 # nosec B603
            text = dump(env_db_settings(scratch_url), profile["major"])
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as out:
        out.write(f"-- vhub-fresh-database: {json.dumps(profile)}\n")
        out.write("-- Written by `manage.py fresh_database_snapshot` (project/fresh_database.py)\n")
        out.write(_DROPPED_LINES.sub("", text))
    Path(out.name).replace(path)
    path.chmod(0o644)  # a temporary file is private; the snapshot is part of the source


def env_db_settings(url: str) -> dict[str, Any]:
    """Django's connection settings for `url`, read as vhub/settings.py reads DATABASE_URL."""
    return environ.Env.db_url_config(url)
