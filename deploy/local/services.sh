#!/usr/bin/env bash
# Starts the five DevOpsTrack services from their built jars, in the background, and waits until every
# /healthz answers 200. Logs: .local/logs/<service>.log; pid files: .local/run/<service>.pid.
# Usage: services.sh up|down|status [service...]   (default: all five)
# DEVOPSTRACK_SERVICE_PORT_BASE (default 8000) moves the five ports to base..base+4, e.g. for a second copy beside
# a running one (bench/chaos.sh); the services' stores then come from their own variables (docs/contracts.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT_BASE="${DEVOPSTRACK_SERVICE_PORT_BASE:-8000}"
SERVICES=(auth-service:$PORT_BASE projects-service:$((PORT_BASE + 1)) tasks-service:$((PORT_BASE + 2))
          metrics-service:$((PORT_BASE + 3)) tasks-worker:$((PORT_BASE + 4)))
JAVA_OPTS_DEFAULT="-Xms64m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
# projects-service takes every hook: with the default heap its young generation stays near 50 MB, and at 1,000
# deliveries/s it paused for 40-70 ms several times a second, plus a 200-300 ms full collection every minute or two
# (docs/hooks.md, session 6). A fixed heap with a 320 MB young generation collects a few times a minute.
PROJECTS_JAVA_OPTS_DEFAULT="-Xms512m -Xmx512m -Xmn320m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
START_TIMEOUT="${DEVOPSTRACK_START_TIMEOUT:-180}"

# A service's JVM options: <SERVICE>_JAVA_OPTS (e.g. PROJECTS_SERVICE_JAVA_OPTS), else DEVOPSTRACK_JAVA_OPTS for
# all five, else the defaults above.
java_opts() {
  local own default="$JAVA_OPTS_DEFAULT"
  own="$(tr 'a-z-' 'A-Z_' <<< "$1")_JAVA_OPTS"
  [[ "$1" == projects-service ]] && default="$PROJECTS_JAVA_OPTS_DEFAULT"
  echo "${!own:-${DEVOPSTRACK_JAVA_OPTS:-$default}}"
}

healthy() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/healthz"; }

start_service() {
  local name="$1" port="$2" pidfile="$RUN_DIR/$1.pid" jar="$ROOT_DIR/$1/target/$1.jar"
  if pid_alive "$pidfile"; then
    ok "$name already running (pid $(cat "$pidfile"))"
    return
  fi
  if port_open "$port"; then
    die "port $port is taken by another process; $name cannot start (see: ss -ltnp 'sport = :$port')"
  fi
  [[ -f "$jar" ]] || die "$jar is missing: build it first (make build)"
  # Run a copy, so that rebuilding (mvn package) never swaps the jar under a running JVM.
  mkdir -p "$LOCAL_DIR/jars"
  cp "$jar" "$LOCAL_DIR/jars/$name.jar"
  # Spring Boot reads PORT; everything else comes from the environment with local defaults.
  PORT="$port" nohup java $(java_opts "$name") -jar "$LOCAL_DIR/jars/$name.jar" \
    >> "$LOG_DIR/$name.log" 2>&1 &
  echo $! > "$pidfile"
  ok "$name starting on :$port (pid $!, log .local/logs/$name.log)"
}

wait_healthy() {
  local started=$SECONDS pending=("${SERVICES[@]}") failed=()
  while ((${#pending[@]})); do
    local still=()
    for entry in "${pending[@]}"; do
      local name="${entry%%:*}" port="${entry##*:}"
      if healthy "$port"; then
        ok "$name healthy on :$port after $((SECONDS - started))s"
      elif ! pid_alive "$RUN_DIR/$name.pid"; then
        failed+=("$name")
      else
        still+=("$entry")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    if ((${#failed[@]})) || ((SECONDS - started > START_TIMEOUT)); then
      break
    fi
    if ((${#pending[@]})); then
      printf '    … waiting for %s (%ss)\n' "$(printf '%s ' "${pending[@]%%:*}")" "$((SECONDS - started))"
      sleep 3
    fi
  done
  for entry in "${pending[@]+"${pending[@]}"}"; do failed+=("${entry%%:*}"); done
  if ((${#failed[@]})); then
    for name in "${failed[@]}"; do
      printf '%s✗ %s did not become healthy. Last lines of .local/logs/%s.log:%s\n' "$C_RED" "$name" "$name" "$C_OFF" >&2
      tail -n 25 "$LOG_DIR/$name.log" >&2 || true
    done
    return 1
  fi
}

action="${1:-up}"; shift || true
if (($#)); then
  chosen=()
  for entry in "${SERVICES[@]}"; do
    if [[ " $* " == *" ${entry%%:*} "* ]]; then chosen+=("$entry"); fi
  done
  ((${#chosen[@]} == $#)) || die "unknown service in: $* (known: ${SERVICES[*]%%:*})"
  SERVICES=("${chosen[@]}")
fi

case "$action" in
  up)
    say "starting the services"
    for entry in "${SERVICES[@]}"; do start_service "${entry%%:*}" "${entry##*:}"; done
    say "waiting for every /healthz to answer 200 (up to ${START_TIMEOUT}s)"
    wait_healthy ;;
  down)
    say "stopping the services"
    for entry in "${SERVICES[@]}"; do stop_pidfile "${entry%%:*}" "$RUN_DIR/${entry%%:*}.pid"; done ;;
  status)
    for entry in "${SERVICES[@]}"; do
      name="${entry%%:*}" port="${entry##*:}"
      if healthy "$port"; then ok "$name :$port healthy"
      elif pid_alive "$RUN_DIR/$name.pid"; then warn "$name :$port running (pid $(cat "$RUN_DIR/$name.pid")) but not healthy"
      else warn "$name :$port not running"; fi
    done ;;
  *) die "usage: $0 up|down|status [service...]" ;;
esac
