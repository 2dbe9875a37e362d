#!/usr/bin/env bash
# Installs the npm packages from the lock when node_modules is missing or was made from another lock.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
want=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$want" ]; then
  echo "ensure-node-modules: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > node_modules/.lock-hash
fi
