package kubecheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each refusal case changes one thing in a valid fixture and names the document, the field path and the words
// of the problem that must be reported. A change whose text is not found in the fixture fails the test, so that
// a case cannot silently stop testing anything.

const (
	workloadFile = "testdata/builtin/workload.yaml"
	peerFile     = "testdata/custom/peer.yaml"
	schemaDir    = "testdata/schemas"
)

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func mutate(t *testing.T, text, old, replacement string) string {
	t.Helper()
	if strings.Count(text, old) != 1 {
		t.Fatalf("the fixture must hold %q exactly once", old)
	}
	return strings.Replace(text, old, replacement, 1)
}

func check(t *testing.T, text string, schemas *Schemas) []Result {
	t.Helper()
	docs, err := ReadDocuments("test.yaml", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return Check(docs, schemas)
}

func loadFixtureSchemas(t *testing.T) *Schemas {
	t.Helper()
	schemas, err := LoadSchemas(schemaDir)
	if err != nil {
		t.Fatal(err)
	}
	return schemas
}

func assertAllPass(t *testing.T, results []Result, want int) {
	t.Helper()
	if len(results) != want {
		t.Fatalf("got %d documents, want %d", len(results), want)
	}
	for _, r := range results {
		if len(r.Problems) > 0 {
			t.Errorf("%s refused: %v", r.Label(), r.Problems)
		}
	}
}

type refusal struct {
	name, old, replacement string
	doc                    int    // the document (1-based) that must be refused
	path                   string // the exact field path reported
	words                  string // words the message must contain
}

func assertRefused(t *testing.T, results []Result, c refusal) {
	t.Helper()
	r := results[c.doc-1]
	for _, p := range r.Problems {
		if p.Path == c.path && strings.Contains(p.Message, c.words) {
			return
		}
	}
	t.Errorf("%s: want a problem at %q containing %q, got %v", r.Label(), c.path, c.words, r.Problems)
}

func TestValidBuiltinKindsPass(t *testing.T) {
	assertAllPass(t, check(t, read(t, workloadFile), nil), 13)
}

func TestBuiltinMistakesAreRefusedWithTheirPath(t *testing.T) {
	cases := []refusal{
		{"misspelt field", "  replicas: 2\n", "  replica: 2\n", 1, "spec.replica", "unknown field"},
		{"wrong type", "  replicas: 2\n", "  replicas: two\n", 1, "spec.replicas", "wrong type: got string"},
		{"misspelt nested field", "imagePullPolicy: IfNotPresent", "imagePullPolcy: IfNotPresent", 1,
			"spec.template.spec.containers[0].imagePullPolcy", "unknown field"},
		{"field name in the wrong case", "{name: http, containerPort: 8080}", "{name: http, containerport: 8080}", 1,
			"spec.template.spec.containers[0].ports[0].containerport", "unknown field"},
		{"duplicate key", "  replicas: 2\n", "  replicas: 2\n  replicas: 3\n", 1, "spec.replicas",
			"duplicate field"},
		{"unknown kind", "kind: ServiceAccount\n", "kind: ServiceAcount\n", 6, "", "unknown apiVersion/kind"},
		{"unknown apiVersion", "apiVersion: policy/v1\n", "apiVersion: policy/v1beta3\n", 3, "",
			"unknown apiVersion/kind"},
		{"enum value", "imagePullPolicy: IfNotPresent", "imagePullPolicy: IfNotPresnt", 1,
			"spec.template.spec.containers[0].imagePullPolicy", "must be one of"},
		{"port out of range", "containerPort: 5432", "containerPort: 543200", 13,
			"spec.template.spec.containers[0].ports[0].containerPort", "between 1 and 65535"},
		{"probe port that names no container port", "port: http}\n          livenessProbe",
			"port: htp}\n          livenessProbe", 1, "spec.template.spec.containers[0].readinessProbe.httpGet.port",
			"no container port named"},
		{"probe without a handler", "tcpSocket: {port: pg}", "periodSeconds: 5", 13,
			"spec.template.spec.containers[0].readinessProbe", "exactly one handler"},
		{"quantity that does not parse", "cpu: 250m, memory: 512Mi}", "cpu: 250m, memory: 512MB}", 1,
			"spec.template.spec.containers[0].resources.requests.memory", "not a quantity"},
		{"storage size that does not parse", "requests: {storage: 1Gi}", "requests: {storage: 1 GB}", 7,
			"spec.resources.requests.storage", "not a quantity"},
		{"request above its limit", "requests: {cpu: 250m", "requests: {cpu: \"2\"", 1,
			"spec.template.spec.containers[0].resources.requests.cpu", "less than or equal to the limit"},
		{"selector that misses the template", "matchLabels: {app: projection-db}", "matchLabels: {app: projection}",
			13, "spec.selector", "does not match spec.template.metadata.labels"},
		{"name that is not DNS-1123", "name: migrate\n", "name: Migrate_Job\n", 10, "metadata.name", "lowercase"},
		{"missing name", "  name: data\n", "  labels: {a: b}\n", 7, "metadata.name", "required"},
		{"service name that is not DNS-1035", "kind: Service\nmetadata:\n  name: gateway\n",
			"kind: Service\nmetadata:\n  name: 1gateway\n", 2, "metadata.name", "start with an alphabetic character"},
		{"RBAC name with a slash", "kind: Role\nmetadata:\n  name: gateway\n", "kind: Role\nmetadata:\n  name: a/b\n",
			11, "metadata.name", "may not contain '/'"},
		{"volume mount of no volume", "{name: identity, mountPath", "{name: identy, mountPath", 1,
			"spec.template.spec.containers[0].volumeMounts[0].name", "no volume named"},
		{"budget with both limits", "minAvailable: 1\n", "minAvailable: 1\n  maxUnavailable: 1\n", 3, "spec",
			"exactly one of minAvailable and maxUnavailable"},
		{"service selecting no pod", "  selector: {app.kubernetes.io/name: gateway}\n  ports",
			"  selector: {app.kubernetes.io/name: gateways}\n  ports", 2, "spec.selector", "selects no pod template"},
		{"secret value that is not base64", "password: ZGVtby1vbmx5", "password: not-base64!", 5, "data.password",
			"not base64"},
		{"job that restarts always", "restartPolicy: Never", "restartPolicy: Always", 10,
			"spec.template.spec.restartPolicy", "must be Never or OnFailure"},
		{"ingress path without pathType", "            pathType: Prefix\n", "", 9,
			"spec.rules[0].http.paths[0].pathType", "required"},
	}
	valid := read(t, workloadFile)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertRefused(t, check(t, mutate(t, valid, c.old, c.replacement), nil), c)
		})
	}
}

