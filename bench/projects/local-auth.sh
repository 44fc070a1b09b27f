#!/usr/bin/env bash
# Fallback when auth-service is not running: makes an RSA key, serves its JWK Set on loopback
# (python3 http.server, port $JWKS_PORT) and prints an ADMIN access token signed with it, shaped as
# auth-service makes them (docs/contracts.md). Start projects-service with AUTH_JWKS_URI=http://127.0.0.1:$JWKS_PORT/jwks.
# Usage: local-auth.sh DIR   (writes DIR/key.pem, DIR/jwks, DIR/jwks.pid; prints the token)
set -euo pipefail
dir=$1; port=${JWKS_PORT:-18999}
mkdir -p "$dir"
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

[[ -f "$dir/key.pem" ]] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/key.pem" 2>/dev/null
n=$(openssl rsa -in "$dir/key.pem" -noout -modulus 2>/dev/null | cut -d= -f2 | xxd -r -p | b64url)
printf '{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"bench","n":"%s","e":"AQAB"}]}' "$n" > "$dir/jwks"

if ! { [[ -f "$dir/jwks.pid" ]] && kill -0 "$(cat "$dir/jwks.pid")" 2>/dev/null; }; then
  (cd "$dir" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  echo $! > "$dir/jwks.pid"
fi

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"bench","preferred_username":"bench","roles":["ADMIN"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "${JWT_ISSUER:-devopstrack-auth}" "${JWT_AUDIENCE:-devopstrack}" "$now" "$((now + 3600))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/key.pem" | b64url)
echo "$header.$payload.$signature"
