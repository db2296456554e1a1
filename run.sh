#!/usr/bin/env bash
# Starts the Civic Ledger gateway on http://localhost:8080 in demo mode, on the embedded ledger
# (data under ./data), building it first when the build is missing or older than the sources.
#   ./run.sh                      # demo mode (CIVIC_DEMO=true unless you set it)
#   CIVIC_DATA_DIR=/tmp/x ./run.sh
#   QUARKUS_HTTP_PORT=9090 ./run.sh
#   JAVA_OPTS=-Xmx2g ./run.sh       # the heap is -Xmx1g unless JAVA_OPTS sets one
set -euo pipefail
cd "$(dirname "$0")"
app=gateway-service/target/quarkus-app/quarkus-run.jar
if [[ ! -f "$app" ]] || [[ -n "$(find api/src chaincode/src gateway-service/src pom.xml api/pom.xml chaincode/pom.xml gateway-service/pom.xml -newer "$app" -type f -print -quit)" ]]; then
  echo "building (mvn package -pl gateway-service -am, tests skipped)..." >&2
  # package, not install: the build stays in target/ and never touches the local repository (~/.m2)
  mvn -B -ntp -q package -DskipTests -pl gateway-service -am
fi
export CIVIC_DEMO="${CIVIC_DEMO:-true}"
# A bounded heap unless JAVA_OPTS sets one: the JVM's default (a quarter of the machine's memory) lets one
# process take far more than the gateway needs.
heap="-Xmx1g"
case " ${JAVA_OPTS:-} " in *" -Xmx"*|*"MaxRAMPercentage"*|*"MaxRAM="*) heap="" ;; esac
exec java $heap ${JAVA_OPTS:-} -jar "$app"
