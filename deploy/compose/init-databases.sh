#!/bin/sh
# One role and one database per service, each role owning only its own database (as in production, where each
# service has its own PostgreSQL cluster). PostgreSQL's entrypoint runs this once, on an empty data volume.
# The passwords come from <SERVICE>_DB_PASSWORD (compose.yaml).
set -eu
for service in intake scheduling outcomes gateway; do
  variable="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="$(printenv "$variable")" || { echo "$variable is not set" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v service="$service" -v password="$password" <<'SQL'
CREATE ROLE :"service" LOGIN PASSWORD :'password';
CREATE DATABASE :"service" OWNER :"service";
REVOKE ALL ON DATABASE :"service" FROM PUBLIC;
SQL
done
