"""The fresh-database snapshot (project/fresh_database.py): loaded into an empty database and
followed by `migrate`, it builds the schema and the record of migrations that migrating from
nothing builds (the test database, which pytest creates by running every migration)."""

import os
import subprocess  # nosec B404
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from psycopg import sql

from audit.management.commands.restore_drill import _libpq, pg_tools
from project import fresh_database
from vhub.embedded import embedded_database_url

pytestmark = pytest.mark.django_db


def _server_url() -> str:
    """The owner's URL of the server the tests run on, as vhub/settings.py chooses it."""
    url = os.environ.get("DATABASE_OWNER_URL") or os.environ.get("DATABASE_URL")
    return url or embedded_database_url(settings.VAR_DIR)


def _applied(url: str) -> set[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return set(conn.execute("SELECT app, name FROM django_migrations").fetchall())


@pytest.fixture
def scratch_url():
    name = f"vhub_fresh_test_{os.getpid()}"
    server = _server_url()
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield fresh_database.with_database(server, name)
        finally:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _round_trip(schema: str, major: int) -> list[str]:
    """`schema` (a pg_dump) loaded into a scratch database and dumped again, normalised.
    PostgreSQL prints some expressions differently once they have been through a dump: a varchar
    column's IN list in a CHECK constraint is printed as `ARRAY[('a'::character varying)::text]`
    where a migration wrote it and `(ARRAY['a'::character varying])::text[]` once reloaded. Both
    sides are put through one dump and load, so only a real difference remains."""
    name = f"vhub_fresh_round_trip_{os.getpid()}"
    server = _server_url()
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            settings_dict = fresh_database.env_db_settings(
                fresh_database.with_database(server, name)
            )
            with tempfile.NamedTemporaryFile("w", suffix=".sql") as dumped:
                dumped.write(schema)
                dumped.flush()
                args, env = _libpq(settings_dict, name)
                subprocess.run(  # noqa: S603 # nosec B603
                    [
                        str(pg_tools(major) / "psql"),
                        *args,
                        "--no-psqlrc",
                        "--quiet",
                        "--variable",
                        "ON_ERROR_STOP=1",
                        "--file",
                        dumped.name,
                    ],
                    env=env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
            again = fresh_database.dump(settings_dict, major, schema_only=True)
        finally:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    return fresh_database.normalised_schema(again)


def _migrate(url: str, *options: str) -> str:
    env = {**os.environ, "DATABASE_URL": url}
    env.pop("DATABASE_OWNER_URL", None)
    manage = Path(settings.BASE_DIR) / "manage.py"
    return subprocess.run(  # noqa: S603 # nosec B603
        [sys.executable, str(manage), "migrate", "--no-input", *options],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_the_snapshot_then_migrate_builds_what_every_migration_builds(scratch_url) -> None:
    recorded = fresh_database.snapshot_profile()
    assert recorded is not None, "project/fresh_database.sql is missing"
    with connection.cursor() as cursor:
        profile = fresh_database.server_profile(cursor)
    if profile != recorded:
        pytest.skip(
            f"the snapshot is for {recorded}, this server is {profile}: migrate runs them all"
        )

    out = _migrate(scratch_url, "--from-snapshot")
    assert "Loaded the fresh-database snapshot" in out

    major = profile["major"]
    scratch = fresh_database.env_db_settings(scratch_url)
    from_snapshot = _round_trip(fresh_database.dump(scratch, major, schema_only=True), major)
    migrated = _round_trip(
        fresh_database.dump(connection.settings_dict, major, schema_only=True), major
    )
    assert len(migrated) > 1000
    assert from_snapshot == migrated
    test_url = fresh_database.with_database(_server_url(), connection.settings_dict["NAME"])
    assert _applied(scratch_url) == _applied(test_url)

    # A second migrate finds the database full and leaves the snapshot alone.
    again = _migrate(scratch_url, "--from-snapshot", "--verbosity", "2")
    assert "Not loading the fresh-database snapshot: the database is not empty" in again


def test_without_the_option_migrate_never_loads_the_snapshot(scratch_url) -> None:
    out = _migrate(scratch_url, "--plan")
    assert "Loaded the fresh-database snapshot" not in out
    assert "referrals.0001_initial" in out