func TestTheSameObjectTwiceIsRefused(t *testing.T) {
	valid := read(t, workloadFile)
	results := check(t, valid+"---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: gateway\n", nil)
	assertRefused(t, results, refusal{doc: 14, path: "metadata.name", words: "the same object as test.yaml#6"})
}

func TestValidCustomResourcePasses(t *testing.T) {
	assertAllPass(t, check(t, read(t, peerFile), loadFixtureSchemas(t)), 1)
}

func TestCustomResourceMistakesAreRefusedWithTheirPath(t *testing.T) {
	cases := []refusal{
		{"misspelt field", "  stateDb: leveldb", "  stateDB: leveldb", 1, "spec.stateDB", "unknown field"},
		{"misspelt nested field", "useLeaderElection", "useLeaderElecton", 1, "spec.gossip.useLeaderElecton",
			"unknown field"},
		{"misspelt field in a list item", `value: "false"`, `valu: "false"`, 1, "spec.env[0].valu", "unknown field"},
		{"misspelt top-level field", "spec:\n", "spce:\n", 1, "spce", "unknown field"},
		{"missing required field", "  image: hyperledger/fabric-peer\n", "", 1, "spec.image", "required"},
		{"wrong enum value", "stateDb: leveldb", "stateDb: mongodb", 1, "spec.stateDb",
			"must be one of leveldb, couchdb"},
		{"wrong type", "replicas: 1", "replicas: one", 1, "spec.replicas", "wrong type: got string, want integer"},
		{"integer given as a string", "replicas: 1", `replicas: "1"`, 1, "spec.replicas", "wrong type"},
		{"int32 out of range", "replicas: 1", "replicas: 3000000000", 1, "spec.replicas", "format int32"},
		{"below the minimum", "replicas: 1", "replicas: -1", 1, "spec.replicas", "must be at least 0"},
		{"hostname format", "hosts: [peer0.community.example]", "hosts: [Peer_0]", 1, "spec.hosts[0]",
			"format hostname"},
		{"pattern", "mspID: CommunityMSP", "mspID: Community", 1, "spec.mspID", "must match"},
		{"map value of the wrong type", "labels: {tier: ledger}", "labels: {tier: 3}", 1, "spec.labels.tier",
			"wrong type"},
		{"int-or-string of another type", "port: 7051", "port: true", 1, "spec.port",
			"want integer or string"},
		{"quantity that is neither integer nor string", "cpu: 100m", "cpu: [100m]", 1, "spec.requests.cpu",
			"want integer or string"},
		{"misspelt metadata field", "  labels: {civic-ledger/org", "  label: {civic-ledger/org", 1,
			"metadata.label", "unknown field"},
		{"metadata field the schema requires", "  namespace: community\n", "", 1, "metadata.namespace", "required"},
		{"metadata field the schema does not list", "  namespace: community\n",
			"  namespace: community\n  annotations: {a: b}\n", 1, "metadata.annotations", "unknown field"},
		{"metadata name that is not DNS-1123", "name: community-peer0\n", "name: Community_Peer0\n", 1,
			"metadata.name", "lowercase"},
		{"kind without a schema", "kind: FabricPeer", "kind: FabricPear", 1, "", "unknown apiVersion/kind"},
		{"version without a schema", "v1alpha1", "v1beta1", 1, "", "unknown apiVersion/kind"},
	}
	valid := read(t, peerFile)
	schemas := loadFixtureSchemas(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertRefused(t, check(t, mutate(t, valid, c.old, c.replacement), schemas), c)
		})
	}
}

