#!/usr/bin/env bash
# Starts the real PostgreSQL and Redis the tests need, on 127.0.0.1 only:
# installs Debian's postgresql and redis-server when missing (as root), runs a
# private PostgreSQL cluster and a Redis in STATE_DIR (nothing system-wide is
# touched), creates the test role and database, and prints the two export
# lines for the tests. Idempotent: running it again reuses what is running.
#
#   eval "$(bash scripts/test-services.sh)"   # then: npm test
set -euo pipefail

PG_PORT="${TEST_PG_PORT:-55432}"
REDIS_PORT="${TEST_REDIS_PORT:-56379}"
STATE_DIR="${TEST_SERVICES_DIR:-/var/tmp/report-bot-test-services}"
DB_NAME=report_bot_test
DB_USER=report_bot_test
DB_PASSWORD=report_bot_test

say() { printf '%s\n' "test-services: $*" >&2; }

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/initdb" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    say "missing ${missing[*]}: run this script as root once, or: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  say "installing ${missing[*]} from Debian's packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
BIN="$(pg_bindir)"

if [ "${1:-}" = stop ]; then
  BIN="$(pg_bindir)"
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$STATE_DIR/pg" -m fast stop >&2 || true
  else "$BIN/pg_ctl" -D "$STATE_DIR/pg" -m fast stop >&2 || true; fi
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  say "stopped"
  exit 0
fi

mkdir -p "$STATE_DIR"
chmod 755 "$STATE_DIR"
PGDATA="$STATE_DIR/pg"
SOCKETS="$STATE_DIR/pg-socket"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package created.
if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  mkdir -p "$PGDATA" "$SOCKETS"
  chown postgres:postgres "$PGDATA" "$SOCKETS"
else
  as_pg() { "$@"; }
  mkdir -p "$PGDATA" "$SOCKETS"
fi
chmod 700 "$PGDATA"

if [ ! -f "$PGDATA/PG_VERSION" ]; then
  say "creating a private PostgreSQL cluster in $PGDATA"
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$SOCKETS -c fsync=off -c max_connections=200" start >/dev/null
fi
psql_admin() { as_pg "$BIN/psql" -h "$SOCKETS" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
fi

if [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" != PONG ]; then
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --dir "$STATE_DIR" --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log" >&2
  for _ in $(seq 1 50); do
    [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" = PONG ] && break
    sleep 0.1
  done
fi

say "PostgreSQL and Redis are up on 127.0.0.1 (data in $STATE_DIR; stop them with: bash scripts/test-services.sh stop)"
echo "export TEST_DATABASE_URL=postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
