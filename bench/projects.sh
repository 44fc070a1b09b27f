#!/usr/bin/env bash
# Benchmark of projects-service: GET /projects/{id} and GET /projects?page=0&size=20 with 1,000 stored
# projects, 32 connections, plus POST /projects throughput. Loopback only.
#
# Default: expects `make up` (projects-service on 127.0.0.1:8001, auth-service on 127.0.0.1:8000) and logs in
# as admin. Without auth-service (BENCH_AUTH=local): starts projects-service itself from its jar on 8001,
# trusting a key pair made by bench/projects/local-auth.sh, and stops it at the end.
# Tunables: DURATION (15s), WARMUP (5s, unmeasured, before each run), CONNECTIONS (32), THREADS (2), SEED (1000).
# At the end every project whose name starts with bench- is deleted again.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local/lib.sh

PROJECTS=${PROJECTS_URL:-http://127.0.0.1:8001}
AUTH=${AUTH_URL:-http://127.0.0.1:8000}
DURATION=${DURATION:-15s} CONNECTIONS=${CONNECTIONS:-32} THREADS=${THREADS:-2} SEED=${SEED:-1000}
RUN_ID=bench-$(date +%s)
WORK=bench/results/projects-$RUN_ID
mkdir -p "$WORK"
say() { printf '\n== %s\n' "$*"; }

ensure_package wrk wrk

started_pid=
cleanup() {
  [[ -n "$started_pid" ]] && kill "$started_pid" 2>/dev/null || true
  [[ -f "$WORK/auth/jwks.pid" ]] && kill "$(cat "$WORK/auth/jwks.pid")" 2>/dev/null || true
}
trap cleanup EXIT

if [[ "${BENCH_AUTH:-auth-service}" == local ]]; then
  say "local key pair and JWK Set (no auth-service)"
  TOKEN=$(bash bench/projects/local-auth.sh "$WORK/auth")
  if curl -sf -m 2 "$PROJECTS/healthz" >/dev/null; then
    echo "something already answers on $PROJECTS: stop it, or run without BENCH_AUTH=local" >&2; exit 1
  fi
  [[ -f projects-service/target/projects-service.jar ]] || mvn -q -B -pl projects-service -DskipTests package
  say "starting projects-service on 8001 (log: $WORK/projects-service.log)"
  AUTH_JWKS_URI=http://127.0.0.1:${JWKS_PORT:-18999}/jwks java -jar projects-service/target/projects-service.jar \
    >"$WORK/projects-service.log" 2>&1 &
  started_pid=$!
  for _ in $(seq 60); do curl -sf -m 1 "$PROJECTS/healthz" >/dev/null && break; sleep 1; done
else
  say "logging in to auth-service as ${BENCH_USERNAME:-admin}"
  TOKEN=$(curl -sf -m 5 -H 'Content-Type: application/json' \
    -d "{\"username\":\"${BENCH_USERNAME:-admin}\",\"password\":\"${BENCH_PASSWORD:-admin-change-me}\"}" \
    "$AUTH/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
fi
curl -sf -m 5 "$PROJECTS/healthz" >/dev/null || { echo "projects-service does not answer on $PROJECTS" >&2; exit 1; }
export TOKEN RUN_ID

say "seeding $SEED projects through the API ($RUN_ID-NNNN)"
seq -f '%04g' 1 "$SEED" | xargs -P 8 -I{} curl -sf -m 10 -o /dev/null -w '%{http_code}\n' \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"$RUN_ID-{}\",\"description\":\"seeded\",\"tags\":[\"bench\"]}" "$PROJECTS/projects" \
  | sort | uniq -c
for page in $(seq 0 $(( (SEED - 1) / 100 ))); do
  curl -sf -H "Authorization: Bearer $TOKEN" "$PROJECTS/projects?q=$RUN_ID-&size=100&page=$page" \
    | python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin)["content"]]'
done > "$WORK/ids"
export IDS_FILE=$WORK/ids
echo "$(wc -l < "$IDS_FILE") ids; total stored: $(curl -sf -H "Authorization: Bearer $TOKEN" "$PROJECTS/projects?size=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalElements"])')"

run() {
  local name=$1 script=$2 duration=$3
  # warm-up (JIT, connection pools), not measured
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-5s}" -s "bench/projects/$script" "$PROJECTS" >/dev/null
  say "$name: wrk -t$THREADS -c$CONNECTIONS -d$duration --latency"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "bench/projects/$script" "$PROJECTS" | tee "$WORK/$name.txt"
}
run get-by-id get-by-id.lua "$DURATION"
run list list.lua "$DURATION"
run create create.lua "${POST_DURATION:-10s}"
say "deleting the bench projects (names starting with bench-) through the API"
while :; do
  ids=$(curl -sf -H "Authorization: Bearer $TOKEN" "$PROJECTS/projects?q=bench-&size=100" | python3 -c \
    'import json,sys; [print(p["id"]) for p in json.load(sys.stdin)["content"] if p["name"].startswith("bench-")]')
  [[ -z "$ids" ]] && break
  echo "$ids" | xargs -P 8 -I{} curl -sf -m 10 -o /dev/null -X DELETE -H "Authorization: Bearer $TOKEN" "$PROJECTS/projects/{}"
done
say "results in $WORK"
