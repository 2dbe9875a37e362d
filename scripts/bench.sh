#!/usr/bin/env bash
# The benchmark (npm run bench): installs what it needs like the tests do, then runs scripts/bench.js
# against an emulator of its own. Exits non-zero only when a step fails, not when a target is missed.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/ensure-node-modules.sh
bash scripts/setup-python.sh >/dev/null
exec node scripts/bench.js "$@"
