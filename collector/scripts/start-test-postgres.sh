#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the collector's tests and bench, using the Debian
# server binaries: a temp dir, a free loopback port, trust auth for loopback only, one database.
# Prints the postgres:// URL on its last line. Stop it with stop-test-postgres.sh <url or dir>.
#   usage: collector/scripts/start-test-postgres.sh [database-name]
set -euo pipefail

database="${1:-collector_test}"
bin_dir="${PG_BIN_DIR:-}"
if [ -z "$bin_dir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin_dir="$candidate"
  done
fi
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
  echo "No PostgreSQL server binaries found (install the Debian package postgresql, or set PG_BIN_DIR)" >&2
  exit 1
fi

# initdb and the server refuse to run as root: run them as the postgres user then.
as_server_user() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A free port: ask the kernel for one on loopback, then hand it to the server.
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

base_dir="$(mktemp -d "${TMPDIR:-/tmp}/collector-pg.XXXXXX")"
chmod 755 "$base_dir"
data_dir="$base_dir/data"
mkdir "$data_dir"
if [ "$(id -u)" = "0" ]; then chown postgres: "$base_dir" "$data_dir"; fi
user="$(if [ "$(id -u)" = "0" ]; then echo postgres; else id -un; fi)"

as_server_user "$bin_dir/initdb" -D "$data_dir" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$base_dir/initdb.log" 2>&1 \
  || { cat "$base_dir/initdb.log" >&2; exit 1; }

# Loopback only, no Unix socket in a shared directory, trust auth only for 127.0.0.1.
cat > "$data_dir/pg_hba.conf" <<HBA
host all all 127.0.0.1/32 trust
HBA
as_server_user "$bin_dir/pg_ctl" -D "$data_dir" -l "$base_dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$base_dir' -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$base_dir/server.log" >&2; exit 1; }

as_server_user "$bin_dir/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$database"
# The stop script finds the cluster by its port.
echo "$base_dir" > "${TMPDIR:-/tmp}/collector-pg-$port.dir"
echo "PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') running in $base_dir (stop: collector/scripts/stop-test-postgres.sh postgres://$user@127.0.0.1:$port/$database)"
echo "postgres://$user@127.0.0.1:$port/$database"
