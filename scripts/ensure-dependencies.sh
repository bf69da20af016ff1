#!/usr/bin/env bash
# Installs npm dependencies when package-lock.json changed since the last install.
# `npm install` rather than `npm ci`: the registry reachable here serves no macOS/Windows builds of
# turbo's optional platform packages, so the lock file lacks them and `npm ci` refuses it; with an
# unchanged lock file `npm install` installs exactly the locked versions.
set -euo pipefail
stamp=node_modules/.quarry-lock-hash
manifest_hash() { cat package.json ./*/package.json ./*/*/package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1; }
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(manifest_hash)" ]; then
  echo "quarry: installing npm dependencies"
  npm install --no-audit --no-fund --loglevel=error
  manifest_hash > "$stamp"
fi
