#!/usr/bin/env bash
# Installs (Debian packages, as root or through sudo, only when missing) and starts, as the invoking user, the backing servers on loopback:
# PostgreSQL, Redis, InfluxDB 1.x behind an nginx proxy serving the 2.x write path, and a MongoDB-wire server.
# Usage: servers.sh up|down|status [postgres redis influx mongo]   (default: all four)
#        servers.sh purge   deletes PostgreSQL data kept outside the checkout (see pg_home)
# MONGO_STORAGE=memory for a throw-away MongoDB-wire store; DEVOPSTRACK_*_PORT to move the ports.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Ports can be moved (DEVOPSTRACK_*_PORT), e.g. for a second copy beside a running one.
PG_PORT="${DEVOPSTRACK_PG_PORT:-5432}"
REDIS_PORT="${DEVOPSTRACK_REDIS_PORT:-6379}"
MONGO_PORT="${DEVOPSTRACK_MONGO_PORT:-27017}"
INFLUX_PORT="${DEVOPSTRACK_INFLUX_PORT:-8086}"
INFLUXD_PORT="${DEVOPSTRACK_INFLUXD_PORT:-18086}"
INFLUXD_RPC_PORT="${DEVOPSTRACK_INFLUXD_RPC_PORT:-18088}"

# Debian 12 ships PostgreSQL 15, Ubuntu 24.04 16, Debian 13 17: take whichever is installed, newest first.
pg_bin() { newest_versioned '/usr/lib/postgresql/*/bin'; }

# As root, the cluster runs as user postgres (initdb refuses root). When postgres cannot reach the checkout
# (a clone under a private home such as /root), its data lives under /var/lib/devopstrack instead, one folder
# per checkout; .local/postgres.location records where.
pg_home() {
  if [[ -s "$LOCAL_DIR/postgres.location" ]]; then
    cat "$LOCAL_DIR/postgres.location"
  elif [[ $(id -u) -ne 0 ]] || runuser -u postgres -- test -x "$LOCAL_DIR" 2>/dev/null; then
    echo "$LOCAL_DIR/postgres"
  else
    echo "/var/lib/devopstrack/$(printf '%s' "$LOCAL_DIR" | md5sum | cut -c1-12)/postgres"
  fi
}

# pg_as_owner <command...>: runs a PostgreSQL server command as the cluster's owner.
pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Trust authentication on loopback only: any local user may administer the private cluster over TCP.
psql_admin() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

postgres_up() {
  if [[ ! -f "$RUN_DIR/postgres.ours" ]] && port_open "$PG_PORT"; then
    ok "PostgreSQL already answers on $PG_PORT: using it"
  else
    local bin home data
    bin="$(pg_bin)" || { ensure_package initdb postgresql; bin="$(pg_bin)"; } \
      || die "PostgreSQL is installed but no /usr/lib/postgresql/*/bin/initdb was found"
    ensure_package psql postgresql-client
    home="$(pg_home)" data="$(pg_home)/data"
    mkdir -p "$home"
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres:postgres "$home"
      if [[ "$home" != "$LOCAL_DIR/postgres" ]]; then
        chown postgres:postgres "$(dirname "$home")"
        echo "$home" > "$LOCAL_DIR/postgres.location"
        ok "user postgres cannot reach $LOCAL_DIR: PostgreSQL data lives in $home"
      fi
    fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
      say "creating a private PostgreSQL $(basename "$(dirname "$bin")") cluster in $data"
      pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    if ! pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
      # No Unix socket: clients use TCP, and a socket path under a deep checkout can exceed 107 bytes.
      pg_as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -l "$home/postgres.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=" start >/dev/null
    fi
    echo "$bin" > "$RUN_DIR/postgres.ours"
    ok "PostgreSQL up (log: $home/postgres.log)"
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
    local bin; bin="$(cat "$RUN_DIR/postgres.ours")"
    [[ -x "$bin/pg_ctl" ]] || bin="$(pg_bin)"
    # pg_ctl stops the postmaster by the pid in its own postmaster.pid.
    pg_as_owner "$bin/pg_ctl" -D "$(pg_home)/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -f "$RUN_DIR/postgres.ours"
    ok "PostgreSQL stopped"
  fi
}

