#!/usr/bin/env bash
# Installs (Debian packages, as root) and starts the backing servers on loopback:
# PostgreSQL, Redis, InfluxDB 1.x behind an nginx proxy serving the 2.x write path, and a MongoDB-wire server.
# Usage: servers.sh up|down|status   (MONGO_STORAGE=memory for a throw-away MongoDB-wire store)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PG_PORT=5432 REDIS_PORT=6379 MONGO_PORT=27017 INFLUX_PORT=8086 INFLUXD_PORT=18086
PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA="$LOCAL_DIR/postgres/data"

psql_admin() { runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

postgres_up() {
  if [[ ! -f "$RUN_DIR/postgres.ours" ]] && port_open "$PG_PORT"; then
    ok "PostgreSQL already answers on $PG_PORT: using it"
  else
    ensure_package "$PG_BIN/initdb" postgresql
    mkdir -p "$LOCAL_DIR/postgres"
    chown postgres:postgres "$LOCAL_DIR/postgres"
    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
      say "creating a private PostgreSQL cluster in $PG_DATA"
      runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    if ! runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
      say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
      runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$LOCAL_DIR/postgres/postgres.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $LOCAL_DIR/postgres" start >/dev/null
    fi
    touch "$RUN_DIR/postgres.ours"
    ok "PostgreSQL up (log: .local/postgres/postgres.log)"
  fi
  wait_for PostgreSQL 60 psql_admin -c 'select 1' || die "PostgreSQL does not answer on $PG_PORT"
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'devopstrack') THEN
        CREATE ROLE devopstrack LOGIN PASSWORD 'devopstrack' CREATEDB;
      END IF; END \$\$;"
  for db in auth auth_test; do
    if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
      psql_admin -c "CREATE DATABASE $db OWNER devopstrack"
    fi
  done
  ok "PostgreSQL databases auth, auth_test ready (role devopstrack)"
}

postgres_down() {
  if [[ -f "$RUN_DIR/postgres.ours" ]]; then
    # pg_ctl stops the postmaster by the pid in its own postmaster.pid.
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    rm -f "$RUN_DIR/postgres.ours"
    ok "PostgreSQL stopped"
  fi
}

redis_up() {
  if ! pid_alive "$RUN_DIR/redis.pid" && port_open "$REDIS_PORT"; then
    ok "Redis already answers on $REDIS_PORT: using it"
    return
  fi
  ensure_package redis-server redis-server
  if ! pid_alive "$RUN_DIR/redis.pid"; then
    say "starting Redis on 127.0.0.1:$REDIS_PORT"
    mkdir -p "$LOCAL_DIR/redis"
    # Append-only file: an accepted job survives a Redis restart.
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$LOCAL_DIR/redis" \
      --pidfile "$RUN_DIR/redis.pid" --logfile "$LOG_DIR/redis.log" --appendonly yes --save "" \
      --protected-mode yes
  fi
  wait_for Redis 30 redis-cli -p "$REDIS_PORT" ping || die "Redis does not answer on $REDIS_PORT"
  ok "Redis up (log: .local/logs/redis.log)"
}

influx_config() {
  cat <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:18088"
[meta]
  dir = "$LOCAL_DIR/influxdb/meta"
[data]
  dir = "$LOCAL_DIR/influxdb/data"
  wal-dir = "$LOCAL_DIR/influxdb/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:$INFLUXD_PORT"
  log-enabled = false
  max-body-size = 0
[monitor]
  store-enabled = false
[continuous_queries]
  enabled = false
CONF
}

# The InfluxDB 2.x client writes to /api/v2/write?bucket=B&precision=P; InfluxDB 1.6 serves /write?db=B.
# 1.6 silently reads an unknown precision ("us") as nanoseconds, hence the map.
influx_proxy_config() {
  cat <<CONF
worker_processes 1;
pid $RUN_DIR/influx-proxy.pid;
error_log $LOG_DIR/influx-proxy.error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $LOCAL_DIR/influx-proxy/body;
  proxy_temp_path $LOCAL_DIR/influx-proxy/proxy;
  client_max_body_size 64m;
  map \$arg_precision \$influx_precision { default \$arg_precision; "" ns; us u; }
  upstream influxd { server 127.0.0.1:$INFLUXD_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$INFLUX_PORT;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Authorization "";
    location = /api/v2/write {
      proxy_pass http://influxd/write?db=\$arg_bucket&precision=\$influx_precision;
    }
    location / {
      proxy_pass http://influxd;
    }
  }
}
CONF
}

influx_query() { curl -fsS -XPOST "http://127.0.0.1:$INFLUXD_PORT/query" --data-urlencode "q=$1"; }

