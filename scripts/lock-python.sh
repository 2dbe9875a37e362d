#!/usr/bin/env bash
# Re-resolves requirements-dev.in into the committed lock (run after changing a pin).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$repo/scripts/setup-python.sh" >/dev/null
"$repo/.venv/bin/uv" pip compile --quiet --universal --python-version 3.11 \
  "$repo/requirements-dev.in" -o "$repo/requirements-dev.lock"
