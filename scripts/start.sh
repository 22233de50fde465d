#!/usr/bin/env bash
# Starts the demo portal on the embedded SQLite database at
# http://localhost:3000 (backend on :7007), with the example catalog and the
# demo repositories it creates on first start.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
exec yarn start
