#!/usr/bin/env bash
# Every test: installs what it needs (npm packages, the pinned Python test bed), then type-checks,
# lints, runs jest (TypeScript, against the AWS emulator) and pytest (real Airflow).
# Ends with one line "N passed, N failed" over both runners.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo" || exit 1

bash scripts/ensure-node-modules.sh || exit 1
bash scripts/setup-python.sh || exit 1
# The local stack's browser test drives Debian's chromium through playwright-core (no bundled browser).
if [ ! -x /usr/bin/chromium ]; then
  { apt-get update -qq && apt-get install -y -qq chromium; } || exit 1
fi

mkdir -p build
# The runner executes the bundles on Node 24; this machine's Node 20 only draws the SDK's notice
# that future releases will need Node 22, once per process.
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
status=0
step() {
  echo "== $*"
  "$@" || status=1
}

step npx tsc --noEmit
step npx eslint .
step npx prettier --check --log-level warn .
step npx jest --ci --json --outputFile=build/jest-results.json
step .venv/bin/pytest --junitxml=build/pytest-results.xml

counts=$(node scripts/count-results.js build/jest-results.json build/pytest-results.xml) || status=1
echo "$counts"
exit "$status"
