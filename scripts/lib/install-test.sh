# shellcheck shell=bash
# Proves that the packages install as a user installs them: builds and packs
# the plugin packages and the CLI, generates a new app with the newest
# @backstage/create-app, installs the tarballs with the lines the README
# documents, starts that app on SQLite with one entity linked to a small
# local git repository, checks its pages in Chromium, and runs the packed CLI
# with npx. Leaves no process and no temporary folder behind.

INSTALL_PACKS="$ROOT/.cache/packs"
INSTALL_APP_PID=""
INSTALL_TMP=""

# The tarball of a workspace package, packed with `yarn pack` (prepack and
# postpack rewrite the manifest as a publish does).
pack_package() {
  local dir="$1"
  (cd "$ROOT/$dir" && yarn build >&2 && yarn pack --out "$INSTALL_PACKS/%s-%v.tgz" >&2)
}

pack_all() {
  rm -rf "$INSTALL_PACKS" && mkdir -p "$INSTALL_PACKS"
  local dir
  for dir in plugins/ai-approval-common plugins/ai-approval-node \
    plugins/ai-approval-backend plugins/ai-approval packages/ai-approval-cli; do
    pack_package "$dir"
  done
  # scoped names pack as @scope-name-version.tgz
  ls -l "$INSTALL_PACKS" | awk 'NR > 1 { printf "pack: %8.1f kB  %s\n", $5 / 1024, $9 }' >&2
}

tarball() { echo "$INSTALL_PACKS/@ai-approval-$1"-[0-9]*.tgz; }

# A line of the README's install section, exactly as documented.
readme_line() {
  local line
  line="$(grep -F -m1 -- "$1" "$ROOT/README.md")" || {
    echo "install-test: the README no longer documents: $1" >&2
    return 1
  }
  echo "$line" | sed -E 's/^ +//'
}

generate_app() {
  INSTALL_TMP="$(mktemp -d "${TMPDIR:-/tmp}/ai-approval-install.XXXXXX")"
  BACKSTAGE_APP_NAME=install-test npx --yes @backstage/create-app@latest \
    --skip-install --path "$INSTALL_TMP/app" </dev/null >&2
  echo "install-test: generated Backstage $(node -p "require('$INSTALL_TMP/app/backstage.json').version")" >&2
}

# Changes to the generated app before the README's lines:
# - the registry pins of this repository (a partial mirror);
# - since the packages are not published, the libraries the plugins depend
#   on as tarballs too;
# - the fix the README gives for today's create-app template, whose empty
#   lockfile resolves plugin-signals-backend 0.3.21, which needs the
#   backend-defaults of the newer release (the backend does not start
#   otherwise, with or without these plugins).
prepare_app() {
  node - "$INSTALL_TMP/app" "$ROOT" \
    "$(tarball backstage-plugin-ai-approval-common)" \
    "$(tarball backstage-plugin-ai-approval-node)" <<'JS'
const fs = require('fs');
const [app, ours, common, node] = process.argv.slice(2);
const read = f => JSON.parse(fs.readFileSync(f, 'utf8'));
const write = (f, json) => fs.writeFileSync(f, `${JSON.stringify(json, null, 2)}\n`);
const root = read(`${app}/package.json`);
root.resolutions = {
  ...read(`${ours}/package.json`).resolutions,
  ...root.resolutions,
  '@ai-approval/backstage-plugin-ai-approval-common': `file:${common}`,
  '@ai-approval/backstage-plugin-ai-approval-node': `file:${node}`,
};
write(`${app}/package.json`, root);
const backend = read(`${app}/packages/backend/package.json`);
const defaults = '@backstage/backend-defaults';
backend.dependencies[defaults] =
  read(`${ours}/packages/backend/package.json`).dependencies[defaults];
write(`${app}/packages/backend/package.json`, backend);
JS
}

