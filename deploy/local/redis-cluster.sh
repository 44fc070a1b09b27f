#!/usr/bin/env bash
# A throwaway 3-master Redis Cluster on loopback for the cluster pass of the test suites (make test-redis-cluster).
# Usage: redis-cluster.sh up|down|status   Ports: REDIS_CLUSTER_PORTS (default "7001 7002 7003").
# Data, nodes files and logs under .local/redis-cluster; `down` stops the nodes and deletes it all.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

read -r -a PORTS <<< "${REDIS_CLUSTER_PORTS:-7001 7002 7003}"
CLUSTER_DIR="$LOCAL_DIR/redis-cluster"

cluster_ok() { redis-cli -p "${PORTS[0]}" cluster info 2>/dev/null | grep -q '^cluster_state:ok'; }

node_up() {
  local port="$1" dir="$CLUSTER_DIR/$1"
  if pid_alive "$dir/redis.pid"; then return 0; fi
  port_open "$port" && die "port $port is taken by something else"
  mkdir -p "$dir"
  redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --dir "$dir" --pidfile "$dir/redis.pid" \
    --logfile "$dir/redis.log" --cluster-enabled yes --cluster-config-file "$dir/nodes.conf" \
    --cluster-node-timeout 5000 --appendonly no --save "" >/dev/null
  wait_for "Redis node $port" 20 redis-cli -p "$port" ping || die "Redis node $port does not answer (log: $dir/redis.log)"
}

up() {
  command -v redis-server >/dev/null || die "redis-server missing (apt-get install redis-server)"
  say "Redis Cluster on ${PORTS[*]}"
  for port in "${PORTS[@]}"; do node_up "$port"; done
  if ! cluster_ok; then
    local nodes=()
    for port in "${PORTS[@]}"; do nodes+=("127.0.0.1:$port"); done
    redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >"$CLUSTER_DIR/create.log"
  fi
  wait_for "cluster_state:ok" 30 cluster_ok || die "cluster not ok (see $CLUSTER_DIR/create.log)"
  ok "Redis Cluster up: $(IFS=,; echo "${PORTS[*]/#/127.0.0.1:}")"
}

down() {
  say "stopping the Redis Cluster"
  for port in "${PORTS[@]}"; do
    local pidfile="$CLUSTER_DIR/$port/redis.pid"
    if pid_alive "$pidfile"; then
      kill "$(head -n1 "$pidfile")"
      wait_for "node $port to stop" 20 bash -c "! kill -0 $(head -n1 "$pidfile") 2>/dev/null" || warn "node $port still running"
    fi
  done
  rm -rf "$CLUSTER_DIR"
  ok "Redis Cluster stopped and its data deleted"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) if cluster_ok; then ok "Redis Cluster ok on ${PORTS[*]}"; else warn "Redis Cluster not running"; exit 1; fi ;;
  *) die "usage: $0 up|down|status" ;;
esac
