#!/usr/bin/env bash
# Checks the tools make up / make test cannot install by themselves (Java 17+, Maven, Node.js 20.19+ with npm)
# and says in one line what is missing. Everything else (servers, browsers, linters) is installed on demand.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

missing=()
java_major() { java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if ! command -v java >/dev/null 2>&1; then
  missing+=("Java 17+ (none found)")
elif (( $(java_major) < 17 )); then
  missing+=("Java 17+ (found $(java_major))")
fi
command -v mvn >/dev/null 2>&1 || missing+=("Maven 3.8+ (mvn not found)")
if ! command -v node >/dev/null 2>&1; then
  missing+=("Node.js 20.19+ (none found)")
else
  node_version="$(node -p 'process.versions.node')"
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    missing+=("Node.js 20.19+ (found $node_version)")
  fi
fi
command -v npm >/dev/null 2>&1 || missing+=("npm (comes with Node.js)")

if ((${#missing[@]})); then
  die "missing: $(IFS=';'; echo "${missing[*]}" | sed 's/;/, /g'). Install them (Debian/Ubuntu: apt-get install openjdk-17-jdk maven; Node.js 20.19+), then run this again."
fi
ok "Java $(java_major), $(mvn -v 2>/dev/null | head -n1 | sed "s/\x1b\[[0-9;]*m//g" | cut -d" " -f1-3), Node.js $(node -v), npm $(npm -v)"
