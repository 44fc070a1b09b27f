#!/usr/bin/env bash
# Serves the built dashboard (frontend/dist) on 127.0.0.1:5173 with nginx, proxying the API prefixes to the
# services (and /hooks to projects-service), so a user opens one address. Usage: dashboard.sh up|down|status
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT="${DASHBOARD_PORT:-5173}"
DIST="$ROOT_DIR/frontend/dist"
CONF_DIR="$LOCAL_DIR/dashboard"
PIDFILE="$RUN_DIR/dashboard.pid"

nginx_config() {
  cat <<CONF
$(nginx_common)
pid $PIDFILE;
error_log $LOG_DIR/dashboard.error.log warn;
http {
  include /etc/nginx/mime.types;
  # Buffered: one write a second or per 64 KB, not one per request (a busy hook sender makes a thousand a second).
  access_log $LOG_DIR/dashboard.access.log combined buffer=64k flush=1s;
  # A delivery answered 2xx is in projects-service's delivery log already; only the others are logged here too.
  map \$status \$hook_not_taken { ~^2 0; default 1; }
$(nginx_temp_paths "$CONF_DIR")
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml;
  upstream auth     { server 127.0.0.1:8000; keepalive 16; }
  # As many idle connections kept as a busy hook sender has requests in flight: with 16, every request past the
  # 16th opened and closed a connection to projects-service (bench/hooks.sh sends up to 128 at once).
  upstream projects { server 127.0.0.1:8001; keepalive 128; }
  upstream tasks    { server 127.0.0.1:8002; keepalive 16; }
  upstream stats    { server 127.0.0.1:8003; keepalive 16; }
  server {
    listen 127.0.0.1:$PORT;
    root $DIST;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    location /assets/ { expires 1y; add_header Cache-Control "public, immutable"; try_files \$uri =404; }
    location /auth/     { proxy_pass http://auth; }
    location /projects  { proxy_pass http://projects; }
    # Webhooks pass through unchanged; above nginx's 1 MB default so that projects-service, not nginx,
    # answers bodies over its 25 MB cap with its own 413.
    location /hooks/ {
      proxy_pass http://projects;
      client_max_body_size 26m;
      proxy_request_buffering off;
      access_log $LOG_DIR/dashboard.access.log combined buffer=64k flush=1s if=\$hook_not_taken;
    }
    location /stats/    { proxy_pass http://stats; }
    location = /tasks/events {
      proxy_pass http://tasks;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      # The single-use SSE ticket travels in the query string; keep it out of the access log.
      access_log off;
    }
    location /tasks     { proxy_pass http://tasks; }
    location = /index.html { add_header Cache-Control "no-cache"; }
    location / { try_files \$uri /index.html; }
  }
}
CONF
}

case "${1:-up}" in
  up)
    ensure_package nginx 'nginx-light|nginx'
    [[ -f "$DIST/index.html" ]] || die "frontend/dist is missing: build the dashboard first (make build)"
    mkdir -p "$CONF_DIR"
    nginx_config > "$CONF_DIR/nginx.conf"
    nginx -t -q -c "$CONF_DIR/nginx.conf" -p "$CONF_DIR" -e "$LOG_DIR/dashboard.error.log"
    if pid_alive "$PIDFILE"; then
      nginx -s reload -c "$CONF_DIR/nginx.conf" -p "$CONF_DIR" -e "$LOG_DIR/dashboard.error.log"
      ok "dashboard reloaded on http://127.0.0.1:$PORT"
    else
      port_open "$PORT" && die "port $PORT is taken by another process"
      nginx -c "$CONF_DIR/nginx.conf" -p "$CONF_DIR" -e "$LOG_DIR/dashboard.error.log"
      wait_for dashboard 15 curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" || die "the dashboard does not answer"
      ok "dashboard on http://127.0.0.1:$PORT"
    fi ;;
  down) stop_pidfile dashboard "$PIDFILE" ;;
  status)
    if pid_alive "$PIDFILE"; then ok "dashboard http://127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"; else warn "dashboard not running"; fi ;;
  *) die "usage: $0 up|down|status" ;;
esac
