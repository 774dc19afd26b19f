"""Least privilege: the application's database role cannot rewrite the audit trail around its
triggers. These tests connect as that role (created if missing, as the embedded server and CI
allow) to the test database, after the owner has granted its privileges as migrate does.

The statements name tables from the models' own constants, never input.
"""
# ruff: noqa: S608

from collections.abc import Iterator

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from psycopg import errors

from audit.checks import check_database_role
from audit.database_roles import append_only_tables, grant_app_privileges, role_problems
from audit.models import AuditEvent
from vhub.embedded import EMBEDDED_APP_ROLE

ROLE = settings.DATABASE_APP_ROLE or EMBEDDED_APP_ROLE
AUDIT = AuditEvent._meta.db_table

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def app_db(django_db_setup, django_db_blocker) -> Iterator[psycopg.Connection]:
    """A connection to the test database as the application's role. The owner's grants are
    committed first (outside any test's transaction), as `migrate` commits them."""
    with django_db_blocker.unblock():
        grant_app_privileges(connection, ROLE)
        params = connection.get_connection_params()
    conn = psycopg.connect(
        dbname=params["dbname"],
        host=params.get("host") or "",
        port=params.get("port") or "",
        user=ROLE,
        autocommit=True,
    )
    try:
        yield conn
    finally:
        conn.close()


def _refused(conn: psycopg.Connection, statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)


def test_the_app_role_is_neither_superuser_nor_owner(app_db) -> None:
    superuser, owner = app_db.execute(
        "SELECT r.rolsuper, pg_get_userbyid(c.relowner) = current_user FROM pg_roles r, "
        f"pg_class c WHERE r.rolname = current_user AND c.oid = '{AUDIT}'::regclass"
    ).fetchone()
    assert (superuser, owner) == (False, False)


def test_the_app_role_cannot_truncate_the_audit_trail(app_db) -> None:
    _refused(app_db, f"TRUNCATE {AUDIT}")
    _refused(app_db, "TRUNCATE audit_auditcheckpoint")


def test_the_app_role_cannot_alter_the_audit_table_or_its_triggers(app_db) -> None:
    _refused(app_db, f"ALTER TABLE {AUDIT} DISABLE TRIGGER ALL")
    _refused(app_db, f"ALTER TABLE {AUDIT} DISABLE TRIGGER USER")
    _refused(app_db, f"ALTER TABLE {AUDIT} ADD COLUMN note text")
    _refused(app_db, f"DROP TABLE {AUDIT}")
    _refused(app_db, f"CREATE TRIGGER t BEFORE INSERT ON {AUDIT} EXECUTE FUNCTION now()")
    # Replication mode would skip every trigger: only a superuser may set it.
    _refused(app_db, "SET session_replication_role = replica")


def test_the_app_role_only_reads_and_appends_the_audit_trail(app_db) -> None:
    assert app_db.execute(f"SELECT count(*) FROM {AUDIT}").fetchone()[0] >= 0
    _refused(app_db, f"UPDATE {AUDIT} SET action = 'edited'")
    _refused(app_db, f"DELETE FROM {AUDIT}")
    with app_db.transaction(force_rollback=True):
        app_db.execute(
            f"INSERT INTO {AUDIT} (occurred_at, actor_label, action, object_type, object_id,"
            " user_agent, details, prev_hash, hash) VALUES (now(), 'system', 'test.insert', '',"
            " '', '', '{}', 'x', 'test-insert-hash')"
        )
    for table in append_only_tables():
        _refused(app_db, f"DELETE FROM {table}")


def test_the_app_role_reads_and_writes_case_tables_but_creates_none(app_db) -> None:
    with app_db.transaction(force_rollback=True):
        app_db.execute("UPDATE referrals_referral SET location = location")
        app_db.execute("DELETE FROM referrals_referraldraft")
        app_db.execute("SELECT nextval('referral_reference_seq')")
    _refused(app_db, "CREATE TABLE public.smuggled (id int)")
    assert app_db.execute("SELECT count(*) FROM django_migrations").fetchone()[0] > 0
    _refused(app_db, "DELETE FROM django_migrations")
    _refused(app_db, "TRUNCATE referrals_referral")


def test_role_problems_names_what_the_owner_may_do_and_nothing_for_the_app_role(app_db) -> None:
    with connection.cursor() as cursor:
        owner = role_problems(cursor)
    assert any("superuser" in p or "owns" in p for p in owner), owner
    assert any("TRUNCATE" in p for p in owner)
    with app_db.cursor() as cursor:
        assert role_problems(cursor) == []


def test_production_refuses_to_connect_the_app_as_owner_or_superuser(settings) -> None:
    settings.PRODUCTION = True
    settings.DATABASE_AS_OWNER = False
    (error,) = check_database_role(None, databases=["default"])
    assert error.id == "audit.E002"
    assert "TRUNCATE" in error.msg
    # Not checked outside production, nor by migrate (which connects as the owner on purpose).
    settings.DATABASE_AS_OWNER = True
    assert check_database_role(None, databases=["default"]) == []
    settings.PRODUCTION = False
    settings.DATABASE_AS_OWNER = False
    assert check_database_role(None, databases=["default"]) == []
