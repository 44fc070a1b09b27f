#!/usr/bin/env bash
# The MongoDB-wire server's own ceiling for what GET /projects?page=0&size=20 asks of it (a count and a sorted
# first page over 1,000 documents), measured with the MongoDB Java driver and no service in between.
# Needs the backing servers (deploy/local/servers.sh up) and the built projects-service jar (for the driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=projects-service/target/projects-service.jar
[[ -f "$jar" ]] || mvn -q -B -pl projects-service -DskipTests package
lib="$(mktemp -d)"
trap 'rm -rf "$lib"' EXIT
(cd "$lib" && unzip -q "$OLDPWD/$jar" 'BOOT-INF/lib/mongodb-driver*' 'BOOT-INF/lib/bson*')
java -cp "$lib/BOOT-INF/lib/*" bench/projects/WireServerBench.java 2>&1 | grep -v -e SLF4J -e Loggers
