#!/usr/bin/env bash
# Proves that the published SDK stands alone: deploys civic-ledger-api and civic-ledger-client-sdk (and nothing
# else: the other modules skip deployment) into a temporary file repository, then builds and runs a consumer
# project (src/it/consumer) against it with an EMPTY temporary local repository, so nothing of this build
# (the parent POM, the Quarkus BOM) can be found unless the published POMs name it. Nothing is installed into
# ~/.m2: the producing build reads it, and the resolver's cache of the file repository's metadata it writes
# there (maven-metadata-consumer-check.xml, resolver-status.properties) is removed at exit.
# Needs Maven Central for the consumer's plugins (the consumer's local repository starts empty).
# Usage: bash client-sdk/src/it/consumer-check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
TMP="$(mktemp -d /tmp/civic-consumer.XXXXXX)"
touch "$TMP/start"
trap 'find "$HOME/.m2/repository/org/civicledger" \( -name "maven-metadata-consumer-check.xml*" -o \
  -name resolver-status.properties -newer "$TMP/start" \) -delete 2>/dev/null
  find "$HOME/.m2/repository/org/civicledger" -mindepth 1 -type d -empty -delete 2>/dev/null; rm -rf "$TMP"' EXIT
PUBLISHED="$TMP/published"
VERSION="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)" # the project's own version

echo "== deploying api and client-sdk $VERSION to $PUBLISHED"
(cd "$ROOT" && mvn -B -ntp -q deploy -pl client-sdk -am -DskipTests -Dmaven.install.skip=true \
  -DaltDeploymentRepository="consumer-check::file://$PUBLISHED") >"$TMP/deploy.log" 2>&1 || { cat "$TMP/deploy.log"; exit 1; }

fail() { echo "FAIL: $*" >&2; exit 1; }
published=$(cd "$PUBLISHED" && find . -name '*.jar' -o -name '*.pom' | sort)
echo "$published"
for a in civic-ledger-api civic-ledger-client-sdk; do
  for kind in .jar -sources.jar -javadoc.jar .pom; do
    grep -q "/$a-.*[0-9]$kind\$" <<<"$published" || fail "$a has no published $kind"
  done
done
grep -q -e 'civic-ledger-parent' -e 'gateway' -e 'chaincode' <<<"$published" && fail "more than the SDK was published"
for pom in $(find "$PUBLISHED" -name '*.pom'); do
  grep -q '<parent>' "$pom" && fail "$pom names a parent"
  grep -q -e 'quarkus' -e '\${' -e '<dependencyManagement>' "$pom" && fail "$pom needs this build to be read"
done

echo "== building the consumer against it, with an empty local repository"
cp -r "$ROOT/client-sdk/src/it/consumer" "$TMP/consumer"
cd "$TMP/consumer"
M2="$TMP/m2"
mvn -B -ntp -q -Dmaven.repo.local="$M2" -Dpublished.repo="file://$PUBLISHED" -Dsdk.version="$VERSION" \
  package dependency:build-classpath -Dmdep.outputFile=cp.txt >"$TMP/consumer.log" 2>&1 || { cat "$TMP/consumer.log"; exit 1; }
[[ -d "$M2/org/civicledger/civic-ledger-parent" ]] && fail "the consumer fetched the parent POM"
[[ -d "$M2/io/quarkus" ]] && fail "the consumer fetched something of Quarkus"
runtime=$(tr ':' '\n' <cp.txt | xargs -n1 basename | sed 's/-[0-9][0-9.]*\(-SNAPSHOT\)\{0,1\}\(-[0-9.]*-[0-9]*\)\{0,1\}\.jar$//' | sort | tr '\n' ' ')
echo "runtime classpath: $runtime"
[[ "$runtime" == "civic-ledger-api civic-ledger-client-sdk jackson-annotations jackson-core jackson-databind " ]] \
  || fail "the SDK's runtime is more than itself, its wire types and Jackson: $runtime"
out=$(java -cp "target/classes:$(cat cp.txt)" example.Main)
echo "$out"
grep -qx "version=$VERSION" <<<"$out" || fail "the SDK jar's manifest lacks Implementation-Version $VERSION"
grep -qx "typed=true" <<<"$out" || fail "typed exceptions"
echo "consumer check: 1 passed, 0 failed"
