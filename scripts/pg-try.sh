#!/bin/sh
# A local PostgreSQL server for trying District Desk in server mode on one machine.
#   scripts/pg-try.sh         start it (first time: create it) and print the --db URL
#   scripts/pg-try.sh stop    stop it (its data stays in .pg-try/ until you delete it)
# Needs Debian's postgresql package (sudo apt-get install postgresql). As root, the server
# runs as the unprivileged user postgres (or nobody): PostgreSQL refuses to run as root.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
folder="$here/.pg-try"
port=${PG_TRY_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed: sudo apt-get install --no-install-recommends postgresql" >&2
    exit 1
fi
as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups "$@"
    else
        "$@"
    fi
}
if [ "${1:-start}" = stop ]; then
    as_server_user "$bin/pg_ctl" -D "$folder/data" -m fast -w stop
    exit 0
fi
if [ ! -d "$folder/data" ]; then
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$folder"
    as_server_user "$bin/initdb" -D "$folder/data" -A trust -U desk -E UTF8 --no-locale >/dev/null
fi
if ! as_server_user "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
    as_server_user "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1" start >/dev/null
fi
"$bin/psql" -h 127.0.0.1 -p "$port" -U desk -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'office'" | grep -q 1 ||
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U desk office
echo "postgresql://desk@127.0.0.1:$port/office"
