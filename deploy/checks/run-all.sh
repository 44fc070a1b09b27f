#!/usr/bin/env bash
# Runs every offline deployment check (deploy/checks/*.sh); fails if any fails.
set -uo pipefail
cd "$(dirname "$0")"
failed=()
for check in *.sh; do
  # non-root.sh makes and removes a user: it is a target of its own (make check-non-root), run once by make test.
  [[ "$check" == run-all.sh || "$check" == non-root.sh ]] && continue
  echo "--> $check"
  if ! bash "$check"; then failed+=("$check"); fi
done
if ((${#failed[@]})); then
  echo "deployment checks failed: ${failed[*]}" >&2
  exit 1
fi
echo "all deployment checks passed"
