#!/usr/bin/env bash
# Benchmark of the local stack (npm start): seconds from the command to "Airflow is up" (every
# component healthy), cold (new state folder and database: first deploy, migrations, admin user)
# and warm (a second start on what the first left). Stops the stack after each; cleans up.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
bash scripts/setup-python.sh >/dev/null

state=$(mktemp -d /tmp/af-bench-local-XXXXXX)
database="airflow_bench_$$"
port=${AIRFLOW_LOCAL_PORT:-$("$repo/.venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
cleanup() {
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT

start_to_healthy() {
  local log="$state/$1.out" began pid
  began=$(date +%s.%N)
  AIRFLOW_LOCAL_STATE="$state/stack" AIRFLOW_LOCAL_DB=$database AIRFLOW_LOCAL_PORT=$port \
    setsid bash scripts/start.sh >"$log" 2>&1 &
  pid=$!
  until grep -q 'Airflow is up' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  awk -v began="$began" -v now="$(date +%s.%N)" 'BEGIN { print now - began }'
  kill -INT -- "-$pid"
  wait "$pid" || true
}

cold=$(start_to_healthy cold)
warm=$(start_to_healthy warm)
printf 'local stack, start to healthy: cold %.1f s, warm %.1f s\n' "$cold" "$warm"