# Deletes PostgreSQL data kept outside the checkout (the rest of .local goes with rm -rf .local).
postgres_purge() {
  if [[ -s "$LOCAL_DIR/postgres.location" ]]; then
    local home; home="$(cat "$LOCAL_DIR/postgres.location")"
    rm -rf "$(dirname "$home")"
    rm -f "$LOCAL_DIR/postgres.location"
    ok "deleted PostgreSQL data in $home"
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

# deploy/local/influxdb.conf.in and influx-proxy.conf.in are also what metrics-service's PrivateInflux starts.
influx_config() {
  sed -e "s|@DIR@|$LOCAL_DIR/influxdb|g" -e "s|@HTTP_PORT@|$INFLUXD_PORT|g" -e "s|@RPC_PORT@|$INFLUXD_RPC_PORT|g" \
    "$ROOT_DIR/deploy/local/influxdb.conf.in"
}

# The InfluxDB 2.x client writes to /api/v2/write?bucket=B&precision=P; InfluxDB 1.6 serves /write?db=B.
# 1.6 silently reads an unknown precision ("us") as nanoseconds, hence the map.
influx_proxy_config() {
  cat <<CONF
$(nginx_common)
pid $RUN_DIR/influx-proxy.pid;
error_log $LOG_DIR/influx-proxy.error.log warn;
http {
  access_log off;
$(nginx_temp_paths "$LOCAL_DIR/influx-proxy")
$(sed -e "s|@INFLUXD_PORT@|$INFLUXD_PORT|g" -e "s|@PORT@|$INFLUX_PORT|g" "$ROOT_DIR/deploy/local/influx-proxy.conf.in")
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
  ensure_package nginx 'nginx-light|nginx'
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
    if [[ ! -f "$jar" || -n "$(find "$ROOT_DIR/deploy/local/mongo-wire/src" "$ROOT_DIR/deploy/local/mongo-wire/pom.xml" \
                               -newer "$jar" -print -quit)" ]]; then
      say "building the MongoDB-wire server (mongo-java-server)"
      mvn -q -B -f "$ROOT_DIR/deploy/local/mongo-wire/pom.xml" package
    fi
    local storage="${MONGO_STORAGE:-$LOCAL_DIR/mongo/projects.h2}"
    say "starting the MongoDB-wire server on 127.0.0.1:$MONGO_PORT (storage: ${storage#$ROOT_DIR/})"
    # A copy runs, so that a rebuild never swaps the jar under the running JVM (its shutdown, which flushes the
    # store, would then fail to load its classes).
    mkdir -p "$LOCAL_DIR/jars"
    cp "$jar" "$LOCAL_DIR/jars/mongo-wire.jar"
    nohup java ${MONGO_WIRE_JAVA_OPTS:--Xmx512m} -jar "$LOCAL_DIR/jars/mongo-wire.jar" 127.0.0.1 "$MONGO_PORT" "$storage" \
      >> "$LOG_DIR/mongo-wire.log" 2>&1 &
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

action="${1:-up}"; shift || true
wanted=("${@:-postgres redis influx mongo}")
wanted=(${wanted[*]})
want() { [[ " ${wanted[*]} " == *" $1 "* ]]; }

case "$action" in
  up)
    say "backing servers as $(id -un) (data under ${LOCAL_DIR#$ROOT_DIR/})"
    if want postgres; then postgres_up; fi
    if want redis; then redis_up; fi
    if want influx; then influx_up; fi
    if want mongo; then mongo_up; fi ;;
  down)
    say "stopping the backing servers we started"
    if want mongo; then mongo_down; fi
    if want influx; then influx_down; fi
    if want redis; then stop_pidfile Redis "$RUN_DIR/redis.pid"; fi
    if want postgres; then postgres_down; fi ;;
  purge) postgres_purge ;;
  status)
    status_line PostgreSQL "$PG_PORT"; status_line Redis "$REDIS_PORT"
    status_line "InfluxDB (proxy)" "$INFLUX_PORT"; status_line MongoDB-wire "$MONGO_PORT" ;;
  *) die "usage: $0 up|down|status [postgres redis influx mongo] | purge" ;;
esac
