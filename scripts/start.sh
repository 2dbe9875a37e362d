#!/usr/bin/env bash
# The main job, for now: our Airflow payload (dags/, plugins/, config/) running on this machine with
# real Airflow 3 from the test bed, against the local PostgreSQL. UI on http://localhost:8080.
# Ctrl-C stops every process it started. Later issues turn this into the full local stack.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/setup-python.sh
state=${AIRFLOW_LOCAL_STATE:-"$repo/.airflow-local"}
mkdir -p "$state"
port=${AIRFLOW_LOCAL_PORT:-8080}
db_name=${AIRFLOW_LOCAL_DB:-airflow_local}

# Secrets are made once and kept in .airflow-local (git-ignored), so a restart keeps sessions and users.
new_secret() { "$repo/.venv/bin/python" -c 'import secrets; print(secrets.token_urlsafe(32))'; }
if [ ! -f "$state/secrets.env" ]; then
  umask 077
  {
    echo "AIRFLOW__CORE__FERNET_KEY=$("$repo/.venv/bin/python" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')"
    echo "AIRFLOW__API_AUTH__JWT_SECRET=$(new_secret)"
    echo "AIRFLOW__API__SECRET_KEY=$(new_secret)"
    echo "ADMIN_PASSWORD=$(new_secret)"
  } > "$state/secrets.env"
fi
set -a
# shellcheck source=/dev/null
. "$state/secrets.env"
set +a

export AIRFLOW_HOME="$state/home"
export PYTHONPATH="$repo/config${PYTHONPATH:+:$PYTHONPATH}"
export AIRFLOW__CORE__DAGS_FOLDER="$repo/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$repo/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__EXECUTOR=LocalExecutor
export AIRFLOW__CORE__AUTH_MANAGER=airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager
export AIRFLOW__FAB__CONFIG_FILE="$repo/config/webserver_config.py"
export AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS=log_config.LOGGING_CONFIG
export AIRFLOW__LOGGING__JSON_LOGS=True
export AIRFLOW__API__BASE_URL="http://localhost:$port"
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://localhost:$port/execution/"
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=${AIRFLOW_LOCAL_DB_URL:-"postgresql+psycopg2://postgres@127.0.0.1:5432/$db_name"}
mkdir -p "$AIRFLOW_HOME"

if [ -z "${AIRFLOW_LOCAL_DB_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db_name"
fi

airflow=("$repo/.venv/bin/airflow")
echo "start: migrating the metadata database"
"${airflow[@]}" db migrate >"$state/migrate.log" 2>&1 || { tail -n 40 "$state/migrate.log"; exit 1; }
if ! "${airflow[@]}" users list 2>/dev/null | grep -qw admin; then
  "${airflow[@]}" users create --username admin --password "$ADMIN_PASSWORD" --role Admin \
    --firstname Admin --lastname User --email admin@example.com >"$state/users.log" 2>&1 ||
    { tail -n 20 "$state/users.log"; exit 1; }
fi

pids=()
# Each component runs in a session of its own, so stopping it also stops what it spawned (the
# scheduler's log server, the api-server's workers), which a signal to the component alone misses.
stop_all() {
  trap - INT TERM EXIT
  echo "start: stopping ${#pids[@]} components"
  local pid
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    pgrep -s "$(IFS=,; echo "${pids[*]}")" >/dev/null || break
    sleep 1
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

for component in api-server scheduler dag-processor triggerer; do
  args=("$component")
  [ "$component" = api-server ] && args+=(--port "$port")
  setsid "${airflow[@]}" "${args[@]}" >"$state/$component.log" 2>&1 &
  pids+=("$!")
  echo "start: $component started (log: $state/$component.log)"
done

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$port/api/v2/monitor/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://localhost:$port/api/v2/monitor/health" >/dev/null || { echo "start: api-server did not become healthy"; tail -n 40 "$state/api-server.log"; exit 1; }

cat <<MSG
start: Airflow is up on http://localhost:$port
       user admin, password in $state/secrets.env (ADMIN_PASSWORD)
       plugin route: http://localhost:$port/hello/
       Ctrl-C stops everything.
MSG
wait -n "${pids[@]}" || true
echo "start: a component exited; see $state/*.log"
