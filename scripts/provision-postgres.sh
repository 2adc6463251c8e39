#!/usr/bin/env bash
# Makes the local PostgreSQL ready for the test suite: installs it on Debian if missing, starts the
# cluster if it is down, creates the role and the database. Safe to run again and again.
# Settings (defaults in brackets): PERF_DB_NAME [perf_test], PERF_DB_USER [perf], PERF_DB_PASSWORD [perf],
# PERF_DB_HOST [127.0.0.1], PERF_DB_PORT [5432].
set -euo pipefail

db=${PERF_DB_NAME:-perf_test}
user=${PERF_DB_USER:-perf}
password=${PERF_DB_PASSWORD:-perf}
host=${PERF_DB_HOST:-127.0.0.1}
port=${PERF_DB_PORT:-5432}

say() { echo "[provision-postgres] $*"; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@";
  elif command -v runuser >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@";
  else sudo -n -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  say "PostgreSQL is not installed; installing it with apt"
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo -n apt-get"; fi
  DEBIAN_FRONTEND=noninteractive $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq postgresql >/dev/null
fi

if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  say "no cluster found; creating $version/main"
  pg_createcluster "$version" main >/dev/null
fi

# Start every cluster that is down (normally just one: 15/main).
pg_lsclusters -h | while read -r version cluster cport status _; do
  if [ "$status" != online ]; then
    say "starting cluster $version/$cluster on port $cport"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null \
      || pg_ctlcluster "$version" "$cluster" start
  fi
done

for _ in $(seq 1 30); do
  if pg_isready -q -h "$host" -p "$port"; then break; fi
  sleep 1
done
pg_isready -h "$host" -p "$port" >/dev/null || { say "PostgreSQL does not answer on $host:$port"; exit 1; }

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
  say "creating role $user"
  psql_admin -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password'"
else
  psql_admin -c "ALTER ROLE \"$user\" LOGIN PASSWORD '$password'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  say "creating database $db"
  psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$user\" ENCODING 'UTF8' TEMPLATE template0"
fi

PGPASSWORD=$password psql -h "$host" -p "$port" -U "$user" -d "$db" -qtAc "SELECT 1" >/dev/null \
  || { say "cannot log in to $db as $user on $host:$port"; exit 1; }
say "ready: postgresql://$user@$host:$port/$db"
