#!/bin/sh
# A throwaway PostgreSQL cluster on 127.0.0.1 and a random port, for the test suite.
#   scripts/pg-cluster.sh start DIR   → prints the server URL (postgresql+psycopg://…)
#   scripts/pg-cluster.sh stop DIR
# fsync is off for the throwaway test cluster (REFPARCOURS_PG_FSYNC=on for the load benchmark).
# Debian's postgresql package provides the binaries; the server refuses to run as root, so
# as root it runs as the "postgres" system user.
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U refparcours -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${REFPARCOURS_PG_FSYNC:-off} -c max_connections=200" start >/dev/null
    echo "postgresql+psycopg://refparcours@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
