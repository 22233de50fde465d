# shellcheck shell=bash
# Makes the local PostgreSQL available to the tests when one is installed:
# starts a stopped cluster, then exports the connection string that
# @backstage/backend-test-utils reads. Without one, tests run on SQLite only.

export BACKSTAGE_TEST_DISABLE_DOCKER=1
PG_URL="${AI_APPROVAL_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432}"

pg_reachable() {
  command -v psql >/dev/null && psql "$PG_URL/postgres" -Atqc 'select 1' >/dev/null 2>&1
}

ensure_postgres() {
  if ! pg_reachable && command -v pg_lsclusters >/dev/null; then
    local version
    version="$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1; exit }')"
    if [ -n "$version" ]; then
      echo "postgres: starting cluster $version/main" >&2
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
      for _ in $(seq 1 20); do pg_reachable && break; sleep 0.5; done
    fi
  fi
  if pg_reachable; then
    export BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING="$PG_URL"
    echo "postgres: tests run on PostgreSQL and SQLite" >&2
  else
    echo "postgres: not reachable; tests run on SQLite only" >&2
  fi
}
