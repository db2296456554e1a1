#!/usr/bin/env bash
# Validates deploy/ as far as a machine without a Kubernetes cluster allows (deploy/README.md, "What is validated
# here, and what is not"):
#   1. for each deploy/helm/values-*.yaml: helm lint --strict, then helm template piped into kubecheck, which
#      decodes every rendered manifest strictly into the Kubernetes API types and applies a few of the API
#      server's rules;
#   2. every custom resource under deploy/operator/founding and deploy/operator/join-bank2 against the schemas in
#      deploy/operator/schemas, as written and as rendered by deploy/operator/render.sh;
#   3. a mutation self-check: a values file with a misspelt key, a rendered manifest with a misspelt field and a
#      custom resource with a misspelt field must each be refused, or the checks above prove nothing.
# Helm is built from the Go module proxy at the pinned version into ~/.cache/civic-ledger/ (several minutes the
# first time, then reused); kubecheck is built from deploy/tools. Offline after the first run.
#
#   bash deploy/validate.sh               everything above
#   bash deploy/validate.sh --build-helm  only build (or find) helm, e.g. in the background while CI does other work
set -euo pipefail
DEPLOY=$(cd "$(dirname "$0")" && pwd)

HELM_VERSION=4.3.2
HELM_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/civic-ledger/helm-$HELM_VERSION"
HELM="$HELM_DIR/helm"

CHART="$DEPLOY/helm/civic-ledger"
# What an organisation gives only at install (deploy/helm/README.md), stood in for here.
INSTALL_SETTINGS=(--set "chaincode.packageId=civic-ledger_1:$(printf '%064d' 0)")
SCHEMAS="$DEPLOY/operator/schemas"
CR_SETS=(founding join-bank2)

die() { echo "validate: $*" >&2; exit 1; }

# Builds helm once per version; the binary is moved into place only when complete, so that a build cut short is
# never mistaken for a finished one.
build_helm() {
    # helm version prints only "v4.3" for a go-install build; the module version recorded in the binary is exact.
    if [ -x "$HELM" ] && go version -m "$HELM" | grep -Eq "^\s+mod\s+helm.sh/helm/v4\s+v$HELM_VERSION\s"; then
        return
    fi
    echo "validate: building helm v$HELM_VERSION from the Go module proxy into $HELM_DIR (once)"
    local staging
    staging=$(mktemp -d "${HELM_DIR}.XXXXXX")
    GOBIN="$staging" go install "helm.sh/helm/v4/cmd/helm@v$HELM_VERSION"
    mkdir -p "$HELM_DIR"
    mv "$staging/helm" "$HELM"
    rmdir "$staging"
}

if [ "${1:-}" = "--build-helm" ]; then
    mkdir -p "$(dirname "$HELM_DIR")"
    build_helm
    exit 0
