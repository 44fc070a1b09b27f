#!/usr/bin/env bash
# Installs the dashboard's npm dependencies when needed, then builds or tests it.
# Usage: frontend.sh build|test
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR/frontend"

command -v npm >/dev/null || die "npm is missing: install Node.js 20 and npm"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing the dashboard's npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

case "${1:-build}" in
  build)
    if [[ -f dist/index.html && -z "$(find src openapi index.html package.json vite.config.* -newer dist/index.html 2>/dev/null | head -n1)" ]]; then
      ok "dashboard already built (frontend/dist is up to date)"
    else
      npm run --silent build
      ok "dashboard built into frontend/dist"
    fi ;;
  test)
    say "lint (ESLint 9)"; npm run --silent lint
    say "unit and component tests"; npm test
    say "API types from the committed OpenAPI documents, type-checked against the dashboard"; npm run --silent check:api
    say "build"; npm run --silent build
    say "initial bundle size"; npm run --silent size ;;
  *) die "usage: $0 build|test" ;;
esac
