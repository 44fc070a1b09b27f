#!/usr/bin/env bash
# Benchmark of the job queue, end to end on loopback: tasks-service + 1, then 2 tasks-worker processes
# against the local Redis, no-op jobs (stage durations 0, failure rate 0).
# Prints: jobs/s from POST /tasks to SUCCEEDED, lost jobs, and SSE latency (worker change → client) p50/p99.
# Usage: bench/tasks.sh [jobs]   (env: TASKS_BENCH_REDIS_DATABASE, default 5; WORKER_CONCURRENCY, default 16)
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local/lib.sh

jobs="${1:-20000}"
# Not database 2: bench/metrics.sh flushes that one.
database="${TASKS_BENCH_REDIS_DATABASE:-5}"
prefix="bench-$(date +%s)-$$:"
mkdir -p bench/results

if [[ ! -f tasks-service/target/tasks-service.jar || ! -f tasks-worker/target/tasks-worker.jar ]]; then
  echo "==> building the tasks-service and tasks-worker jars"
  mvn -q -B -pl tasks-service,tasks-worker package -DskipTests
fi
ensure_package hey hey
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis is not running on 127.0.0.1:6379 (make up)"; exit 1; }

cleanup() {
  echo "==> deleting the bench's keys (${prefix}*) from Redis database ${database}"
  redis-cli -n "$database" --scan --pattern "${prefix}*" | xargs -r -n 500 redis-cli -n "$database" unlink >/dev/null
}
trap cleanup EXIT

for workers in 1 2; do
  echo "==> ${workers} worker(s), ${jobs} jobs (logs in bench/results/)"
  timeout 600 java bench/tasks/TasksBench.java "$workers" "$jobs" "${prefix}w${workers}:" "$database" \
    | tee "bench/results/tasks-${workers}-workers.txt"
done