func TestCustomResourceWithoutSchemasIsRefused(t *testing.T) {
	results := check(t, read(t, peerFile), nil)
	assertRefused(t, results, refusal{doc: 1, words: "no schema for it"})
}

func TestUntrustworthySchemaFilesAreRefused(t *testing.T) {
	valid := read(t, filepath.Join(schemaDir, "fabricpeer.yaml"))
	cases := []struct{ name, old, replacement, words string }{
		{"misspelt keyword", "    spec:\n      type: object\n      required", "    spec:\n      typ: object\n      required",
			"schema.properties.spec.typ: unknown field"},
		{"required name that is not a property", "required: [mspID,", "required: [mspId,", `"mspId" is not a property`},
		{"unknown format", "format: hostname", "format: host-name", `unknown format "host-name"`},
		{"enum value of another type", "enum: [leveldb, couchdb]", "enum: [leveldb, 2]", "is not of type string"},
		{"array without items", "            format: hostname\n", "            format: hostname\n        tags:\n          type: array\n",
			"items: required"},
		{"missing upstream", "upstream: test fixture, not learned from the operator\n", "", "required: upstream"},
		{"another file format", "apiVersion: civic-ledger/crd-subset/1", "apiVersion: civic-ledger/crd-subset/2",
			"apiVersion must be civic-ledger/crd-subset/1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			text := mutate(t, valid, c.old, c.replacement)
			if err := os.WriteFile(filepath.Join(dir, "fabricpeer.yaml"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadSchemas(dir)
			if err == nil || !strings.Contains(err.Error(), c.words) {
				t.Errorf("want an error containing %q, got %v", c.words, err)
			}
		})
	}
}

func TestEmptyDocumentsAreSkippedAndSourcesKept(t *testing.T) {
	text := "---\n# Source: chart/templates/sa.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n" +
		"---\n# only a comment\n---\n"
	docs, err := ReadDocuments("-", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Index != 1 || docs[0].Source != "chart/templates/sa.yaml" {
		t.Fatalf("got %+v", docs)
	}
}

func TestBuiltinKindsCoverThoseADeploymentUses(t *testing.T) {
	known := map[string]bool{}
	for _, gvk := range BuiltinKinds() {
		known[gvk.GroupVersion().String()+"/"+gvk.Kind] = true
	}
	for _, kind := range []string{"apps/v1/Deployment", "apps/v1/StatefulSet", "v1/Service", "v1/ConfigMap",
		"v1/Secret", "v1/ServiceAccount", "v1/PersistentVolumeClaim", "policy/v1/PodDisruptionBudget",
		"networking.k8s.io/v1/NetworkPolicy", "networking.k8s.io/v1/Ingress", "batch/v1/Job",
		"rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/RoleBinding",
		"autoscaling/v2/HorizontalPodAutoscaler"} {
		if !known[kind] {
			t.Errorf("%s is not a built-in kind", kind)
		}
	}
	for _, notAManifest := range []string{"apps/v1/DeploymentList", "v1/ListOptions", "v1/WatchEvent"} {
		if known[notAManifest] {
			t.Errorf("%s must not count as a manifest kind", notAManifest)
		}
	}
}
