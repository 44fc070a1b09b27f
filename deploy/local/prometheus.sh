#!/usr/bin/env bash
# Runs Debian's Prometheus on 127.0.0.1:9090 against the local services (127.0.0.1:8000-8004), with the
# same jobs, relabelling and alert rules as Compose (deploy/prometheus/prometheus.local.yml).
# Data in .local/prometheus, pid in .local/run/prometheus.pid, log in .local/logs/prometheus.log.
# Usage: prometheus.sh up|down|status
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh

PROMETHEUS=/usr/bin/prometheus
PORT=9090
CONFIG=deploy/prometheus/prometheus.local.yml
DATA="$LOCAL_DIR/prometheus"
PIDFILE="$RUN_DIR/prometheus.pid"
LOG="$LOG_DIR/prometheus.log"
URL="http://127.0.0.1:$PORT"

ready() { curl -fsS -o /dev/null "$URL/-/ready"; }

# Debian's package starts a system-wide Prometheus (same port) where an init system runs it.
# Only that packaged service is stopped, through its own service manager; anything else on 9090 is an error.
free_port_from_packaged_service() {
  local pid cmd
  pid="$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)"
  [[ -n "$pid" ]] || die "port $PORT is busy (owner unknown); stop that process first"
  cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)"
  if [[ "$cmd" == "$PROMETHEUS"* && "$cmd" != *"$CONFIG"* ]]; then
    warn "the Debian 'prometheus' service (pid $pid) holds port $PORT; stopping that service"
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
      systemctl stop prometheus
    else
      service prometheus stop >/dev/null 2>&1 || true
    fi
    wait_for "port $PORT to close" 30 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null" \
      || die "port $PORT is still busy (pid $pid: $cmd)"
  else
    die "port $PORT is held by pid $pid ($cmd), which is not ours: stop it first"
  fi
}

up() {
  if pid_alive "$PIDFILE"; then
    ok "Prometheus already running (pid $(head -n1 "$PIDFILE")) on $URL"
    return
  fi
  rm -f "$PIDFILE"
  ensure_package "$PROMETHEUS" prometheus
  port_open "$PORT" && free_port_from_packaged_service
  /usr/bin/promtool check config "$CONFIG" >/dev/null || die "$CONFIG is not valid (promtool check config $CONFIG)"
  mkdir -p "$DATA"
  say "starting Prometheus on $URL ($CONFIG)"
  start_server Prometheus "$URL" "$PIDFILE" "$LOG" ready -- "$PROMETHEUS" \
    --config.file="$CONFIG" \
    --storage.tsdb.path="$DATA" \
    --storage.tsdb.retention.time=7d \
    --web.listen-address="127.0.0.1:$PORT"
}

down() {
  stop_pidfile Prometheus "$PIDFILE"
}

status() {
  if pid_alive "$PIDFILE"; then
    ok "Prometheus running (pid $(head -n1 "$PIDFILE")) on $URL"
    # One line per target: job, health, last error.
    curl -fsS "$URL/api/v1/targets?state=active" | /usr/bin/python3 -c '
import json, sys
for t in json.load(sys.stdin)["data"]["activeTargets"]:
    print("    %-18s %-8s %s" % (t["labels"]["job"], t["health"], t.get("lastError", "")))' || true
  else
    warn "Prometheus is not running"
    return 1
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
