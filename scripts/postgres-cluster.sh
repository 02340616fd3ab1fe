#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for the tests: initdb in a temporary directory (as the
# 'postgres' user when run as root, since PostgreSQL refuses to run as root), listening on loopback
# only, trust authentication for local connections.
#   scripts/postgres-cluster.sh start DIR [PORT]  -> prints the Npgsql connection string
#   scripts/postgres-cluster.sh stop DIR
set -euo pipefail
cmd="${1:?start|stop}"
dir="${2:?directory for the cluster}"
port="${3:-55432}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL server not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
