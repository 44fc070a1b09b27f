#!/bin/sh
# Container entry point (Compose and Kubernetes): renders alertmanager.yml with the integration id and writes the
# hook's Bearer secret beside it (mode 600), both from the environment, then runs Alertmanager as PID 1.
set -eu
dir=/alertmanager/config
mkdir -p "$dir"
sed "s|INTEGRATION_ID|${ALERTMANAGER_INTEGRATION_ID:-none}|" /etc/alertmanager/alertmanager.yml > "$dir/alertmanager.yml"
(umask 077 && printf '%s' "${ALERTMANAGER_HOOK_TOKEN:-}" > "$dir/hook-token")
exec /bin/alertmanager --config.file="$dir/alertmanager.yml" --storage.path=/alertmanager \
  --web.listen-address=:9093 --cluster.listen-address=
