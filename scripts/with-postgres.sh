#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 server (docs/postgresql.md, "Tests"):
#   bash scripts/with-postgres.sh ctest --test-dir build/release -R tst_postgresstore
# makes a cluster in a temporary folder (initdb, trust authentication, superuser "wattprint"),
# starts it listening only on a Unix socket in that folder (no TCP port to collide with), exports
# WATTPRINT_TEST_POSTGRES=postgresql://wattprint@<socket folder>:5432/postgres, runs the command,
# then stops the server and removes the folder, whether the command passed, failed or was
# interrupted. Exits with the command's status. The server refuses to run as root, so as root it
# runs as the "postgres" user (made by Debian's postgresql-15 package).
set -euo pipefail

bindir=${WATTPRINT_PG_BINDIR:-/usr/lib/postgresql/15/bin}
if [ $# -eq 0 ]; then
  echo "usage: bash scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi
if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "with-postgres: no PostgreSQL 15 in $bindir (apt install postgresql-15, or set WATTPRINT_PG_BINDIR)" >&2
  exit 2
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root needs the 'postgres' user (apt install postgresql-15)" >&2
    exit 2
  fi
  as_server=(runuser -u postgres --)
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/wattprint-pg.XXXXXX")
data="$folder/data"
port=5432

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -f "$data/postmaster.pid" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
  exit "$status"
}
child=
# A signal stops the command first; bash runs a trap only once the command it waits on returns,
# so the command runs in the background and the script waits on it.
stop_child() {
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  exit "$1"
}
trap cleanup EXIT
trap 'stop_child 130' INT
trap 'stop_child 143' TERM

if [ ${#as_server[@]} -gt 0 ]; then
  chown postgres: "$folder"
fi
if ! "${as_server[@]}" "$bindir/initdb" -D "$data" -A trust -U wattprint -E UTF8 --no-locale \
    >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  echo "with-postgres: initdb failed" >&2
  exit 1
fi
# A test server: no TCP, no durability (fsync off), quiet log in the folder.
if ! "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses= -k $folder -p $port -c fsync=off -c full_page_writes=off" start >/dev/null; then
  cat "$folder/server.log" >&2 || true
  echo "with-postgres: the server did not start" >&2
  exit 1
fi

export WATTPRINT_TEST_POSTGRES="postgresql://wattprint@${folder//\//%2F}:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $WATTPRINT_TEST_POSTGRES"
"$@" &
child=$!
status=0
wait "$child" || status=$?
child=
exit "$status"
