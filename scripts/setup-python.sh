#!/usr/bin/env bash
# Creates the test bed's Python environment (Airflow, providers, moto, linters) from the committed
# lock, and links it as ./.venv. The environment lives in a cache folder keyed by the lock's hash
# and the interpreter's version, so a fresh clone with the same lock reuses it in seconds.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lock="$repo/requirements-dev.lock"
cache_root=${AIRFLOW_FARGATE_CACHE:-"$HOME/.cache/airflow-fargate"}
uv_version=0.13.8

find_python() {
  local candidate
  for candidate in "${AIRFLOW_FARGATE_PYTHON:-}" python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 12))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  echo "setup-python: no Python 3.12 or 3.11 found; set AIRFLOW_FARGATE_PYTHON to one" >&2
  return 1
}

python=$(find_python)
py_version=$("$python" -c 'import platform; print(platform.python_version())')
key=$( { cat "$lock"; echo "$py_version uv=$uv_version"; } | sha256sum | cut -c1-16)
venv="$cache_root/venv-$key"

mkdir -p "$cache_root"
exec 9>"$cache_root/.lock"
flock 9  # two set-ups at once (tests and the main job) must not build the same folder
if [ ! -f "$venv/.complete" ]; then
  echo "setup-python: building $venv (Python $py_version, lock $key); this takes a few minutes once"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$uv_version"
  "$venv/bin/uv" pip install --quiet --python "$venv/bin/python" -r "$lock"
  touch "$venv/.complete"
fi

ln -sfn "$venv" "$repo/.venv"
echo "setup-python: .venv -> $venv"