fi
[ $# -eq 0 ] || { echo "usage: bash deploy/validate.sh [--build-helm]" >&2; exit 2; }

# What must be there; while another part of deploy/ is missing, say so instead of passing on nothing.
shopt -s nullglob
VALUES=("$DEPLOY"/helm/values-*.yaml)
missing=()
[ -f "$CHART/Chart.yaml" ] || missing+=("the chart ($CHART/Chart.yaml)")
[ ${#VALUES[@]} -gt 0 ] || missing+=("values files ($DEPLOY/helm/values-*.yaml)")
schema_files=("$SCHEMAS"/*.yaml)
[ ${#schema_files[@]} -gt 0 ] || missing+=("custom resource schemas ($SCHEMAS/*.yaml)")
# The YAML files of one set of custom resources, in all its subfolders (founding/<org>/, founding/channel/).
cr_files() { find "$DEPLOY/operator/$1" -name '*.yaml' -type f 2>/dev/null | sort; }
for set in "${CR_SETS[@]}"; do
    [ -n "$(cr_files "$set")" ] || missing+=("custom resources ($DEPLOY/operator/$set/**/*.yaml)")
done
if [ ${#missing[@]} -gt 0 ]; then
    printf 'validate: missing: %s\n' "${missing[@]}" >&2
    die "nothing to validate for the parts above; deploy/ is incomplete"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# helm keeps no state between runs here: its cache, configuration and data stay in the throwaway directory.
export HELM_CACHE_HOME="$WORK/helm-cache" HELM_CONFIG_HOME="$WORK/helm-config" HELM_DATA_HOME="$WORK/helm-data"

mkdir -p "$(dirname "$HELM_DIR")"
build_helm
KUBECHECK="$WORK/kubecheck"
(cd "$DEPLOY/tools" && go build -o "$KUBECHECK" ./cmd/kubecheck)

# Runs kubecheck, shows its lines, and adds its document count to the variable named by $1.
kubecheck_counted() {
    local counter=$1
    shift
    local log="$WORK/kubecheck.log" status=0
    "$KUBECHECK" "$@" >"$log" 2>&1 || status=$?
    cat "$log"
    [ $status -eq 0 ] || return $status
    printf -v "$counter" '%d' $(( ${!counter} + $(grep -c '^ok ' "$log") ))
}

org_of() { local name; name=$(basename "$1" .yaml); echo "${name#values-}"; }

rendered_docs=0
for values in "${VALUES[@]}"; do
    org=$(org_of "$values")
    echo "== $org: helm lint --strict, helm template | kubecheck"
    "$HELM" lint --strict "$CHART" -f "$values" "${INSTALL_SETTINGS[@]}"
    "$HELM" template "civic-$org" "$CHART" --namespace "$org" -f "$values" "${INSTALL_SETTINGS[@]}" \
        >"$WORK/rendered-$org.yaml"
    kubecheck_counted rendered_docs - <"$WORK/rendered-$org.yaml"
    # the gateway alone, as on bevel-operator-fabric, where the operator's FabricChaincode runs the chaincode service
    echo "== $org, gateway only (chaincode.enabled=false): helm template | kubecheck"
    "$HELM" template "civic-$org" "$CHART" --namespace "$org" -f "$values" --set chaincode.enabled=false \
        >"$WORK/rendered-$org-gateway.yaml"
    kubecheck_counted rendered_docs - <"$WORK/rendered-$org-gateway.yaml"
done

cr_docs=0
for set in "${CR_SETS[@]}"; do
    echo "== operator/$set: kubecheck --schemas operator/schemas"
    mapfile -t files < <(cr_files "$set")
    kubecheck_counted cr_docs --schemas "$SCHEMAS" "${files[@]}"
done

# The custom resources hold ${NAME} placeholders that operator/render.sh fills from operator/settings.env, and
# per-organisation values (enrolment secrets, certificates, package ids) from the environment. The rendered form
# is checked too, with settings.env as it is and one stand-in for every per-organisation value (base64 of
# "placeholder", which any string field accepts), so that a setting of the wrong type or format is caught.
RENDER="$DEPLOY/operator/render.sh"
rendered_crs=0
if [ -f "$RENDER" ]; then
    STAND_IN=cGxhY2Vob2xkZXI=
    for set in "${CR_SETS[@]}"; do
        echo "== operator/$set rendered by operator/render.sh: kubecheck --schemas operator/schemas"
        mapfile -t files < <(cr_files "$set")
        rendered=()
        for file in "${files[@]}"; do
            out="$WORK/rendered-cr/${file#"$DEPLOY/operator/"}"
            mkdir -p "$(dirname "$out")"
            (
                for name in $(grep -ohE '[$][{][A-Z0-9_]+[}]' "$file" | tr -d '${}' | sort -u); do
                    grep -q "^$name=" "$DEPLOY/operator/settings.env" || export "$name=$STAND_IN"
                done
                bash "$RENDER" "$file"
            ) >"$out"
            rendered+=("$out")
        done
        cd "$WORK/rendered-cr" # so that kubecheck names each file by its path under operator/
        kubecheck_counted rendered_crs --schemas "$SCHEMAS" "${rendered[@]#"$WORK/rendered-cr/"}"
        cd "$DEPLOY"
    done
fi

# The mutation self-check: each change below must be refused, and for the last two by the field's path.
echo "== mutation self-check"
refused() { echo "refused as it must be: $1"; }
first_values=${VALUES[0]}
org=$(org_of "$first_values")

# A values file whose first top-level key is misspelt: the chart's values.schema.json must refuse it.
sed -E '0,/^([A-Za-z][A-Za-z0-9_]*):/s//\1Misspelt:/' "$first_values" >"$WORK/values-misspelt.yaml"
cmp -s "$first_values" "$WORK/values-misspelt.yaml" && die "self-check: no top-level key in $first_values to misspell"
if "$HELM" template "civic-$org" "$CHART" --namespace "$org" -f "$WORK/values-misspelt.yaml" "${INSTALL_SETTINGS[@]}" \
    >/dev/null 2>&1; then
    die "self-check: helm template accepted a misspelt top-level key in $(basename "$first_values");" \
        "the chart's values.schema.json must close its objects (additionalProperties: false)"
fi
refused "a misspelt key in $(basename "$first_values")"

# A rendered manifest with a misspelt field of a container.
sed -E '0,/^( *)imagePullPolicy:/s//\1imagePullPolcy:/' "$WORK/rendered-$org.yaml" >"$WORK/rendered-misspelt.yaml"
cmp -s "$WORK/rendered-$org.yaml" "$WORK/rendered-misspelt.yaml" \
    && die "self-check: no imagePullPolicy in the $org rendering to misspell"
if "$KUBECHECK" - <"$WORK/rendered-misspelt.yaml" >"$WORK/self-check.log" 2>&1 \
    || ! grep -q '[cC]ontainers\[[0-9]*\]\.imagePullPolcy: unknown field' "$WORK/self-check.log"; then
    cat "$WORK/self-check.log"
    die "self-check: kubecheck did not refuse a misspelt imagePullPolicy in the $org rendering by its path"
fi
refused "imagePullPolcy in a container of the $org rendering"

# A copy of a custom resource, in $WORK, whose first field under spec is misspelt.
first_cr=$(cr_files "${CR_SETS[0]}" | xargs grep -l '^spec:' | head -n 1) \
    || die "self-check: no custom resource with a spec in operator/${CR_SETS[0]}"
awk 'done == 0 && in_spec && /^  [A-Za-z][A-Za-z0-9]*:/ { sub(/:/, "Misspelt:"); done = 1 }
     /^spec:/ { in_spec = 1 } { print }' "$first_cr" >"$WORK/cr-misspelt.yaml"
cmp -s "$first_cr" "$WORK/cr-misspelt.yaml" && die "self-check: no field under spec in $first_cr to misspell"
if "$KUBECHECK" --schemas "$SCHEMAS" "$WORK/cr-misspelt.yaml" >"$WORK/self-check.log" 2>&1 \
    || ! grep -q ': spec\.[A-Za-z0-9]*Misspelt: unknown field' "$WORK/self-check.log"; then
    cat "$WORK/self-check.log"
    die "self-check: kubecheck did not refuse a misspelt spec field in a copy of $first_cr by its path"
fi
refused "a misspelt spec field in a copy of ${first_cr#"$DEPLOY/"}"

echo "validate: ${#VALUES[@]} values files linted and rendered into $rendered_docs manifests;" \
    "$cr_docs documents in operator/{$(IFS=,; echo "${CR_SETS[*]}")} ($rendered_crs rendered by render.sh)" \
    "against ${#schema_files[@]} schemas; 3 mutations refused. All passed; no cluster here: nothing was applied."
