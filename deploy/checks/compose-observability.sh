#!/usr/bin/env bash
# Offline checks of the container and observability files (no Docker engine needed):
#   Compose file (docker-compose config + project rules), Dockerfiles (dockerfile-utils lint + project rules),
#   YAML lint, promtool check config / check rules / test rules, Prometheus local/Compose files in sync,
#   Grafana dashboards (JSON, data sources they name), amtool check-config of the Alertmanager configuration.
# Then a self-test breaks a copy of each file in a temporary folder and expects every check to fail on it.
# Usage: deploy/checks/compose-observability.sh [--no-self-test]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
HELPERS="$ROOT/deploy/checks/compose"
SELF_TEST=1
[[ "${1:-}" == "--no-self-test" ]] && SELF_TEST=""

source "$ROOT/deploy/local/lib.sh"

# ---------------------------------------------------------------- tools
ensure_package docker-compose docker-compose
ensure_package promtool prometheus
ensure_package /usr/bin/amtool prometheus-alertmanager
ensure_package yamllint yamllint
ensure_package node nodejs
if [[ ! -d "$HELPERS/node_modules/dockerfile-utils" || "$HELPERS/package-lock.json" -nt "$HELPERS/node_modules/.package-lock.json" ]]; then
  say "installing the npm helpers in deploy/checks/compose (npm ci)"
  (cd "$HELPERS" && npm ci --silent --no-audit --no-fund >/dev/null)
fi

# ---------------------------------------------------------------- checks (each takes a repository root)
# The Java services' one Dockerfile (build arguments SERVICE and PORT) and the dashboard's.
DOCKERFILES=(Dockerfile frontend/Dockerfile)

compose_config() {
  # Debian's docker-compose validates the file against the Compose schema and interpolates every variable.
  # An empty env file stands for the clean checkout (deploy/.env is never committed).
  local empty; empty="$(mktemp)"
  docker-compose --env-file "$empty" -f "$1/deploy/compose.yml" config -q \
    && docker-compose --env-file "$empty" -f "$1/deploy/compose.yml" --profile tools config -q
  local rc=$?; rm -f "$empty"; return $rc
}
compose_rules()       { node "$HELPERS/check-observability.mjs" compose "$1"; }
dockerfile_syntax() {
  local rc=0 f
  for f in "${DOCKERFILES[@]}"; do
    "$HELPERS/node_modules/.bin/dockerfile-utils" lint "$1/$f" || { echo "($f)"; rc=1; }
  done
  return $rc
}
dockerfile_rules()    { node "$HELPERS/lint-dockerfiles.mjs" "$1"; }
yaml_lint() {
  yamllint -s -c "$HELPERS/yamllint.yml" "$1/deploy/compose.yml" "$1/deploy/traefik" "$1/deploy/prometheus" \
    "$1/deploy/alertmanager" \
    "$1/deploy/grafana/provisioning" "$1/deploy/checks/compose/yamllint.yml"
}
promtool_config()     { promtool check config "$1/deploy/prometheus/prometheus.yml" "$1/deploy/prometheus/prometheus.local.yml"; }
promtool_rules()      { promtool check rules "$1"/deploy/prometheus/rules/*.yml; }
promtool_test()       { (cd "$1/deploy/prometheus" && promtool test rules tests/*.test.yml); }
prometheus_in_sync()  { node "$HELPERS/check-observability.mjs" prom-sync "$1"; }
grafana_dashboards()  { node "$HELPERS/check-observability.mjs" dashboards "$1"; }
amtool_config()       { /usr/bin/amtool check-config "$1/deploy/alertmanager/alertmanager.yml"; }

CHECKS=(compose_config compose_rules dockerfile_syntax dockerfile_rules yaml_lint
        promtool_config promtool_rules promtool_test prometheus_in_sync grafana_dashboards amtool_config)

# the first line of a failure that says why (tools print file names and banners first)
first_reason() {
  { printf '%s\n' "$1" | grep -iE 'error|fail|invalid|must|not |unknown|requires|duplicat|missing' || printf '%s\n' "$1"; } \
    | grep -v '^\s*$' | head -n1 | sed 's/^\s*//' | cut -c1-110
}

passed=0 failed=0
record() { # record <ok|fail> <label> [output]
  if [[ "$1" == ok ]]; then passed=$((passed + 1)); printf '  PASS  %s\n' "$2"
  else failed=$((failed + 1)); printf '  FAIL  %s\n' "$2"; [[ -z "${3:-}" ]] || printf '%s\n' "$3" | sed 's/^/        /'; fi
}

say "checking the container and observability files"
for check in "${CHECKS[@]}"; do
  if out="$("$check" "$ROOT" 2>&1)"; then record ok "$check"; else record fail "$check" "$out"; fi
done

