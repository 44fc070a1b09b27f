#!/usr/bin/env bash
# Runs Debian's Alertmanager (prometheus-alertmanager 0.25) on 127.0.0.1:9093 beside the local Prometheus, routing
# every alert to projects-service's Alertmanager hook as incidents of the "operations" project.
# up: after the services are healthy, logs in as the admin, finds or creates the project "operations" and its
#     alertmanager integration (id in .local/alertmanager/integration-id, secret in .local/alertmanager/hook-token,
#     mode 600; reused while the integration exists), renders deploy/alertmanager/alertmanager.yml for loopback,
#     checks it with amtool and starts Alertmanager. Data in .local/alertmanager, log in .local/logs/alertmanager.log.
# install: only installs the Debian packages (prometheus, prometheus-alertmanager) that the test suite uses.
# Usage: alertmanager.sh install|up|down|status
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh

ALERTMANAGER=/usr/bin/prometheus-alertmanager
AMTOOL=/usr/bin/amtool
PORT=9093
URL="http://127.0.0.1:$PORT"
DIR="$LOCAL_DIR/alertmanager"
PIDFILE="$RUN_DIR/alertmanager.pid"
LOG="$LOG_DIR/alertmanager.log"
AUTH_URL="${AUTH_URL:-http://127.0.0.1:8000}"
PROJECTS_URL="${PROJECTS_URL:-http://127.0.0.1:8001}"
PROJECT_NAME="${DEVOPSTRACK_OPERATIONS_PROJECT:-operations}"

ready() { curl -fsS -o /dev/null "$URL/-/ready"; }
json() { local code="$1"; shift; /usr/bin/python3 -c "import json, sys; $code" "$@"; }

install() {
  ensure_package /usr/bin/prometheus prometheus
  ensure_package "$ALERTMANAGER" prometheus-alertmanager
}

# The operations project's alertmanager integration: reused while it exists, else created (a new secret).
ensure_integration() {
  local login token project_id known=""
  login="$(json 'print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' \
    "${DEVOPSTRACK_ADMIN_USERNAME:-admin}" "${DEVOPSTRACK_ADMIN_PASSWORD:-admin-change-me}")"
  token="$(curl -fsS -H 'Content-Type: application/json' -d "$login" "$AUTH_URL/auth/login" \
    | json 'print(json.load(sys.stdin)["accessToken"])')" || die "cannot log in to $AUTH_URL as the admin"
  local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  project_id="$(curl -fsS "${auth[@]}" "$PROJECTS_URL/projects?q=$PROJECT_NAME&size=100" | json '
found = [p["id"] for p in json.load(sys.stdin)["content"] if p["name"] == sys.argv[1]]
print(found[0] if found else "")' "$PROJECT_NAME")"
  if [[ -z "$project_id" ]]; then
    say "creating the project '$PROJECT_NAME' (the platform's own alerts become its incidents)"
    project_id="$(curl -fsS "${auth[@]}" -d "{\"name\": \"$PROJECT_NAME\", \"description\": \"DevOpsTrack itself: alerts of its Prometheus, through Alertmanager\", \"tags\": [\"platform\"]}" \
      "$PROJECTS_URL/projects" | json 'print(json.load(sys.stdin)["id"])')"
  fi
  if [[ -s "$DIR/integration-id" && -s "$DIR/hook-token" ]]; then
    known="$(curl -fsS "${auth[@]}" "$PROJECTS_URL/projects/$project_id/integrations" | json '
print("yes" if any(i["id"] == sys.argv[1] for i in json.load(sys.stdin)) else "")' "$(cat "$DIR/integration-id")")"
  fi
  if [[ -z "$known" ]]; then
    say "creating the alertmanager integration of '$PROJECT_NAME'"
    local created
    created="$(curl -fsS "${auth[@]}" -d '{"kind": "alertmanager"}' "$PROJECTS_URL/projects/$project_id/integrations")"
    (umask 077; printf '%s' "$created" | json 'print(json.load(sys.stdin)["id"], end="")' > "$DIR/integration-id"
     printf '%s' "$created" | json 'print(json.load(sys.stdin)["secret"], end="")' > "$DIR/hook-token")
  fi
  chmod 600 "$DIR/integration-id" "$DIR/hook-token"
  ok "alerts go to $PROJECTS_URL/hooks/alertmanager/$(cat "$DIR/integration-id") (project '$PROJECT_NAME')"
}

up() {
  if pid_alive "$PIDFILE"; then
    ok "Alertmanager already running (pid $(head -n1 "$PIDFILE")) on $URL"
    return
  fi
  rm -f "$PIDFILE"
  install
  port_open "$PORT" && die "port $PORT is busy and not by our Alertmanager: stop that process first"
  mkdir -p "$DIR/data"
  ensure_integration
  sed -e "s|http://projects-service:8001|$PROJECTS_URL|" -e "s|INTEGRATION_ID|$(cat "$DIR/integration-id")|" \
    deploy/alertmanager/alertmanager.yml > "$DIR/alertmanager.yml"
  "$AMTOOL" check-config "$DIR/alertmanager.yml" >/dev/null || die "$DIR/alertmanager.yml is not valid (amtool check-config)"
  say "starting Alertmanager on $URL"
  start_server Alertmanager "$URL" "$PIDFILE" "$LOG" ready -- "$ALERTMANAGER" \
    --config.file="$DIR/alertmanager.yml" \
    --storage.path="$DIR/data" \
    --web.listen-address="127.0.0.1:$PORT" \
    --cluster.listen-address=
}

down() {
  stop_pidfile Alertmanager "$PIDFILE"
}

status() {
  if pid_alive "$PIDFILE"; then
    ok "Alertmanager running (pid $(head -n1 "$PIDFILE")) on $URL"
  else
    warn "Alertmanager is not running"
    return 1
  fi
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 install|up|down|status" >&2; exit 2 ;;
esac
