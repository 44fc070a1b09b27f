#!/usr/bin/env bash
# Benchmark of auth-service on loopback: GET /auth/me and POST /auth/refresh (each connection rotating its own
# refresh-token family) with wrk at 32 connections, then the login rate (bounded by BCrypt on purpose).
#
# Uses auth-service on 127.0.0.1:8000 when it answers (e.g. `make up`); otherwise starts it from its jar
# (building it if needed) against the local PostgreSQL and stops it at the end. Logs in as the admin
# (DEVOPSTRACK_ADMIN_USERNAME/PASSWORD, local defaults), creates a VIEWER user for the run, deletes it after.
# Tunables: DURATION (15s), CONNECTIONS (32), THREADS (2), LOGIN_DURATION (10s), LOGIN_CONNECTIONS (8).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local/lib.sh

AUTH=http://127.0.0.1:8000
DURATION=${DURATION:-15s} CONNECTIONS=${CONNECTIONS:-32} THREADS=${THREADS:-2}
LOGIN_DURATION=${LOGIN_DURATION:-10s} LOGIN_CONNECTIONS=${LOGIN_CONNECTIONS:-8}
ADMIN_USERNAME=${DEVOPSTRACK_ADMIN_USERNAME:-admin} ADMIN_PASSWORD=${DEVOPSTRACK_ADMIN_PASSWORD:-admin-change-me}
WORK=.local/bench/auth-$(date +%Y%m%d-%H%M%S)
mkdir -p "$WORK"
say() { printf '\n== %s\n' "$*"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)[\"$1\"])"; }

ensure_package wrk wrk

started_pid='' admin_token='' bench_user_id=''
cleanup() {
  if [[ -n "$bench_user_id" ]]; then
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $admin_token" "$AUTH/auth/users/$bench_user_id" || true
  fi
  if [[ -n "$started_pid" ]]; then
    say "stopping the auth-service this script started (pid $started_pid)"
    kill "$started_pid" 2>/dev/null || true
    wait "$started_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if ! curl -sf -m 2 -o /dev/null "$AUTH/healthz"; then
  [[ -f auth-service/target/auth-service.jar ]] || { say "building auth-service"; mvn -q -B -pl auth-service -DskipTests package; }
  say "starting auth-service on 8000 (log: $WORK/auth-service.log)"
  PORT=8000 java -jar auth-service/target/auth-service.jar >"$WORK/auth-service.log" 2>&1 &
  started_pid=$!
  for _ in $(seq 90); do curl -sf -m 1 -o /dev/null "$AUTH/healthz" && break; sleep 1; done
  curl -sf -m 2 -o /dev/null "$AUTH/healthz" || { echo "auth-service did not start; see $WORK/auth-service.log" >&2; exit 1; }
fi

server_pid=${started_pid:-$(ss -ltnpH 'sport = :8000' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
# CPU seconds the server used, so that a figure per request survives a machine shared with other work.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server_pid/stat"; }
measure() {  # measure <name> <wrk args...>
  local name=$1; shift
  local before; before=$(cpu_seconds)
  wrk "$@" | tee "$WORK/$name.txt"
  echo "server CPU seconds: $(awk -v a="$before" -v b="$(cpu_seconds)" 'BEGIN {printf "%.2f", b - a}')" | tee -a "$WORK/$name.txt"
}

say "logging in as $ADMIN_USERNAME and creating a VIEWER user for the run"
admin_token=$(curl -sf -m 10 -H 'Content-Type: application/json' \
  -d "{\"username\":\"$ADMIN_USERNAME\",\"password\":\"$ADMIN_PASSWORD\"}" "$AUTH/auth/login" | json accessToken)
export BENCH_USER=bench-$(date +%s) BENCH_USER_PASSWORD=bench-$RANDOM-$RANDOM-pw
bench_user_id=$(curl -sf -m 10 -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_USER_PASSWORD\",\"roles\":[\"VIEWER\"]}" \
  "$AUTH/auth/users" | json id)
login() {
  curl -sf -m 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_USER_PASSWORD\"}" "$AUTH/auth/login"
}
token=$(login | json accessToken)

say "warming up the JIT: 5 s of GET /auth/me, not measured"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $token" "$AUTH/auth/me" >/dev/null

say "GET /auth/me: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
measure me -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$AUTH/auth/me"

say "POST /auth/refresh: $CONNECTIONS token families, one per connection"
# One spare family per thread: wrk asks each thread for one request that it never sends.
for _ in $(seq $((CONNECTIONS + THREADS))); do login | json refreshToken; done > "$WORK/refresh-tokens"
REFRESH_TOKENS_FILE=$WORK/refresh-tokens THREADS=$THREADS \
  measure refresh -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/auth/refresh.lua "$AUTH/auth/refresh"

say "POST /auth/login: wrk -t$THREADS -c$LOGIN_CONNECTIONS -d$LOGIN_DURATION --latency (BCrypt-bound)"
measure login -t"$THREADS" -c"$LOGIN_CONNECTIONS" -d"$LOGIN_DURATION" --timeout 10s --latency \
  -s bench/auth/login.lua "$AUTH/auth/login"

say "summary (full output in $WORK; load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
for name in me refresh login; do
  requests=$(awk '/requests in/ {print $1}' "$WORK/$name.txt")
  cpu=$(awk '/server CPU seconds/ {print $4}' "$WORK/$name.txt")
  printf '%-8s %9s req/s, p99 %8s, server CPU %s ms/request%s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")" \
    "$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")" \
    "$(awk -v c="$cpu" -v r="$requests" 'BEGIN {printf "%.3f", 1000 * c / r}')" \
    "$(awk '/Non-2xx/ {print ", non-2xx: " $NF}' "$WORK/$name.txt")"
done
