#!/usr/bin/env bash
# Starts the demo portal as users get it, on one port,
# http://localhost:${PORT:-7007}: the app's production bundle served by the
# backend's app-backend plugin, the backend run from its production bundle
# with production dependencies only (NODE_ENV=production), following
# Backstage's production setup (yarn build:backend, then the skeleton, a
# production install and the bundle, as its Dockerfile does). Demo data on
# the embedded SQLite database, with the example catalog and the demo
# repositories created on first start, all under .cache/production.
#
#   PORT=7107 ./scripts/start-production.sh
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
PORT="${PORT:-7007}"
DIST="$ROOT/.cache/production"

# the backend's bundle; the app is a dependency of the backend, so this
# builds it (packages/app/dist) and puts it in the bundle as well
yarn build:backend >&2

mkdir -p "$DIST"
rm -rf "$DIST/packages" "$DIST/plugins"
tar xzf "$ROOT/packages/backend/dist/skeleton.tar.gz" -C "$DIST"
cp "$ROOT/package.json" "$ROOT/yarn.lock" "$ROOT/.yarnrc.yml" "$DIST/"
mkdir -p "$DIST/.yarn"
cp -r "$ROOT/.yarn/releases" "$DIST/.yarn/"
# a production install, again only when the dependencies changed
installed="$(cat "$DIST/package.json" "$DIST/yarn.lock" | sha256sum)"
if [ "$(cat "$DIST/.installed" 2>/dev/null)" != "$installed" ]; then
  (cd "$DIST" && yarn workspaces focus --all --production >&2)
  echo "$installed" >"$DIST/.installed"
fi
tar xzf "$ROOT/packages/backend/dist/bundle.tar.gz" -C "$DIST"
cp -r "$ROOT/examples" "$ROOT/app-config.yaml" "$ROOT/app-config.demo.yaml" \
  "$DIST/"

# app-config.yaml's relative paths (database, examples, demo repositories)
# are relative to packages/backend, as with ./scripts/start.sh
cd "$DIST/packages/backend"
export NODE_ENV=production
export APP_CONFIG_app_baseUrl="http://localhost:$PORT"
export APP_CONFIG_backend_baseUrl="http://localhost:$PORT"
export APP_CONFIG_backend_listen_port="$PORT"
echo "portal: http://localhost:$PORT" >&2
exec node . --config ../../app-config.yaml --config ../../app-config.demo.yaml
