"""Least privilege in the database: what the application's role may do, granted after every
migrate by the tables' owner, and the check that production does not connect as more.

The application's role owns nothing, so it cannot ALTER, DROP or TRUNCATE a table or disable
its triggers (only an owner or a superuser can); it reads and writes the case tables and may
only SELECT and INSERT the audit trail, its checkpoints and the change history.
"""

from typing import Any

import pghistory.models
from django.apps import apps
from django.conf import settings
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from psycopg import sql

from audit.models import AuditCheckpoint, AuditEvent


def append_only_tables() -> list[str]:
    """The audit trail, its checkpoints and every change-history event table."""
    tables = [AuditEvent._meta.db_table, AuditCheckpoint._meta.db_table]
    tables += [
        model._meta.db_table
        for model in apps.get_models()
        if issubclass(model, pghistory.models.Event) and not model._meta.proxy
    ]
    return sorted(set(tables))


def ensure_role(connection: BaseDatabaseWrapper, role: str) -> None:
    """Create the application's role when it is missing and this connection may create roles
    (the embedded server and CI connect as an administrator; a deployment creates it itself)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
        if cursor.fetchone():
            return
        cursor.execute(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
        )
        if cursor.fetchone()[0]:
            cursor.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                ).format(sql.Identifier(role))
            )


def grant_app_privileges(connection: BaseDatabaseWrapper, role: str) -> None:
    """Give `role` what the application needs and nothing more. Idempotent; run by the owner."""
    ensure_role(connection, role)
    name = sql.Identifier(role)
    statements = [
        sql.SQL(text).format(name)
        for text in (
            "GRANT USAGE ON SCHEMA public TO {}",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}",
            "REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM {}",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}",
        )
    ]
    # The record of applied migrations is the owner's to write.
    statements.append(
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON django_migrations FROM {}").format(name)
    )
    for table in append_only_tables():
        statements.append(
            sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(
                sql.Identifier(table), name
            )
        )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def grant_after_migrate(using: str = "default", **kwargs: object) -> None:
    """post_migrate: the tables a migration created are granted to the application's role."""
    role = settings.DATABASE_APP_ROLE
    connection = connections[using]
    if role and role != connection.settings_dict.get("USER"):
        grant_app_privileges(connection, role)


def role_problems(cursor: Any) -> list[str]:
    """What the role of `cursor`'s connection (a DB-API cursor) may do that the application's
    role must not."""
    table = AuditEvent._meta.db_table
    cursor.execute(
        "SELECT r.rolsuper, r.rolbypassrls,"
        " pg_get_userbyid(c.relowner) = current_user,"
        " has_table_privilege(current_user, c.oid, 'TRUNCATE'),"
        " has_table_privilege(current_user, c.oid, 'UPDATE'),"
        " has_table_privilege(current_user, c.oid, 'DELETE')"
        " FROM pg_roles r, pg_class c"
        " WHERE r.rolname = current_user AND c.oid = %s::regclass",
        [table],
    )
    row = cursor.fetchone()
    if row is None:
        return []
    superuser, bypass_rls, owner, truncate, update, delete = row
    problems = []
    if superuser:
        problems.append("is a superuser (it can disable any trigger)")
    if bypass_rls:
        problems.append("bypasses row-level security")
    if owner:
        problems.append(f"owns {table} (it can alter it and disable its triggers)")
    if truncate:
        problems.append(f"may TRUNCATE {table}")
    if update or delete:
        problems.append(f"may UPDATE or DELETE {table}")
    return problems
