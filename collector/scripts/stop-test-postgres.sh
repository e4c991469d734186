#!/usr/bin/env bash
# Stops a cluster made by start-test-postgres.sh and deletes its temp dir.
#   usage: collector/scripts/stop-test-postgres.sh <postgres://… URL printed by the start script | its dir>
set -euo pipefail

target="${1:?usage: stop-test-postgres.sh <postgres-url | cluster-dir>}"
if [ -d "$target" ]; then
  base_dir="$target"
else
  port="$(echo "$target" | sed -E 's#^postgres(ql)?://[^@/]*@?[^:/]*:([0-9]+).*#\2#')"
  marker="${TMPDIR:-/tmp}/collector-pg-$port.dir"
  [ -f "$marker" ] || { echo "No test cluster known on port $port" >&2; exit 1; }
  base_dir="$(cat "$marker")"
  rm -f "$marker"
fi
[ -f "$base_dir/data/PG_VERSION" ] || { echo "$base_dir is not a test cluster" >&2; exit 1; }

bin_dir="${PG_BIN_DIR:-}"
if [ -z "$bin_dir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && bin_dir="$candidate"
  done
fi
if [ "$(id -u)" = "0" ]; then
  runuser -u postgres -- "$bin_dir/pg_ctl" -D "$base_dir/data" -m fast -w stop >/dev/null || true
else
  "$bin_dir/pg_ctl" -D "$base_dir/data" -m fast -w stop >/dev/null || true
fi
rm -rf "$base_dir"
echo "stopped and removed $base_dir"
