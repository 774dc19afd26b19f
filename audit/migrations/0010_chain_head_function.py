"""The chain's lock and its head in one statement (audit.actions.record_events).

An append took the chain's advisory lock in one statement and read the head in the next: the
read has to begin after the lock is held, so that its snapshot includes the event the previous
holder committed. A single SQL statement (a CTE that takes the lock and reads the head) would
not do: its snapshot is taken when the statement starts, before it waits for the lock, and two
appenders could then link to the same predecessor. In a VOLATILE PL/pgSQL function each
statement takes a fresh snapshot (READ COMMITTED), so the `SELECT` that follows the function's
`pg_advisory_xact_lock` sees what the separate statement saw, in one round trip. The lock stays
transaction-scoped (PgBouncer's transaction mode keeps working) and the function runs with its
caller's privileges."""

from django.db import migrations

CREATE = """
CREATE FUNCTION audit_chain_head(lock_key bigint) RETURNS varchar
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    head varchar;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT hash INTO head FROM audit_auditevent ORDER BY id DESC LIMIT 1;
    RETURN head;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0009_transition_index"),
    ]

    operations = [
        migrations.RunSQL(CREATE, reverse_sql="DROP FUNCTION audit_chain_head(bigint);"),
    ]
