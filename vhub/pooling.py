"""Database settings for running behind PgBouncer in transaction mode (docs/deployment.md,
"Connection pooling")."""

POOLERS = ("none", "pgbouncer")


def pooled(config: dict, pooler: str) -> dict:
    """`config` (one DATABASES entry) adjusted for `pooler`.

    In transaction mode a server connection is only ours for one transaction; the next one may
    run on another. So nothing may outlive a transaction on the server: no prepared statements
    (psycopg prepares a query after it has run a few times: prepare_threshold None turns that
    off), no server-side cursors (QuerySet.iterator() would open one WITH HOLD in one transaction
    and fetch from it in the next) and no session settings. VHub's advisory lock is already
    transaction-scoped (pg_advisory_xact_lock, audit/actions.py) and its only SET is SET LOCAL.
    PgBouncer does not pass startup options (`-c jit=off`) on, so those are dropped here and set
    on the database role instead (ALTER ROLE vhub_app SET jit = off).

    Without a pooler Django's own statements are not prepared either: Django binds values in
    the client unless OPTIONS `server_side_binding` is on, and psycopg prepares only queries it
    sends with their values apart. Server-side binding for everything is not possible: every
    write inside a `pghistory.context` (the middleware opens one for each request) fails, as
    django-pghistory sends `SELECT set_config(...); <the write>` as one statement, and
    PostgreSQL refuses several commands in a prepared or parameterised statement ("cannot insert
    multiple commands into a prepared statement"; measured on intake, bench/README.md). So only
    the statements vhub/prepared.py runs are bound on the server, and prepared.
    """
    if pooler not in POOLERS:
        raise ValueError(f"DATABASE_POOLER must be one of {', '.join(POOLERS)}, not {pooler!r}")
    config = {**config, "OPTIONS": dict(config.get("OPTIONS", {}))}
    if pooler == "pgbouncer":
        config["DISABLE_SERVER_SIDE_CURSORS"] = True
        config["OPTIONS"]["prepare_threshold"] = None
        config["OPTIONS"].pop("options", None)
    else:
        # Django turns psycopg's preparing off unless told: on a direct connection the few
        # statements sent with their values apart (vhub/prepared.py) are prepared at their
        # fifth run on a connection. Django's own cursors bind in the client and are never
        # prepared, whatever this says.
        config["OPTIONS"].setdefault("prepare_threshold", 5)
    return config
