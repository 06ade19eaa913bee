#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the adapters-jdbc tests tagged "postgresql".
#
#   bash .ci/postgres.sh start   # install PostgreSQL if missing, start a cluster, write env file
#   . "${PGCI_DIR:-/tmp/civiclab-pg-ci}/env"   # exports CIVICLAB_PG_URL, _USER, _PASSWORD
#   bash .ci/postgres.sh stop    # stop the cluster and delete it
#
# The cluster listens on 127.0.0.1 only (port PGCI_PORT, default 54329), runs as a non-root
# user (civiclab-ci, created if missing, when this script runs as root) and lives in PGCI_DIR.
# Any failure exits non-zero with a message: CI must never skip the PostgreSQL tests silently.
# The cluster commits durably (fsync=on, synchronous_commit=on, PostgreSQL's defaults, set
# explicitly) so that the crash test runs against the settings a real deployment keeps.
set -euo pipefail

PGCI_PORT="${PGCI_PORT:-54329}"
PGCI_DIR="${PGCI_DIR:-${TMPDIR:-/tmp}/civiclab-pg-ci}"
PGCI_DB="${PGCI_DB:-civiclab_test}"
PGCI_ROLE="${PGCI_ROLE:-civiclab}"
OS_USER="civiclab-ci"

die() {
  echo "postgres.sh: $*" >&2
  exit 1
}

is_root() {
  [ "$(id -u)" -eq 0 ]
}

# Runs a command as the cluster's non-root owner, from the cluster's directory.
as_owner() {
  if is_root; then
    (cd "$PGCI_DIR" && runuser -u "$OS_USER" -- "$@")
  else
    (cd "$PGCI_DIR" && "$@")
  fi
}

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

install_postgres() {
  echo "== PostgreSQL not found: installing it from Debian packages"
  local sudo=""
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "PostgreSQL is missing and this user cannot install it (not root, no sudo)"
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    postgresql || die "apt-get install postgresql failed"
}

start() {
  local bin
  if ! bin="$(find_bin)"; then
    install_postgres
    bin="$(find_bin)" || die "PostgreSQL was installed but initdb/pg_ctl are still not found"
  fi
  echo "== PostgreSQL binaries: $bin ($("$bin/pg_ctl" --version))"

  if [ -d "$PGCI_DIR" ]; then
    echo "== removing a previous cluster in $PGCI_DIR"
    stop
  fi
  if is_root && ! id "$OS_USER" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$OS_USER" \
      || die "cannot create user $OS_USER"
  fi
  mkdir -p "$PGCI_DIR"
  chmod 700 "$PGCI_DIR"
  if is_root; then
    chown "$OS_USER:" "$PGCI_DIR"
  fi

  local password
  password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
  printf '%s\n' "$password" > "$PGCI_DIR/pwfile"
  if is_root; then
    chown "$OS_USER:" "$PGCI_DIR/pwfile"
  fi
  chmod 600 "$PGCI_DIR/pwfile"

  as_owner "$bin/initdb" -D "$PGCI_DIR/data" -U "$PGCI_ROLE" --pwfile="$PGCI_DIR/pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$PGCI_DIR/initdb.log" 2>&1 \
    || { cat "$PGCI_DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$PGCI_DIR/pwfile"

  as_owner "$bin/pg_ctl" -D "$PGCI_DIR/data" -l "$PGCI_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGCI_PORT -c unix_socket_directories=$PGCI_DIR -c fsync=on -c synchronous_commit=on" \
    start >/dev/null \
    || { cat "$PGCI_DIR/server.log" >&2 || true; die "the cluster did not start on 127.0.0.1:$PGCI_PORT"; }

  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$PGCI_PORT" -U "$PGCI_ROLE" -d postgres \
    -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $PGCI_DB ENCODING 'UTF8'" \
    || die "cannot create database $PGCI_DB"

  cat > "$PGCI_DIR/env" <<EOF
export CIVICLAB_PG_URL='jdbc:postgresql://127.0.0.1:$PGCI_PORT/$PGCI_DB'
export CIVICLAB_PG_USER='$PGCI_ROLE'
export CIVICLAB_PG_PASSWORD='$password'
EOF
  chmod 644 "$PGCI_DIR/env"
  echo "== PostgreSQL ready on 127.0.0.1:$PGCI_PORT, database $PGCI_DB"
  echo "== source $PGCI_DIR/env for CIVICLAB_PG_URL, CIVICLAB_PG_USER, CIVICLAB_PG_PASSWORD"
}

stop() {
  if [ ! -d "$PGCI_DIR" ]; then
    echo "== no cluster in $PGCI_DIR"
    return 0
  fi
  local bin
  if [ -f "$PGCI_DIR/data/postmaster.pid" ] && bin="$(find_bin)" \
      && as_owner "$bin/pg_ctl" -D "$PGCI_DIR/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$PGCI_DIR/data" -m fast -w -t 60 stop >/dev/null \
      || die "the cluster in $PGCI_DIR did not stop"
  fi
  rm -rf "$PGCI_DIR"
  echo "== PostgreSQL cluster stopped and removed"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash .ci/postgres.sh start|stop" >&2; exit 2 ;;
esac
