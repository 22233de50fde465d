# shellcheck shell=bash
# Installs Debian's Chromium when it is missing, starts the portal in its own
# process group for the end-to-end tests, and always stops it again.

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMIUM_PATH
PORTAL_PID=""

ensure_chromium() {
  if [ -x "$CHROMIUM_PATH" ]; then
    return
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "chromium: installing Debian's chromium" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
}

stop_portal() {
  if [ -n "$PORTAL_PID" ]; then
    kill -TERM -- "-$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 -- "-$PORTAL_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=""
  fi
}

wait_for() {
  local url="$1" deadline=$(($(date +%s) + 240))
  until curl -fsS -o /dev/null "$url"; do
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "portal: $url did not answer within 240s; log:" >&2
      tail -n 60 "$PORTAL_LOG" >&2
      return 1
    fi
    sleep 2
  done
}

run_e2e() {
  local output="$1"
  PORTAL_LOG="$ROOT/.cache/test-results/portal.log"
  trap stop_portal EXIT
  # A fresh database and fresh demo repositories for every run
  export AI_APPROVAL_DATA_DIR="$ROOT/.cache/e2e-data"
  rm -rf "$AI_APPROVAL_DATA_DIR"
  setsid yarn start --config "$ROOT/app-config.yaml" \
    --config "$ROOT/app-config.e2e.yaml" >"$PORTAL_LOG" 2>&1 &
  PORTAL_PID=$!
  wait_for http://localhost:7007/api/ai-approval/health
  wait_for http://localhost:3000
  PLAYWRIGHT_JSON_OUTPUT_NAME="$output" \
    yarn playwright test --reporter=list,json
  stop_portal
  trap - EXIT
}
