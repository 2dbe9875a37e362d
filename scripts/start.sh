#!/usr/bin/env bash
# The main job: the environment `local` deployed into the AWS emulator by the same bundles as the
# actions, then run on this machine with real Airflow (local/stack.py plays Fargate). UI on
# http://localhost:8080 (AIRFLOW_LOCAL_PORT). Ctrl-C stops every process it started.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/ensure-node-modules.sh
bash scripts/setup-python.sh
exec "$repo/.venv/bin/python" "$repo/local/stack.py"
