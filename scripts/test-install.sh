#!/usr/bin/env bash
# Runs only the install test of scripts/test.sh: packs the packages, installs
# them into a freshly generated Backstage app, checks it in Chromium and runs
# the packed CLI with npx. KEEP_INSTALL_TEST=1 keeps the generated app.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
export CI=true
mkdir -p "$ROOT/.cache/test-results"
source "$ROOT/scripts/lib/portal.sh"
source "$ROOT/scripts/lib/install-test.sh"
ensure_chromium
yarn tsc
run_install_test "$ROOT/.cache/test-results/install.json"
