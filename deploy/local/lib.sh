# Shared helpers for the deploy/local scripts. Sourced, not run.
# Everything we start lives under $LOCAL_DIR (git-ignored): data, logs and pid files.

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="${DEVOPSTRACK_LOCAL_DIR:-$ROOT_DIR/.local}"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
mkdir -p "$LOG_DIR" "$RUN_DIR"
# Debian puts nginx and other daemons in /usr/sbin, which is not on a normal user's PATH.
case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac

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

# as_root <command...>: runs a privileged step directly as root, else through sudo (never asked for otherwise).
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  else
    sudo "$@"
  fi
}

# can_become_root: root, or a user who may run sudo (without a password, or with a terminal to ask on).
can_become_root() {
  [[ $(id -u) -eq 0 ]] && return 0
  command -v sudo >/dev/null 2>&1 || return 1
  sudo -n true 2>/dev/null || [[ -t 0 ]]
}

apt_updated=""
# ensure_package <command-or-path> <debian-package>[|<alternative>...]: installs the package when the command is
# missing, as root or through sudo; without either, one line names the package to install. Alternatives cover
# distributions that renamed a package (Debian 12's nginx-light is plain nginx on Debian 13 and Ubuntu 24.04).
ensure_package() {
  local probe="$1" package="${2%%|*}" alternatives="$2"
  if [[ -x "$probe" ]] || command -v "$probe" >/dev/null 2>&1; then
    return 0
  fi
  can_become_root || die "$probe is missing: install the Debian package '$package' (sudo apt-get install $package), or run this as root or as a user with sudo"
  say "installing Debian package '${alternatives//|/ or }' (apt-get$([[ $(id -u) -eq 0 ]] || echo ' through sudo'))"
  if [[ -z "$apt_updated" ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  # Debian's postinst scripts would start system-wide copies of these servers; we run our own.
  local made_policy=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null && as_root chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local candidate
  for candidate in ${alternatives//|/ }; do
    if apt-cache show "$candidate" >/dev/null 2>&1; then package="$candidate"; break; fi
  done
  local status=0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null || status=$?
  [[ -z "$made_policy" ]] || as_root rm -f /usr/sbin/policy-rc.d
  (( status == 0 )) || die "apt-get could not install '$package' (exit $status)"
}

# newest_versioned <glob-with-one-*>: the path of the highest version matching, e.g. /usr/lib/postgresql/*/bin.
newest_versioned() {
  local matches=()
  # shellcheck disable=SC2206 # the glob is meant to expand here
  matches=($1)
  [[ -e "${matches[0]}" ]] || return 1
  printf '%s\n' "${matches[@]}" | sort -V | tail -n1
}

# nginx_common: the lines every nginx we start needs, root or not. As root, workers run as root
# too, so that they can read a checkout under a private home; as any other user, every temp path is ours.
nginx_common() {
  if [[ $(id -u) -eq 0 ]]; then echo "user root;"; fi
  cat <<CONF
worker_processes 1;
events { worker_connections 1024; }
CONF
}

nginx_temp_paths() {
  local dir="$1"
  cat <<CONF
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
CONF
}

# start_server <name> <url> <pidfile> <log> <ready command> -- <command...>: starts a server in the background,
# detached, its output appended to the log, and records its pid; then waits up to 60s for the ready command
# to succeed. A server that never gets ready is stopped again, after the end of its log is shown.
start_server() {
  local name="$1" url="$2" pidfile="$3" log="$4" ready="$5"
  [[ "$6" == -- ]] || die "start_server: '--' must come before the command"
  shift 6
  local shown="${log#"$ROOT_DIR"/}"
  nohup setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! > "$pidfile"
  if ! wait_for "$name" 60 "$ready"; then
    tail -n 20 "$log" >&2 || true
    stop_pidfile "$name" "$pidfile"
    die "$name did not become ready (log: $shown)"
  fi
  ok "$name ready on $url (pid $(head -n1 "$pidfile"), log: $shown)"
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