influx_up() {
  if ! pid_alive "$RUN_DIR/influxd.pid" && port_open "$INFLUX_PORT"; then
    ok "an InfluxDB endpoint already answers on $INFLUX_PORT: using it"
    return
  fi
  ensure_package influxd influxdb
  ensure_package nginx nginx-light
  ensure_package curl curl
  mkdir -p "$LOCAL_DIR/influxdb" "$LOCAL_DIR/influx-proxy"
  if ! pid_alive "$RUN_DIR/influxd.pid"; then
    say "starting InfluxDB 1.x on 127.0.0.1:$INFLUXD_PORT"
    influx_config > "$LOCAL_DIR/influxdb/influxdb.conf"
    nohup influxd -config "$LOCAL_DIR/influxdb/influxdb.conf" -pidfile "$RUN_DIR/influxd.pid" \
      >> "$LOG_DIR/influxdb.log" 2>&1 &
  fi
  wait_for InfluxDB 60 curl -fsS "http://127.0.0.1:$INFLUXD_PORT/ping" || die "InfluxDB does not answer (see .local/logs/influxdb.log)"
  for db in metrics metrics_test; do influx_query "CREATE DATABASE $db" >/dev/null; done
  if ! pid_alive "$RUN_DIR/influx-proxy.pid"; then
    say "starting the InfluxDB 2.x write proxy (nginx) on 127.0.0.1:$INFLUX_PORT"
    influx_proxy_config > "$LOCAL_DIR/influx-proxy/nginx.conf"
    nginx -c "$LOCAL_DIR/influx-proxy/nginx.conf" -p "$LOCAL_DIR/influx-proxy" -e "$LOG_DIR/influx-proxy.error.log"
  fi
  wait_for "InfluxDB proxy" 30 curl -fsS "http://127.0.0.1:$INFLUX_PORT/ping" || die "the InfluxDB proxy does not answer"
  ok "InfluxDB up, databases metrics and metrics_test (proxy on $INFLUX_PORT, log: .local/logs/influxdb.log)"
}

influx_down() {
  stop_pidfile "InfluxDB proxy" "$RUN_DIR/influx-proxy.pid"
  stop_pidfile InfluxDB "$RUN_DIR/influxd.pid"
}

mongo_up() {
  if ! pid_alive "$RUN_DIR/mongo-wire.pid" && port_open "$MONGO_PORT"; then
    ok "a MongoDB server already answers on $MONGO_PORT: using it"
    return
  fi
  if ! pid_alive "$RUN_DIR/mongo-wire.pid"; then
    local jar="$ROOT_DIR/deploy/local/mongo-wire/target/mongo-wire.jar"
    if [[ ! -f "$jar" ]]; then
      say "building the MongoDB-wire server (mongo-java-server)"
      mvn -q -B -f "$ROOT_DIR/deploy/local/mongo-wire/pom.xml" package
    fi
    local storage="${MONGO_STORAGE:-$LOCAL_DIR/mongo/projects.h2}"
    say "starting the MongoDB-wire server on 127.0.0.1:$MONGO_PORT (storage: ${storage#$ROOT_DIR/})"
    nohup java -Xmx512m -jar "$jar" 127.0.0.1 "$MONGO_PORT" "$storage" >> "$LOG_DIR/mongo-wire.log" 2>&1 &
    echo $! > "$RUN_DIR/mongo-wire.pid"
  fi
  wait_for MongoDB-wire 60 port_open "$MONGO_PORT" || die "the MongoDB-wire server does not answer (see .local/logs/mongo-wire.log)"
  ok "MongoDB-wire up (log: .local/logs/mongo-wire.log)"
}

mongo_down() { stop_pidfile "MongoDB-wire server" "$RUN_DIR/mongo-wire.pid"; }

status_line() {
  local name="$1" port="$2"
  if port_open "$port"; then ok "$name answers on 127.0.0.1:$port"; else warn "$name is not answering on 127.0.0.1:$port"; fi
}

case "${1:-up}" in
  up)
    say "backing servers (data under ${LOCAL_DIR#$ROOT_DIR/})"
    postgres_up; redis_up; influx_up; mongo_up ;;
  down)
    say "stopping the backing servers we started"
    mongo_down; influx_down
    stop_pidfile Redis "$RUN_DIR/redis.pid"
    postgres_down ;;
  status)
    status_line PostgreSQL "$PG_PORT"; status_line Redis "$REDIS_PORT"
    status_line "InfluxDB (proxy)" "$INFLUX_PORT"; status_line MongoDB-wire "$MONGO_PORT" ;;
  *) die "usage: $0 up|down|status" ;;
esac
