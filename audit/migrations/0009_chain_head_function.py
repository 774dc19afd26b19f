"""The chain's lock and head in one statement (audit.actions.record_events).

Every append took the chain's advisory lock in one statement and then read the head in a second
one: the read has to start after the lock is held, so that its snapshot sees the previous
holder's committed event. A VOLATILE PL/pgSQL function takes a fresh snapshot for each statement
it runs, so its read after its own `pg_advisory_xact_lock` sees what the separate statement saw,
in one round trip. The lock is still transaction-scoped (PgBouncer's transaction mode keeps
working) and the function runs with its caller's privileges (the application's role reads the
trail and may execute functions)."""

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
        ("audit", "0008_agency_now_in_vhub"),
    ]

    operations = [
        migrations.RunSQL(CREATE, reverse_sql="DROP FUNCTION audit_chain_head(bigint);"),
    ]
