#!/usr/bin/env bash
# Benchmark of the GitHub hook against the running stack (make up) on loopback: signed workflow_run and workflow_job
# deliveries at increasing rates (HOOKS_BENCH_RATES, default 250,500,1000,1500 deliveries/s, HOOKS_BENCH_STEP_SECONDS
# 20 s each, then up to HOOKS_BENCH_DRAIN_SECONDS 20 s of drain), each step into a project and integration of its
# own. Prints per step: accepted deliveries/s, hook answer p50/p99, 202 → job visible in GET /tasks p50/p99, lost and
# duplicated runs, CPU per process. Client: bench/hooks/bench.mjs (Node, keep-alive), payloads from
# @octokit/webhooks-examples (deploy/local/demo/). The jobs stay in tasks-service; the step projects are deleted.
# The hooks go through the dashboard (127.0.0.1:5173/hooks) when it routes them, else straight to projects-service.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local/lib.sh

mkdir -p bench/results
for port in 8000 8001 8002; do
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz" || die "nothing healthy on :$port: run 'make up' first"
done
command -v redis-cli >/dev/null || die "redis-cli is missing (servers.sh installs redis-server, which has it)"
if [[ ! -d deploy/local/demo/node_modules/@octokit/webhooks-examples ]]; then
  say "installing the GitHub payload examples (npm ci in deploy/local/demo)"
  (cd deploy/local/demo && npm ci --no-audit --no-fund --loglevel=error)
fi

hook_url=http://127.0.0.1:5173
# A POST the dashboard does not route is nginx's 405/404 page; projects-service answers 404 problem JSON.
if ! curl -s -X POST --max-time 2 "$hook_url/hooks/github/000000000000000000000000" | grep -q '"status"'; then
  warn "the dashboard does not route /hooks yet: posting straight to projects-service on :8001"
  hook_url=http://127.0.0.1:8001
fi

# The process listening on the port and every process below it (nginx's workers, PostgreSQL's backends), as a+b+c.
pid_on() {
  local todo all
  todo=$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | tr '\n' ' ')
  all=$todo
  while [[ -n "${todo// }" ]]; do
    todo=$(for pid in $todo; do pgrep -P "$pid" || true; done | tr '\n' ' ')
    all+=" $todo"
  done
  tr ' ' '\n' <<<"$all" | grep . | sort -un | paste -sd+
}
pids=()
for entry in projects=8001 tasks=8002 metrics=8003 mongo-wire=27017 redis=6379 nginx=5173 auth=8000 worker=8004 \
             postgres=5432 influxdb=8086 prometheus=9090 alertmanager=9093; do
  pid=$(pid_on "${entry#*=}" || true)
  [[ -n "$pid" ]] && pids+=("${entry%%=*}=$pid")
done

stamp=$(date +%Y%m%d-%H%M%S)
say "hooks benchmark (load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
HOOKS_BENCH_HOOK_URL=$hook_url HOOKS_BENCH_PIDS=$(IFS=,; echo "${pids[*]}") HOOKS_BENCH_STAMP=$stamp \
HOOKS_BENCH_CLK_TCK=$(getconf CLK_TCK) HOOKS_BENCH_JSON=bench/results/hooks-$stamp.json \
  timeout 600 node bench/hooks/bench.mjs | tee "bench/results/hooks-$stamp.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); results in bench/results/hooks-$stamp.{txt,json}" \
  | tee -a "bench/results/hooks-$stamp.txt"
