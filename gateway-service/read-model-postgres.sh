#!/usr/bin/env bash
# A throwaway PostgreSQL for the read model's tests: ./read-model-postgres.sh start | stop | url
#
#   start  installs PostgreSQL when it is missing (apt-get), creates a cluster under /tmp/civic-read-model-pg,
#          listening on 127.0.0.1:55432 only (trust authentication, nothing else can reach it), creates the
#          database "civic" and prints its JDBC URL (the only line on standard output)
#   stop   stops the cluster and removes it
#   url    prints the JDBC URL
#
# The cluster runs as the user "postgres" when started by root (PostgreSQL refuses to run as root), else as the
# calling user. Port and folder: CIVIC_PG_PORT (55432), CIVIC_PG_DIR (/tmp/civic-read-model-pg).
# README "The read model" shows the Maven command that runs the read-model tests against it.
set -euo pipefail

PORT="${CIVIC_PG_PORT:-55432}"
DIR="${CIVIC_PG_DIR:-/tmp/civic-read-model-pg}"
URL="jdbc:postgresql://127.0.0.1:${PORT}/civic?user=civic"

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    return 1
  fi
  echo "$found"
}

install_postgres() {
  if bin_dir >/dev/null; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this is not root: install the Debian package postgresql" >&2
    exit 1
  fi
  echo "installing PostgreSQL (apt-get)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin_dir >/dev/null || { echo "apt-get installed no PostgreSQL server binaries" >&2; exit 1; }
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  install_postgres
  local bin
  bin=$(bin_dir)
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "already running in $DIR" >&2
    echo "$URL"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$DIR"
  fi
  as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # Throwaway test cluster: no fsync (speed), listening on the loopback address only, its socket in its folder.
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" >&2 \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE civic LOGIN" -c "CREATE DATABASE civic OWNER civic" >&2
  echo "PostgreSQL on 127.0.0.1:$PORT in $DIR; stop it with $0 stop" >&2
  echo "$URL"
}

stop() {
  local bin
  if [ -d "$DIR/data" ] && bin=$(bin_dir); then
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  echo "stopped and removed $DIR" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
