#!/usr/bin/env bash
# Against the running stack: saves each service's live OpenAPI document (GET /docs/openapi.json on
# 8000-8003) into frontend/openapi/ and fails when one differs from what is committed (the dashboard's
# API types, generated from those documents, would no longer match the services).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR/frontend"

for port in 8000 8001 8002 8003; do
  port_open "$port" || die "nothing answers on 127.0.0.1:$port: start the stack first (make up)"
done
[[ -d node_modules ]] || die "frontend/node_modules is missing: run deploy/local/frontend.sh build first"
say "fetching the services' OpenAPI documents (and regenerating the API types from them)"
node scripts/gen-api.mjs --fetch
if git -C "$ROOT_DIR" diff --exit-code --stat -- frontend/openapi; then
  ok "the committed OpenAPI documents match the running services"
else
  die "the services' OpenAPI documents changed: review the diff above, run 'npm run check:api' (the types may no longer fit the code) and commit frontend/openapi"
fi
