#!/usr/bin/env bash
# make demo: against a running `make up` stack, a demo project with a GitHub integration receives a signed,
# real-shaped sequence of GitHub deliveries (pushes, CI runs with jobs, a failure and its re-run, production
# deployments) through the dashboard's /hooks path; prints what to open and the figures. Safe to run twice.
# Payloads: @octokit/webhooks-examples 7.6.1 (deploy/local/demo/), rewritten and signed by demo/demo.mjs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DEMO_DIR="$ROOT_DIR/deploy/local/demo"
up() { curl -fs -o /dev/null --max-time 2 "$1"; }
for url in http://127.0.0.1:5173/ http://127.0.0.1:8000/healthz http://127.0.0.1:8001/healthz \
           http://127.0.0.1:8002/healthz http://127.0.0.1:8003/healthz; do
  up "$url" || die "DevOpsTrack is not running ($url does not answer): run 'make up' first"
done

command -v node >/dev/null || die "Node.js 20.19+ is needed (the payloads are rewritten and signed in Node)"
if [[ ! -d "$DEMO_DIR/node_modules/@octokit/webhooks-examples" ]]; then
  say "installing the GitHub payload examples (npm ci in deploy/local/demo)"
  (cd "$DEMO_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi

say "replaying GitHub deliveries into a demo project"
node "$DEMO_DIR/demo.mjs"
