#!/usr/bin/env bash
# Chaos soak with reconciliation (issue #18): a private copy of the platform (its own backing servers, data in
# .local/chaos, its own ports), a steady load for CHAOS_DURATION seconds (default 600) while services are
# SIGKILLed and restarted, stores restarted and the network to Redis and MongoDB stalled; then quiescence and
# a reconciliation from the stores. Prints a table; exits non-zero on any loss or duplicate. See docs/chaos.md.
# Never touches the shared servers (5432, 6379, 8086, 18086, 27017) nor the services on 8000-8004.
# Every port is below 32768, out of Linux's ephemeral range: a listener there can find its port taken by a client socket.
set -euo pipefail
cd "$(dirname "$0")/.."

# Exports NAME as the caller set it, or as DEFAULT when it is unset or empty.
export_default() { # NAME DEFAULT
  export "$1=${!1:-$2}"
}
export_default DEVOPSTRACK_LOCAL_DIR "$PWD/.local/chaos"
export_default DEVOPSTRACK_PG_PORT 25432
export_default DEVOPSTRACK_REDIS_PORT 26379
export_default DEVOPSTRACK_MONGO_PORT 27117
export_default DEVOPSTRACK_INFLUX_PORT 28086
export_default DEVOPSTRACK_INFLUXD_PORT 28087
export_default DEVOPSTRACK_INFLUXD_RPC_PORT 28088
export DEVOPSTRACK_SERVICE_PORT_BASE="${CHAOS_SERVICE_PORT_BASE:-18000}"
REDIS_PROXY_PORT="${CHAOS_REDIS_PROXY_PORT:-26380}"
MONGO_PROXY_PORT="${CHAOS_MONGO_PROXY_PORT:-27118}"
source deploy/local/lib.sh

base="$DEVOPSTRACK_SERVICE_PORT_BASE"
# The services reach Redis and MongoDB through the stall proxies; everything else directly.
export AUTH_DB_URL="jdbc:postgresql://127.0.0.1:$DEVOPSTRACK_PG_PORT/auth"
export MONGODB_URI="mongodb://127.0.0.1:$MONGO_PROXY_PORT/projects"
export REDIS_PORT="$REDIS_PROXY_PORT"
export INFLUX_URL="http://127.0.0.1:$DEVOPSTRACK_INFLUX_PORT"
export AUTH_JWKS_URI="http://127.0.0.1:$base/auth/jwks"
export PROJECTS_URL="http://127.0.0.1:$((base + 1))"
# Short stages and reclaim times, so that a 2-minute run finishes its jobs; cheap password hashes (CPU).
export WORKER_STAGE_MIN_MS=20 WORKER_STAGE_MAX_MS=200 WORKER_CONCURRENCY=16
export WORKER_RECLAIM_IDLE_MS=15000 WORKER_LEASE_MS=5000 DEVOPSTRACK_INGESTION_CLAIM_IDLE=20s
export AUTH_BCRYPT_STRENGTH=4
# C1 only: half the CPU at start (the machine is shared); the load here is modest.
export_default DEVOPSTRACK_JAVA_OPTS "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
export_default DEVOPSTRACK_START_TIMEOUT 300
export_default CHAOS_DURATION 600

for port in $(seq "$base" $((base + 4))) "$REDIS_PROXY_PORT" "$MONGO_PROXY_PORT"; do
  if port_open "$port"; then die "port $port is taken: stop what runs there, or move the chaos ports"; fi
done

cleanup() {
  say "chaos: stopping everything it started"
  bash deploy/local/services.sh down || true
  for store in redis mongo; do stop_pidfile "stall proxy ($store)" "$RUN_DIR/stall-proxy-$store.pid" || true; done
  bash deploy/local/servers.sh down || true
  for port in $(seq "$base" $((base + 4))) "$REDIS_PROXY_PORT" "$MONGO_PROXY_PORT" "$DEVOPSTRACK_PG_PORT" \
              "$DEVOPSTRACK_REDIS_PORT" "$DEVOPSTRACK_MONGO_PORT" "$DEVOPSTRACK_INFLUX_PORT" "$DEVOPSTRACK_INFLUXD_PORT"; do
    if port_open "$port"; then warn "something still listens on 127.0.0.1:$port (ss -ltnp 'sport = :$port')"; fi
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -f tasks-worker/target/tasks-worker.jar || ! -f deploy/local/mongo-wire/target/mongo-wire.jar ]]; then
  say "building the jars (under /tmp/devopstrack-build.lock)"
  flock /tmp/devopstrack-build.lock bash -c 'mvn -B -ntp -q package -DskipTests &&
    mvn -B -ntp -q -f deploy/local/mongo-wire/pom.xml package'
fi

say "chaos: private backing servers (data in ${DEVOPSTRACK_LOCAL_DIR#$PWD/})"
bash deploy/local/servers.sh up
for pair in "redis:$REDIS_PROXY_PORT:$DEVOPSTRACK_REDIS_PORT" "mongo:$MONGO_PROXY_PORT:$DEVOPSTRACK_MONGO_PORT"; do
  IFS=: read -r store listen target <<<"$pair"
  nohup python3 bench/chaos/stall_proxy.py "$listen" "$target" "${CHAOS_STALL_SECONDS:-5}" \
    >> "$LOG_DIR/stall-proxy-$store.log" 2>&1 &
  echo $! > "$RUN_DIR/stall-proxy-$store.pid"
  wait_for "stall proxy ($store)" 10 port_open "$listen" || die "the stall proxy for $store did not start"
  ok "stall proxy for $store on 127.0.0.1:$listen -> $target"
done

say "chaos: the five services on $base-$((base + 4))"
# A service that exits at start (e.g. auth-service's Flyway finding no connection in 2 s on a starved machine) is
# started again, as a supervisor would.
bash deploy/local/services.sh up || bash deploy/local/services.sh up || bash deploy/local/services.sh up

say "chaos: ${CHAOS_DURATION}s of load and faults, then reconciliation"
timeout $((CHAOS_DURATION + 1200)) python3 bench/chaos/main.py
