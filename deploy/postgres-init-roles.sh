#!/usr/bin/env bash
# Run once by the postgres image when it initialises an empty data volume
# (/docker-entrypoint-initdb.d/), as the image's superuser. Creates the two roles VHub uses
# (docs/deployment.md, "Database roles"):
#   vhub_owner  owns the vhub database and every table; migrations connect as it.
#   vhub_app    the application (web, worker, beat): owns nothing; `migrate` grants it read and
#               write on case tables and only SELECT and INSERT on the audit trail.
# Neither is a superuser, so neither can switch off the audit trail's triggers.
set -euo pipefail
: "${DATABASE_OWNER_PASSWORD:?set DATABASE_OWNER_PASSWORD}"
: "${DATABASE_APP_PASSWORD:?set DATABASE_APP_PASSWORD}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$DATABASE_OWNER_PASSWORD" -v app_password="$DATABASE_APP_PASSWORD" <<'SQL'
CREATE ROLE vhub_owner LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE vhub_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
ALTER DATABASE vhub OWNER TO vhub_owner;
-- PostgreSQL 15 and later: the public schema belongs to the database's owner; nobody else may
-- create objects in it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- pg_trgm (the person-matching index) is a trusted extension; the owner may create it, but it
-- is created here so the owner needs no more than ownership of the database.
\connect vhub
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
