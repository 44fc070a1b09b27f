#!/usr/bin/env bash
# Checks that every built service jar nests the libs/ jars as they are now built (libs/*/target): a service jar
# that kept an older copy runs old library code although its own build looked fine. Run by make build and
# make test, after packaging.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"

stale=()
checked=0
for jar in */target/*-service.jar tasks-worker/target/tasks-worker.jar; do
  [[ -f "$jar" ]] || continue
  while read -r nested; do
    lib="$(ls libs/*/target/"$(basename "$nested")" 2>/dev/null | head -n1)"
    [[ -n "$lib" ]] || continue
    checked=$((checked + 1))
    if [[ "$(unzip -p "$jar" "$nested" | sha256sum | cut -d' ' -f1)" != "$(sha256sum < "$lib" | cut -d' ' -f1)" ]]; then
      stale+=("$jar nests an older $(basename "$nested") than $lib")
    fi
  done < <(unzip -Z1 "$jar" 'BOOT-INF/lib/devopstrack-*.jar' 2>/dev/null || true)
done
if ((${#stale[@]})); then
  printf '    ✗ %s\n' "${stale[@]}" >&2
  die "service jars are stale: rebuild them (make build)"
fi
ok "service jars nest the current libs/ jars ($checked checked)"
