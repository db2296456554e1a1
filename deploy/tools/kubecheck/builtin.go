package kubecheck

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	kjson "sigs.k8s.io/json"
)

// builtinGroups are the API groups whose kinds kubecheck decodes into the k8s.io/api types. A kind outside these
// groups is unknown unless a schema file describes it.
var builtinGroups = []func(*runtime.Scheme) error{
	corev1.AddToScheme,
	appsv1.AddToScheme,
	batchv1.AddToScheme,
	policyv1.AddToScheme,
	networkingv1.AddToScheme,
	rbacv1.AddToScheme,
	autoscalingv2.AddToScheme,
}

var builtinScheme = func() *runtime.Scheme {
	s := runtime.NewScheme()
	for _, add := range builtinGroups {
		if err := add(s); err != nil {
			panic(err)
		}
	}
	return s
}()

// newBuiltin returns an empty object of a built-in kind, or nil when the kind is not one. Only kinds that are
// objects with metadata count: lists, options and watch events registered in the same groups are not manifests.
func newBuiltin(gvk schema.GroupVersionKind) runtime.Object {
	obj, err := builtinScheme.New(gvk)
	if err != nil {
		return nil
	}
	if _, ok := obj.(metav1.Object); !ok {
		return nil
	}
	return obj
}

// BuiltinKinds lists the apiVersion/kind pairs kubecheck decodes into Go types, for the documentation and tests.
func BuiltinKinds() []schema.GroupVersionKind {
	var kinds []schema.GroupVersionKind
	for gvk := range builtinScheme.AllKnownTypes() {
		if newBuiltin(gvk) != nil {
			kinds = append(kinds, gvk)
		}
	}
	return kinds
}

// typeError matches encoding/json's message: the Go struct's name, then the field's path from the document's root.
var typeError = regexp.MustCompile(`cannot unmarshal (\S+) into Go struct field [^.\s]*\.(\S+) of type (\S+)`)

// decodeStrict decodes data into obj as the API server's strict field validation would: field names are
// case-sensitive, and unknown fields, duplicate fields and values of the wrong type are problems with their path.
func decodeStrict(data []byte, obj any) []Problem {
	strictErrs, err := kjson.UnmarshalStrict(data, obj)
	var problems []Problem
	if err != nil {
		if bad := badEncodedValues(data); len(bad) > 0 {
			problems = append(problems, bad...)
		} else {
			problems = append(problems, decodeProblem(err))
		}
	}
	for _, e := range strictErrs {
		var fe kjson.FieldError
		if errors.As(e, &fe) {
			kind := "unknown field"
			if isDuplicate(e) {
				kind = "duplicate field"
			}
			problems = append(problems, Problem{Path: fe.FieldPath(), Message: kind})
		} else {
			problems = append(problems, Problem{Message: e.Error()})
		}
	}
	return problems
}

func isDuplicate(e error) bool {
	return strings.HasPrefix(e.Error(), "duplicate field")
}

// decodeProblem turns a decoding error into a problem, with the field path when the error names one.
func decodeProblem(err error) Problem {
	if m := typeError.FindStringSubmatch(err.Error()); m != nil {
		return Problem{Path: m[2], Message: fmt.Sprintf("wrong type: got %s, want %s", m[1], m[3])}
	}
	return Problem{Message: "cannot decode: " + err.Error()}
}

// quantityMaps are the fields whose values are resource quantities keyed by resource name.
var quantityMaps = map[string]bool{"requests": true, "limits": true, "capacity": true, "hard": true}

// badEncodedValues finds the quantities that do not parse and the Secret data or ConfigMap binaryData values that
// are not base64, with their paths: the decoder's own message for these names no field.
func badEncodedValues(data []byte) []Problem {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil
	}
	var found []Problem
	if top, ok := doc.(map[string]any); ok {
		for _, field := range []string{"data", "binaryData"} {
			values, _ := top[field].(map[string]any)
			if field == "data" && top["kind"] != "Secret" {
				continue
			}
			for key, v := range values {
				if s, ok := v.(string); ok {
					if _, err := base64.StdEncoding.DecodeString(s); err != nil {
						found = append(found, Problem{Path: field + "." + key, Message: "not base64: " + err.Error()})
					}
				}
			}
		}
	}
	var walk func(v any, path string, inQuantities bool)
	walk = func(v any, path string, inQuantities bool) {
		switch value := v.(type) {
		case map[string]any:
			for key, child := range value {
				childPath := joinPath(path, key)
				if s, ok := child.(string); ok && (inQuantities || key == "sizeLimit") {
					if _, err := resource.ParseQuantity(s); err != nil {
						found = append(found, Problem{Path: childPath, Message: "not a quantity: " + err.Error()})
					}
					continue
				}
				walk(child, childPath, quantityMaps[key])
			}
		case []any:
			for i, child := range value {
				walk(child, fmt.Sprintf("%s[%d]", path, i), false)
			}
		}
	}
	walk(doc, "", false)
	sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
	return found
}
