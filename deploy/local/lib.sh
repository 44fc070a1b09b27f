# Shared helpers for the deploy/local scripts. Sourced, not run.
# Everything we start lives under $LOCAL_DIR (git-ignored): data, logs and pid files.

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="${DEVOPSTRACK_LOCAL_DIR:-$ROOT_DIR/.local}"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
mkdir -p "$LOG_DIR" "$RUN_DIR"

if [[ -t 1 ]]; then
  C_BLUE=$'\033[1;34m' C_GREEN=$'\033[32m' C_YELLOW=$'\033[33m' C_RED=$'\033[31m' C_OFF=$'\033[0m'
else
  C_BLUE='' C_GREEN='' C_YELLOW='' C_RED='' C_OFF=''
fi
say()  { printf '%s==>%s %s\n' "$C_BLUE" "$C_OFF" "$*"; }
ok()   { printf '    %s✓%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '    %s!%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() {
  local pidfile="$1"
  [[ -s "$pidfile" ]] && kill -0 "$(head -n1 "$pidfile")" 2>/dev/null
}

# wait_for <description> <seconds> <command...>: polls the command until it succeeds, printing progress.
wait_for() {
  local what="$1" timeout="$2"; shift 2
  local waited=0
  until "$@" >/dev/null 2>&1; do
    if (( waited >= timeout )); then
      return 1
    fi
    if (( waited > 0 && waited % 5 == 0 )); then
      printf '    … waiting for %s (%ss)\n' "$what" "$waited"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

apt_updated=""
# ensure_package <command-or-path> <debian-package>: installs the package when the command is missing.
ensure_package() {
  local probe="$1" package="$2"
  if [[ -x "$probe" ]] || command -v "$probe" >/dev/null 2>&1; then
    return 0
  fi
  [[ $(id -u) -eq 0 ]] || die "$package is missing; install it (apt-get install $package) or run as root"
  say "installing Debian package '$package' (apt-get)"
  if [[ -z "$apt_updated" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  # Debian's postinst scripts would start system-wide copies of these servers; we run our own.
  local made_policy=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
  [[ -z "$made_policy" ]] || rm -f /usr/sbin/policy-rc.d
}

# stop_pidfile <name> <pidfile>: stops a process we started, by its pid, waiting for it to exit.
stop_pidfile() {
  local name="$1" pidfile="$2"
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    return 0
  fi
  local pid; pid="$(head -n1 "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; ok "$name stopped (pid $pid)"; return 0; }
    sleep 1
  done
  warn "$name (pid $pid) did not stop in 30s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}
