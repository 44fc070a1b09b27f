#!/usr/bin/env bash
# Benchmark of metrics-service, loopback only, against the servers of deploy/local/servers.sh:
#  1. ingestion: EVENTS job events put on devopstrack:{jobs}:executions (Redis database BENCH_REDIS_DATABASE, default 2,
#     flushed first), metrics-service started from its jar on BENCH_PORT; points/s from the first to the last
#     acknowledgement of the consumer group;
#  2. the same line protocol posted straight to InfluxDB through the same /api/v2/write proxy path, in batches of
#     the same size (BATCH) on one keep-alive connection; points/s and the ratio ingestion/direct;
#  3. /stats/summary latency over LOAD_POINTS (1,000,000) stored points, RUNS (7) calls, p50 and max.
# The service trusts a key pair of the bench's own (bench/metrics/bench.py jwks), so auth-service is not needed.
# Tunables: EVENTS (2000000), BATCH (5000), LOAD_POINTS (1000000; 0 skips step 3), RUNS (7), BENCH_PORT (18003),
# JWKS_PORT (18998), BENCH_JAVA_OPTS (extra JVM options for the service, e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${EVENTS:-2000000} BATCH=${BATCH:-5000} LOAD_POINTS=${LOAD_POINTS:-1000000} RUNS=${RUNS:-7}
BENCH_PORT=${BENCH_PORT:-18003} JWKS_PORT=${JWKS_PORT:-18998}
export BENCH_REDIS_DATABASE=${BENCH_REDIS_DATABASE:-2}
INFLUX=${INFLUX_URL:-http://127.0.0.1:8086} INFLUXD=${INFLUXD_URL:-http://127.0.0.1:18086}
WORK=bench/results/metrics-$(date +%s)
mkdir -p "$WORK"
say() { printf '\n== %s\n' "$*"; }
bench() { python3 bench/metrics/bench.py "$@"; }
influxql() { curl -fsS -XPOST "$INFLUXD/query?db=${2:-}" --data-urlencode "q=$1" >/dev/null; }

service_pid= jwks_pid=
cleanup() {
  [[ -n "$service_pid" ]] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
  [[ -n "$jwks_pid" ]] && kill "$jwks_pid" 2>/dev/null || true
}
trap cleanup EXIT

curl -fsS -m 2 "$INFLUX/ping" >/dev/null || { echo "no InfluxDB proxy on $INFLUX: run deploy/local/servers.sh up" >&2; exit 1; }
[[ -f metrics-service/target/metrics-service.jar ]] || mvn -q -B -pl metrics-service -DskipTests package

say "fresh databases metrics_bench and metrics_bench_direct, Redis database $BENCH_REDIS_DATABASE flushed"
for db in metrics_bench metrics_bench_direct; do influxql "DROP DATABASE $db"; influxql "CREATE DATABASE $db"; done
redis-cli -n "$BENCH_REDIS_DATABASE" flushdb >/dev/null

say "putting $EVENTS events on devopstrack:{jobs}:executions"
bench events "$EVENTS" | redis-cli -n "$BENCH_REDIS_DATABASE" --pipe >/dev/null

say "bench JWK Set on 127.0.0.1:$JWKS_PORT"
python3 bench/metrics/bench.py jwks "$WORK/auth" "$JWKS_PORT" & jwks_pid=$!
for _ in $(seq 50); do curl -fsS -m 1 "http://127.0.0.1:$JWKS_PORT/jwks" >/dev/null 2>&1 && break; sleep 0.2; done

say "starting metrics-service on $BENCH_PORT (log: $WORK/metrics-service.log); ingestion:"
PORT=$BENCH_PORT REDIS_DATABASE=$BENCH_REDIS_DATABASE INFLUX_URL=$INFLUX INFLUX_BUCKET=metrics_bench \
  DEVOPSTRACK_INGESTION_FLUSH_INTERVAL=${FLUSH_INTERVAL:-100ms} DEVOPSTRACK_INGESTION_BATCH_SIZE=$BATCH DEVOPSTRACK_INGESTION_READ_COUNT=${READ_COUNT:-500} \
  AUTH_JWKS_URI=http://127.0.0.1:$JWKS_PORT/jwks \
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar metrics-service/target/metrics-service.jar >"$WORK/metrics-service.log" 2>&1 &
service_pid=$!
ingest=$(BENCH_SERVICE_PID=$service_pid bench wait-ingested "$EVENTS"); echo "$ingest"
stored=$(curl -fsS -XPOST "$INFLUXD/query?db=metrics_bench" --data-urlencode 'q=SELECT COUNT(duration_ms) FROM job_runs' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["series"][0]["values"][0][1])')
echo "points stored: $stored"

say "posting the same line protocol to $INFLUX/api/v2/write in batches of $BATCH"
direct=$(bench post-direct "$EVENTS" "$BATCH" "$INFLUX" metrics_bench_direct); echo "$direct"
python3 - "$ingest" "$direct" <<'PY'
import json, sys
i, d = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"ratio ingestion/direct: {i['pointsPerSecond'] / d['pointsPerSecond']:.2f} over the whole run, "
      f"{i['sustainedPointsPerSecond'] / d['pointsPerSecond']:.2f} sustained (last 80 %)")
PY

[[ "$LOAD_POINTS" -gt 0 ]] || exit 0
say "loading $LOAD_POINTS points over the last 6 days into metrics_bench, then GET /stats/summary x$RUNS"
influxql "DROP MEASUREMENT job_runs" metrics_bench
bench load "$LOAD_POINTS" "$INFLUX" metrics_bench
TOKEN=$(bench token "$WORK/auth")
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$BENCH_PORT/stats/summary"; echo
for _ in $(seq "$RUNS"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$BENCH_PORT/stats/summary"
done | sort -n | tee "$WORK/summary-seconds.txt" | python3 -c '
import sys; t = [float(x) for x in sys.stdin]
print(f"summary over the stored points: p50 {t[len(t)//2]*1000:.0f} ms, max {t[-1]*1000:.0f} ms ({len(t)} runs)")'
