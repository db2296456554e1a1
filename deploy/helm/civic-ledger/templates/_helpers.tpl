{{/*
Names, labels, fixed paths and the gateway's generated configuration: each defined here once.
*/}}

{{/* The resource name of a component ("gateway", "chaincode"): <release>-<component>. */}}
{{- define "civic.name" -}}
{{- printf "%s-%s" .root.Release.Name .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels a component's pods are selected by. */}}
{{- define "civic.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Every label of a component's resources. */}}
{{- define "civic.labels" -}}
{{ include "civic.selectorLabels" . }}
app.kubernetes.io/part-of: civic-ledger
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* A component's image: [<registry>/]<name>:<tag>. */}}
{{- define "civic.image" -}}
{{- $i := .root.Values.image -}}
{{- $name := get $i .component -}}
{{- if $i.registry -}}{{ printf "%s/%s:%s" (trimSuffix "/" $i.registry) $name $i.tag }}{{- else -}}{{ printf "%s:%s" $name $i.tag }}{{- end -}}
{{- end -}}

{{/* The JVM options of a component: the heap bounded by a share of the container's memory limit. */}}
{{- define "civic.javaToolOptions" -}}
-XX:MaxRAMPercentage={{ .heapPercentOfMemoryLimit }} -XX:+ExitOnOutOfMemoryError
{{- end -}}

{{/*
Paths inside the containers. The gateway's HTTP paths are Quarkus's (smallrye-health) and
application.properties' (quarkus.micrometer.export.prometheus.path).
*/}}
{{- define "civic.path.gatewayConfig" -}}/etc/civic/gateway{{- end -}}
{{- define "civic.path.identities" -}}/etc/civic/identities{{- end -}}
{{- define "civic.path.tokens" -}}/etc/civic/tokens{{- end -}}
{{- define "civic.path.data" -}}/var/lib/civic/data{{- end -}}
{{/* The gateway reads <data dir>/secrets/<community>.resident-key (residents.ResidentIds). */}}
{{- define "civic.path.residentSecrets" -}}{{ include "civic.path.data" . }}/secrets{{- end -}}
{{- define "civic.path.chaincodeTls" -}}/etc/civic/chaincode-tls{{- end -}}
{{- define "civic.path.shimTls" -}}/var/run/civic/shim{{- end -}}
{{- define "civic.http.live" -}}/q/health/live{{- end -}}
{{- define "civic.http.ready" -}}/q/health/ready{{- end -}}
{{- define "civic.http.started" -}}/q/health/started{{- end -}}
{{- define "civic.http.metrics" -}}/q/metrics{{- end -}}

{{/* The communities of the gateway's callers, sorted, without repeats (a JSON list). */}}
{{- define "civic.gateway.communities" -}}
{{- $c := list -}}
{{- range .Values.gateway.callers -}}{{- if .community -}}{{- $c = append $c .community -}}{{- end -}}{{- end -}}
{{- $c | uniq | sortAlpha | toJson -}}
{{- end -}}

{{/* The identities Secret's files of the callers' users: UserN.crt and UserN.key each (a JSON list). */}}
{{- define "civic.gateway.userFiles" -}}
{{- $f := list -}}
{{- range .Values.gateway.callers -}}
{{- $f = append $f (printf "%s.crt" .user) -}}
{{- $f = append $f (printf "%s.key" .user) -}}
{{- end -}}
{{- $f | toJson -}}
{{- end -}}

{{/*
The gateway's Fabric profile (ledger.fabric.NetworkProfile reads it): an organisation's own, with its peer,
its CA certificate, its Admin and its callers, every key and certificate a file of the identities Secret.
*/}}
{{- define "civic.gateway.profile" -}}
{{- $v := .Values -}}
{{- $dir := include "civic.path.identities" . -}}
{{- $msp := $v.organisation.mspId -}}
{{- $callers := list -}}
{{- range $v.gateway.callers -}}
{{- $callers = append $callers (dict "name" .name "mspId" $msp "cert" (printf "%s/%s.crt" $dir .user) "key" (printf "%s/%s.key" $dir .user)) -}}
{{- end -}}
{{- $peer := dict "name" (first (splitList ":" $v.gateway.peer.endpoint)) "mspId" $msp "endpoint" $v.gateway.peer.endpoint "tlsRootCert" (printf "%s/tlsca.crt" $dir) -}}
{{- $admin := dict "mspId" $msp "cert" (printf "%s/Admin.crt" $dir) "key" (printf "%s/Admin.key" $dir) -}}
{{- dict "organisation" $msp "caCert" (printf "%s/ca.crt" $dir) "channel" $v.fabric.channel "chaincode" $v.fabric.chaincode "peers" (list $peer) "organisationAdmins" (list $admin) "callers" $callers | toPrettyJson -}}
{{- end -}}

{{/*
The gateway's non-secret settings (config.CivicConfig, civic.*), a properties file it loads through
QUARKUS_CONFIG_LOCATIONS. Token hashes, identities and resident-id secrets are never in it.
*/}}
{{- define "civic.gateway.properties" -}}
{{- $v := .Values -}}
# Rendered by the civic-ledger chart from its values; the secret settings come from Secrets.
quarkus.http.port={{ $v.gateway.port }}
civic.ledger.mode=fabric
civic.ledger.fabric-profile={{ include "civic.path.gatewayConfig" . }}/profile.json
civic.data-dir={{ include "civic.path.data" . }}
civic.demo={{ $v.gateway.demo }}
{{- with $v.gateway.readModel }}
{{- if .jdbcUrl }}
civic.read-model.jdbc-url={{ .jdbcUrl }}
{{- end }}
{{- if .user }}
civic.read-model.user={{ .user }}
{{- end }}
{{- end }}
{{- if not $v.gateway.demo }}
{{- range $v.gateway.callers }}
civic.callers.{{ .name }}.role={{ .role }}
civic.callers.{{ .name }}.organisation={{ $v.organisation.mspId }}
civic.callers.{{ .name }}.subject={{ .subject | default .name }}
{{- if .community }}
civic.callers.{{ .name }}.community={{ .community }}
{{- end }}
{{- end }}
{{- end }}
{{- range $k, $s := $v.gateway.settings }}
{{ $k }}={{ $s }}
{{- end }}
{{- end -}}

{{/*
Rules the schema cannot state; each fails the render with the rule and what to do.
*/}}
{{- define "civic.validate" -}}
{{- $v := .Values -}}
{{- $_ := "" -}}
{{- if $v.chaincode.enabled -}}
{{- $_ = required "chaincode.packageId is required: the package id of the chaincode package its peer installed (ORG_HOME/chaincode/<version>/package-id, or `peer lifecycle chaincode calculatepackageid`); give it with --set chaincode.packageId=civic-ledger_1:<64 hex digits>" $v.chaincode.packageId -}}
{{- $_ = required "chaincode.tlsSecret is required: the name of a Secret holding server.crt, server.key and ca.crt (ORG_HOME/nodes/chaincode/tls)" $v.chaincode.tlsSecret -}}
{{- end -}}
{{- $_ = required "organisation.mspId is required (e.g. CommunityMSP): use a values-<organisation>.yaml" $v.organisation.mspId -}}
{{- $_ = required "organisation.domain is required (e.g. community.civic.local): use a values-<organisation>.yaml" $v.organisation.domain -}}
{{- $_ = required "gateway.identitiesSecret is required: the name of a Secret holding ca.crt, tlsca.crt, Admin.crt, Admin.key and each caller's UserN.crt and UserN.key" $v.gateway.identitiesSecret -}}
{{- $_ = required "gateway.peer.endpoint is required: host:port of the organisation's own peer (e.g. peer0.community.civic.local:7051)" $v.gateway.peer.endpoint -}}
{{- $names := list -}}
{{- $users := list -}}
{{- range $v.gateway.callers -}}
{{- if has .name $names -}}{{- fail (printf "gateway.callers: two callers are named %s" .name) -}}{{- end -}}
{{- if has .user $users -}}{{- fail (printf "gateway.callers: %s is the user of two callers; one identity is one caller (the chaincode's role registry holds one registration per identity)" .user) -}}{{- end -}}
{{- $names = append $names .name -}}
{{- $users = append $users .user -}}
{{- end -}}
{{- if and (not $v.gateway.demo) $v.gateway.callers (not $v.gateway.tokensSecret) -}}
{{- fail "gateway.tokensSecret is required when gateway.demo is false: the name of a Secret whose tokens.properties holds civic.callers.<name>.token-sha256 for every caller" -}}
{{- end -}}
{{- if and $v.gateway.demo $v.gateway.tokensSecret -}}
{{- fail "gateway.tokensSecret is not read when gateway.demo is true (the demo callers' tokens are built in): remove it, or set gateway.demo=false" -}}
{{- end -}}
{{- $communities := include "civic.gateway.communities" . | fromJsonArray -}}
{{- if and $communities (not $v.gateway.residentSecret) -}}
{{- fail (printf "gateway.residentSecret is required: callers of community %s are served here, so this gateway holds its resident-id secret; name a Secret with key <community>.resident-key for each" (join ", " $communities)) -}}
{{- end -}}
{{- if and $v.gateway.residentSecret (not $communities) -}}
{{- fail "gateway.residentSecret is set, but no caller here belongs to a community: resident-id secrets stay with the community's own gateway; remove it" -}}
{{- end -}}
{{- end -}}

{{/* Every container: no root, no privilege escalation, no capabilities, a read-only root file system. */}}
{{- define "civic.containerSecurity" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
{{- end -}}