# Runs a documented `yarn --cwd <pkg> add <name>` line with the tarball.
run_add_line() {
  local line="$1" name words
  name="${line##* }"
  read -ra words <<<"${line% *}"
  (cd "$INSTALL_TMP/app" &&
    "${words[@]}" "$name@file:$(tarball "${name#@ai-approval/}")") >&2
}

install_into_app() {
  local backend_add app_add backend_line index
  backend_add="$(readme_line 'yarn --cwd packages/backend add @ai-approval/')"
  app_add="$(readme_line 'yarn --cwd packages/app add @ai-approval/')"
  backend_line="$(readme_line "backend.add(import('@ai-approval/")"
  run_add_line "$backend_add"
  run_add_line "$app_add"
  index="$INSTALL_TMP/app/packages/backend/src/index.ts"
  grep -q '^backend.start();' "$index"
  sed -i "s#^backend.start();#$backend_line\n\nbackend.start();#" "$index"
}

# One service whose repository has an AI-assisted change and a human one.
create_fixture() {
  local repo="$INSTALL_TMP/repos/payments"
  mkdir -p "$repo"
  git -C "$repo" init -q -b main
  commit() {
    git -C "$repo" -c user.name="$1" -c user.email="$2" \
      commit -q --allow-empty -m "$3"
  }
  commit 'Dana Lee' dana@example.com 'Initial payments service'
  commit 'Dana Lee' dana@example.com "Add retry budget to card payments

Co-Authored-By: Claude <noreply@anthropic.com>"
  cat >"$INSTALL_TMP/catalog.yaml" <<YAML
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments
  annotations:
    ai-approval/git-repositories: payments
spec:
  type: service
  lifecycle: production
  owner: guests
YAML
  cat >"$INSTALL_TMP/app-config.install-test.yaml" <<YAML
catalog:
  locations:
    - type: file
      target: $INSTALL_TMP/catalog.yaml
      rules: [{ allow: [Component] }]
aiApproval:
  schedule:
    frequency: { seconds: 15 }
    timeout: { minutes: 5 }
    initialDelay: { seconds: 5 }
  git:
    baseDir: $INSTALL_TMP/repos
YAML
}

stop_install_app() {
  if [ -n "$INSTALL_APP_PID" ]; then
    kill -TERM -- "-$INSTALL_APP_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 -- "-$INSTALL_APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$INSTALL_APP_PID" 2>/dev/null || true
    INSTALL_APP_PID=""
  fi
}

cleanup_install_test() {
  stop_install_app
  if [ -n "$INSTALL_TMP" ] && [ -z "${KEEP_INSTALL_TEST:-}" ]; then
    rm -rf "$INSTALL_TMP"
  fi
}

check_app_in_browser() {
  local output="$1"
  PORTAL_LOG="$ROOT/.cache/test-results/install-app.log"
  # exec: the job's pid is setsid's, the id of the app's process group
  (cd "$INSTALL_TMP/app" && exec setsid yarn start \
    --config "$INSTALL_TMP/app/app-config.yaml" \
    --config "$INSTALL_TMP/app-config.install-test.yaml" >"$PORTAL_LOG" 2>&1) &
  INSTALL_APP_PID=$!
  wait_for http://localhost:7007/api/ai-approval/health
  wait_for http://localhost:3000
  PLAYWRIGHT_JSON_OUTPUT_NAME="$output" yarn playwright test \
    --config scripts/install-test/playwright.config.ts --reporter=list,json
  stop_install_app
}

# The packed CLI through npx, as a CI job runs it: below 100% it exits 1,
# and its Markdown summary names the unapproved change with its evidence.
check_cli_with_npx() {
  local out="$INSTALL_TMP/npx-scan.txt" summary="$INSTALL_TMP/summary.md" code=0
  (cd "$INSTALL_TMP" && npx --yes "file:$(tarball cli)" scan repos/payments \
    --fail-under 100 --summary "$summary") >"$out" 2>&1 || code=$?
  cat "$out" "$summary" >&2
  if [ "$code" -ne 1 ]; then
    echo "install-test: npx scan --fail-under 100 exited $code, expected 1" >&2
    return 1
  fi
  grep -q 'compliance 0% is below --fail-under 100%' "$out"
  grep -q 'Add retry budget to card payments' "$summary"
  grep -q 'Co-Authored-By: Claude' "$summary"
}

# The run step of action.yml, as GitHub runs it on a shallow checkout, with
# the CLI tarball as its package: it deepens the checkout, writes the job
# summary and fails the job below fail-under.
check_action_with_tarball() {
  local checkout="$INSTALL_TMP/checkout" summary="$INSTALL_TMP/step-summary.md"
  local script code=0
  git clone -q --depth 1 "file://$INSTALL_TMP/repos/payments" "$checkout"
  script="$(node -e "
    const { parse } = require(require.resolve('yaml', { paths: ['$ROOT/packages/ai-approval-cli'] }));
    const action = parse(require('fs').readFileSync('$ROOT/action.yml', 'utf8'));
    process.stdout.write(action.runs.steps[0].run);")"
  (cd "$checkout" && env GITHUB_WORKSPACE="$checkout" GITHUB_STEP_SUMMARY="$summary" \
    AI_APPROVAL_PACKAGE="$(tarball cli)" AI_APPROVAL_VERSION=0.1.0 \
    AI_APPROVAL_FETCH_DEPTH=0 AI_APPROVAL_FAIL_UNDER=100 AI_APPROVAL_SINCE= \
    AI_APPROVAL_SENIORS_FILE= AI_APPROVAL_POLICY_FILE= AI_APPROVAL_BRANCH= \
    bash -e -c "$script") >&2 || code=$?
  cat "$summary" >&2
  if [ "$code" -ne 1 ]; then
    echo "install-test: the action's step exited $code, expected 1" >&2
    return 1
  fi
  [ "$(git -C "$checkout" rev-parse --is-shallow-repository)" = false ]
  grep -q 'Add retry budget to card payments' "$summary"
}

timed() {
  local name="$1" t0
  shift
  t0=$(date +%s)
  "$@"
  echo "install-test: $name: $(($(date +%s) - t0))s" >&2
}

run_install_test() {
  local output="$1"
  trap cleanup_install_test EXIT
  timed "build and pack" pack_all
  timed "generate app" generate_app
  prepare_app
  timed "install tarballs" install_into_app
  create_fixture
  timed "app in Chromium" check_app_in_browser "$output"
  timed "npx scan" check_cli_with_npx
  timed "action step" check_action_with_tarball
  cleanup_install_test
  trap - EXIT
}
