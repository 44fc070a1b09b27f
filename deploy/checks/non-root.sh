#!/usr/bin/env bash
# Proves that a normal user can start the backing servers: as root (CI), makes a throwaway user with a private
# home, clones this repository there, and as that user starts PostgreSQL, Redis, InfluxDB + proxy and the
# MongoDB-wire server on other ports, checks that each answers and runs as that user, and stops them again.
# It also checks that, without root or sudo, a missing tool gets one clear line naming its package, and that
# as root a checkout under a private home keeps PostgreSQL's data where user postgres can reach it.
# The user, its processes and its files are removed whatever happens.
# Usage: deploy/checks/non-root.sh   (as root; as any other user it says why it has nothing to prove)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
source deploy/local/lib.sh

if [[ $(id -u) -ne 0 ]]; then
  ok "running as $(id -un), not root: the whole make test already runs as a normal user"
  exit 0
fi

CHECK_USER="dtcheck$$"
CHECK_HOME="/home/$CHECK_USER"
PRIVATE_ROOT_DIR="$(mktemp -d /tmp/dt-private-XXXXXX)"
PORTS=(DEVOPSTRACK_PG_PORT=25432 DEVOPSTRACK_REDIS_PORT=26379 DEVOPSTRACK_MONGO_PORT=27117
       DEVOPSTRACK_INFLUX_PORT=28086 DEVOPSTRACK_INFLUXD_PORT=28087 DEVOPSTRACK_INFLUXD_RPC_PORT=28088)
failures=0

as_check_user() { runuser -u "$CHECK_USER" -- env -i HOME="$CHECK_HOME" PATH=/usr/local/bin:/usr/bin:/bin "${PORTS[@]}" \
  MONGO_STORAGE=memory "$@"; }
pass() { ok "$*"; }
fail() { printf '    %s✗%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; failures=$((failures + 1)); }

cleanup() {
  if id "$CHECK_USER" >/dev/null 2>&1; then
    as_check_user bash "$CHECK_HOME/devopstrack/deploy/local/servers.sh" down >/dev/null 2>&1 || true
    pkill -KILL -u "$CHECK_USER" 2>/dev/null || true
    sleep 0.5
    userdel -r "$CHECK_USER" >/dev/null 2>&1 || true
  fi
  rm -rf "$CHECK_HOME"
  if [[ -d "$PRIVATE_ROOT_DIR" ]]; then
    DEVOPSTRACK_LOCAL_DIR="$PRIVATE_ROOT_DIR/home/.local" DEVOPSTRACK_PG_PORT=25433 \
      bash deploy/local/servers.sh down postgres >/dev/null 2>&1 || true
    DEVOPSTRACK_LOCAL_DIR="$PRIVATE_ROOT_DIR/home/.local" bash deploy/local/servers.sh purge >/dev/null 2>&1 || true
    rm -rf "$PRIVATE_ROOT_DIR"
  fi
}
trap cleanup EXIT

say "non-root check: throwaway user $CHECK_USER with a private home"
useradd --create-home --home-dir "$CHECK_HOME" --shell /bin/bash "$CHECK_USER"
chmod 700 "$CHECK_HOME"
git clone -q "$ROOT" "$CHECK_HOME/devopstrack"
# The clone gets the working tree's own files too, so that uncommitted script changes are what is checked.
(git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null) \
  | tar -xf - -C "$CHECK_HOME/devopstrack"
# A fresh user has no Maven repository; the MongoDB-wire jar built here is given to it instead of a download.
wire_jar="$ROOT/deploy/local/mongo-wire/target/mongo-wire.jar"
[[ -f "$wire_jar" ]] || mvn -q -B -f "$ROOT/deploy/local/mongo-wire/pom.xml" package
mkdir -p "$CHECK_HOME/devopstrack/deploy/local/mongo-wire/target"
cp "$wire_jar" "$CHECK_HOME/devopstrack/deploy/local/mongo-wire/target/"
chown -R "$CHECK_USER:" "$CHECK_HOME"

if as_check_user bash "$CHECK_HOME/devopstrack/deploy/local/servers.sh" up > "$LOG_DIR/non-root-check.log" 2>&1; then
  pass "servers.sh up as $CHECK_USER (log: .local/logs/non-root-check.log)"
else
  fail "servers.sh up as $CHECK_USER failed:"; tail -n 20 "$LOG_DIR/non-root-check.log" >&2
fi

owned_by_check_user() { # owned_by_check_user <port>: the listening process belongs to the throwaway user
  local pid; pid="$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)"
  [[ -n "$pid" && "$(ps -o user= -p "$pid" | tr -d ' ')" == "$CHECK_USER" ]]
}
check() { # check <name> <port> <command...>
  local name="$1" port="$2"; shift 2
  if "$@" >/dev/null 2>&1 && owned_by_check_user "$port"; then pass "$name answers on $port, run by $CHECK_USER"
  else fail "$name on $port: no answer, or not run by $CHECK_USER"; fi
}
check PostgreSQL 25432 psql -h 127.0.0.1 -p 25432 -U devopstrack -d auth -qtAc 'select 1'
check Redis 26379 redis-cli -p 26379 ping
check "InfluxDB (through the 2.x write proxy)" 28086 bash -c \
  'curl -fsS -XPOST "http://127.0.0.1:28086/api/v2/write?bucket=metrics&precision=s" --data-binary "check v=1i 1700000000" &&
   curl -fsS "http://127.0.0.1:28086/query?db=metrics&epoch=s" --data-urlencode "q=SELECT v FROM check" | grep -q 1700000000'
check MongoDB-wire 27117 port_open 27117

if as_check_user bash "$CHECK_HOME/devopstrack/deploy/local/servers.sh" down >> "$LOG_DIR/non-root-check.log" 2>&1 \
   && ! port_open 25432 && ! port_open 26379 && ! port_open 28086 && ! port_open 27117; then
  pass "servers.sh down as $CHECK_USER: every port closed"
else
  fail "servers.sh down as $CHECK_USER left a server running"
fi

# Without root and without sudo, a missing tool is one line that names the package.
out="$(as_check_user bash -c "source '$CHECK_HOME/devopstrack/deploy/local/lib.sh'; ensure_package no-such-tool-dt some-debian-package" 2>&1)" \
  && fail "ensure_package succeeded for a tool that does not exist" \
  || { [[ $(wc -l <<<"$out") -eq 1 && "$out" == *"'some-debian-package'"* ]] \
       && pass "a missing tool without root or sudo: one line ($out)" \
       || fail "a missing tool without root or sudo printed: $out"; }

# As root, a checkout under a private (700) home keeps PostgreSQL's data where user postgres can reach it.
mkdir -p "$PRIVATE_ROOT_DIR/home" && chmod 700 "$PRIVATE_ROOT_DIR"
if DEVOPSTRACK_LOCAL_DIR="$PRIVATE_ROOT_DIR/home/.local" DEVOPSTRACK_PG_PORT=25433 \
     bash deploy/local/servers.sh up postgres >> "$LOG_DIR/non-root-check.log" 2>&1 \
   && psql -h 127.0.0.1 -p 25433 -U devopstrack -d auth -qtAc 'select 1' >/dev/null 2>&1; then
  pass "as root under a private folder: PostgreSQL data in $(cat "$PRIVATE_ROOT_DIR/home/.local/postgres.location")"
else
  fail "as root under a private folder: PostgreSQL did not start"; tail -n 10 "$LOG_DIR/non-root-check.log" >&2
fi

(( failures == 0 )) || die "non-root check: $failures failure(s)"
ok "non-root check passed"
