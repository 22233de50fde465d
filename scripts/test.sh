#!/usr/bin/env bash
# Runs every check and test, in order: install (frozen lockfile), tsc, lint,
# prettier, API reports, unit and integration tests (SQLite, and PostgreSQL
# when one is reachable), the chaos and replica scripts (short, on
# PostgreSQL), end-to-end tests in headless Chromium against a portal this
# script starts, and the install test: the packed packages in a
# freshly generated Backstage app, and the packed CLI through npx. Exits
# non-zero on any failure and leaves no process behind.
set -euo pipefail
START=$(date +%s)
source "$(dirname "$0")/bootstrap.sh"
export CI=true
RESULTS="$ROOT/.cache/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

step() {
  local name="$1"
  shift
  local t0=$(date +%s)
  echo "=== $name" >&2
  "$@"
  echo "=== $name: $(($(date +%s) - t0))s" >&2
}

source "$ROOT/scripts/lib/postgres.sh"
source "$ROOT/scripts/lib/portal.sh"
source "$ROOT/scripts/lib/install-test.sh"

step "tsc" yarn tsc
step "api reports in sync" yarn build:api-reports --ci
step "openapi in sync" node scripts/generate-openapi.js plugins/ai-approval-backend --check
step "lint" yarn backstage-cli repo lint
step "prettier" yarn prettier --check .
step "postgres" ensure_postgres
step "unit and integration tests" yarn backstage-cli repo test \
  --json --outputFile="$RESULTS/jest.json"
step "chaos (short)" node scripts/chaos.js --short
step "replicas (short)" node scripts/replicas.js --short
step "chromium" ensure_chromium
step "end-to-end tests" run_e2e "$RESULTS/e2e.json"
step "install into a new Backstage app" run_install_test "$RESULTS/install.json"

node scripts/lib/summarize-results.js "$RESULTS/jest.json" "$RESULTS/e2e.json" \
  "$RESULTS/install.json"
echo "total: $(($(date +%s) - START))s" >&2
