#!/usr/bin/env bash
# Installs the Debian packages Quarry's local stack needs, only when missing:
#   redis-server (the pipeline's job queue) for every command that starts the stack;
#   chromium (Playwright's browser; never downloaded by Playwright here) for `test`;
#   postgresql (the server the integration tests also run on) for `test`, and for every command
#   when QUARRY_DATABASE=postgresql (the local stack then keeps its data in PostgreSQL).
# Java and Maven are prerequisites (README), checked with a clear message by the stack manager.
set -euo pipefail
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ "${1:-}" = test ]; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
if [ "${1:-}" = test ] || [ "${QUARRY_DATABASE:-}" = postgresql ]; then
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n)
else
  echo "quarry: missing Debian packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "quarry: installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