# ---------------------------------------------------------------- self-test: every check must fail on a broken copy
# Each case: <check> <file> <python expression that breaks the file's text `s`>
SELF_CASES=(
  "compose_config|deploy/compose.yml|s.replace('    restart: unless-stopped\n', '    restart: [unless-stopped]\n', 1)"
  "compose_rules|deploy/traefik/dynamic/routes.yml|s.replace('http://projects-service:8001', 'http://projects:8001')"
  "compose_rules|deploy/compose.yml|s.replace('      postgres: {condition: service_healthy}', '      postgres: {condition: service_started}')"
  "compose_rules|deploy/compose.yml|s.replace('SERVICE: tasks-worker, PORT: \"8004\"', 'SERVICE: tasks-worker, PORT: \"8002\"')"
  "dockerfile_syntax|Dockerfile|s + 'COPY\n'"
  "dockerfile_rules|Dockerfile|s.replace('USER 10001:10001', 'USER root')"
  "dockerfile_rules|frontend/Dockerfile|s[:s.index('HEALTHCHECK')]"
  "dockerfile_rules|Dockerfile|s.replace('cp \"\${SERVICE}/target/\${SERVICE}.jar\" application.jar', 'true').replace('-jar application.jar extract', '-jar \${SERVICE}/target/\${SERVICE}.jar extract')"
  "dockerfile_rules|Dockerfile|s.replace('FROM eclipse-temurin:21-jre-alpine', 'FROM eclipse-temurin:latest')"
  "dockerfile_rules|Dockerfile|s.replace('http://127.0.0.1:\${PORT}/healthz', 'http://127.0.0.1:8000/healthz')"
  "dockerfile_rules|.github/workflows/ci.yml|s.replace('{service: metrics-service, port: 8003}', '{service: metrics-service, port: 8002}')"
  "yaml_lint|deploy/prometheus/prometheus.yml|s.replace('  scrape_interval: 15s\n', '  scrape_interval: 15s\n  scrape_interval: 30s\n', 1)"
  "promtool_config|deploy/prometheus/prometheus.local.yml|s.replace('scrape_interval: 15s', 'scrape_interval: fifteen', 1)"
  "promtool_rules|deploy/prometheus/rules/devopstrack-alerts.yml|s.replace('max(devopstrack_queue_depth) > 100', 'max(devopstrack_queue_depth > 100')"
  "promtool_test|deploy/prometheus/rules/devopstrack-alerts.yml|s.replace('> 0.05', '> 0.5')"
  "prometheus_in_sync|deploy/prometheus/prometheus.local.yml|s.replace('  - job_name: tasks-worker', '  - job_name: tasks-worker-local')"
  "grafana_dashboards|deploy/grafana/dashboards/services.json|s.replace('\"uid\": \"prometheus\"', '\"uid\": \"prometheus-old\"', 1)"
  "grafana_dashboards|deploy/grafana/dashboards/pipelines.json|s[:len(s) // 2]"
  "amtool_config|deploy/alertmanager/alertmanager.yml|s.replace('  receiver: devopstrack', '  receiver: nobody', 1)"
  "amtool_config|deploy/alertmanager/alertmanager.yml|s.replace('group_wait: 30s', 'group_wait: soon', 1)"
  "prometheus_in_sync|deploy/prometheus/prometheus.local.yml|s.replace(\"['127.0.0.1:9093']\", \"['127.0.0.1:9094']\")"
)

if [[ -n "$SELF_TEST" ]]; then
  say "self-test: each check must fail on a broken copy"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  for case in "${SELF_CASES[@]}"; do
    IFS='|' read -r check file breaker <<<"$case"
    copy="$work/tree"
    rm -rf "$copy" && mkdir -p "$copy/deploy/checks/compose"
    cp -r "$ROOT/deploy/compose.yml" "$ROOT/deploy/.env.example" "$ROOT/deploy/traefik" "$ROOT/deploy/prometheus" \
      "$ROOT/deploy/grafana" "$ROOT/deploy/alertmanager" "$copy/deploy/"
    cp "$ROOT/deploy/checks/compose/yamllint.yml" "$copy/deploy/checks/compose/"
    cp "$ROOT/pom.xml" "$ROOT/.dockerignore" "$ROOT/Dockerfile" "$copy/"
    mkdir -p "$copy/frontend" "$copy/.github/workflows"
    cp "$ROOT/frontend/Dockerfile" "$ROOT/frontend/.dockerignore" "$copy/frontend/"
    cp "$ROOT/.github/workflows/ci.yml" "$copy/.github/workflows/"
    python3 -c "import sys; p=sys.argv[1]; s=open(p).read(); t=$breaker; assert t != s, 'breaker changed nothing'; open(p,'w').write(t)" "$copy/$file" \
      || { record fail "self-test $check ($file): could not break the copy"; continue; }
    if out="$("$check" "$copy" 2>&1)"; then
      record fail "self-test: $check accepted a broken $file"
    else
      record ok "self-test: $check rejects a broken $file ($(first_reason "$out"))"
    fi
  done
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
