#!/usr/bin/env bash
# Runs the dashboard's end-to-end tests (Playwright Test) in Debian's Chromium against the real stack. Starts
# the services and the dashboard when they are not running, and stops again only what it started.
# A stack started here runs the worker with WORKER_FAILURE_RATE=0 (override it in the environment), so
# that a job the tests expect to succeed does; against a running stack the tests retry a failed job.
# Playwright never downloads a browser here: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, executablePath /usr/bin/chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Debian's Chromium by default; CHROMIUM_PATH names another (e.g. Google Chrome on GitHub's Ubuntu runners).
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser"
else
  ensure_package /usr/bin/chromium chromium
fi
stack_up() {
  local port
  for port in 5173 8000 8001 8002 8003 8004; do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/$([[ $port == 5173 ]] || echo healthz)" || return 1
  done
}
started_here=""
if ! stack_up; then
  started_here=1
  export WORKER_FAILURE_RATE="${WORKER_FAILURE_RATE:-0}"
  bash "$ROOT_DIR/deploy/local/servers.sh" up
  (cd "$ROOT_DIR" && make --no-print-directory build)
  bash "$ROOT_DIR/deploy/local/services.sh" up
  bash "$ROOT_DIR/deploy/local/dashboard.sh" up
fi
cleanup() {
  if [[ -n "$started_here" ]]; then
    bash "$ROOT_DIR/deploy/local/dashboard.sh" down
    bash "$ROOT_DIR/deploy/local/services.sh" down
  fi
}
trap cleanup EXIT
# The OpenAPI documents the dashboard's API types are generated from must match what the running services publish.
bash "$ROOT_DIR/deploy/local/api-types-check.sh"
cd "$ROOT_DIR/frontend"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm run --silent e2e -- "$@"
# A whole run ends with `make demo` on the same stack: it fails unless its runs finish as jobs and its runs and
# production deployments count in /stats/summary and /stats/delivery.
if [[ $# -eq 0 ]]; then
  say "make demo on the same stack"
  bash "$ROOT_DIR/deploy/local/demo.sh"
fi
