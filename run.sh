#!/usr/bin/env bash
# Starts the Civic Ledger gateway on http://localhost:8080 in demo mode, on the embedded ledger
# (data under ./data), building it first when the build is missing or older than the sources.
#   ./run.sh                      # demo mode (CIVIC_DEMO=true unless you set it)
#   CIVIC_DATA_DIR=/tmp/x ./run.sh
#   QUARKUS_HTTP_PORT=9090 ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
app=gateway-service/target/quarkus-app/quarkus-run.jar
if [[ ! -f "$app" ]] || [[ -n "$(find chaincode/src gateway-service/src pom.xml chaincode/pom.xml gateway-service/pom.xml -newer "$app" -type f -print -quit)" ]]; then
  echo "building (mvn package -pl gateway-service -am, tests skipped)..." >&2
  # package, not install: the build stays in target/ and never touches the local repository (~/.m2)
  mvn -B -ntp -q package -DskipTests -pl gateway-service -am
fi
export CIVIC_DEMO="${CIVIC_DEMO:-true}"
exec java ${JAVA_OPTS:-} -jar "$app"
