package kubecheck

import (
	"encoding/json"
	"fmt"
	"strings"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Problem is one reason a document is refused; Path is the field's path in the document (empty for the whole
// document), e.g. spec.template.spec.containers[0].imagePullPolicy.
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Result is the outcome for one document; it passed when Problems is empty.
type Result struct {
	Doc        Document
	APIVersion string
	Kind       string
	Namespace  string
	Name       string
	Problems   []Problem
}

// Label names the document as kubecheck's output does: file#index apiVersion/kind name.
func (r Result) Label() string {
	return fmt.Sprintf("%s#%d %s/%s %s", r.Doc.File, r.Doc.Index, r.APIVersion, r.Kind, r.Name)
}

// Check checks every document; schemas may be nil when no custom resource is expected. Besides each document's
// own rules, two rules look across all the documents given together: no object twice (same kind, namespace
// and name), and every Service selector and PodDisruptionBudget selector selects a pod template among them.
func Check(docs []Document, schemas *Schemas) []Result {
	results := make([]Result, len(docs))
	refs := make([]references, len(docs))
	for i, doc := range docs {
		results[i] = checkDocument(doc, schemas, &refs[i])
	}
	checkAcross(results, refs)
	return results
}

type header struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Metadata   struct {
		Name      string `json:"name"`
		Namespace string `json:"namespace"`
	} `json:"metadata"`
}

func checkDocument(doc Document, schemas *Schemas, refs *references) Result {
	r := Result{Doc: doc, Problems: append([]Problem(nil), doc.Problems...)}
	if doc.JSON == nil {
		return r
	}
	var h header
	// Lenient on purpose: only to learn what the document is; the strict decoding below reports every field.
	if err := json.Unmarshal(doc.JSON, &h); err != nil {
		r.Problems = append(r.Problems, Problem{Message: "not a Kubernetes object (a mapping with apiVersion and kind)"})
		return r
	}
	r.APIVersion, r.Kind, r.Namespace, r.Name = h.APIVersion, h.Kind, h.Metadata.Namespace, h.Metadata.Name
	p := problems{}
	switch {
	case h.APIVersion == "" || h.Kind == "":
		p.add("", "apiVersion and kind are required")
	default:
		gvk := schema.FromAPIVersionAndKind(h.APIVersion, h.Kind)
		if obj := newBuiltin(gvk); obj != nil {
			if decoded := decodeStrict(doc.JSON, obj); len(decoded) > 0 {
				// The rules would only repeat the decoding's findings; the pod templates still count across.
				p = append(p, decoded...)
				checkBuiltin(obj, refs, &problems{})
			} else {
				checkMetadata(obj.(metav1.Object), nameRuleOf(gvk), &p)
				checkBuiltin(obj, refs, &p)
			}
		} else if file := schemas.lookup(gvk); file != nil {
			checkCustom(doc.JSON, file, &p)
		} else {
			p.add("", "unknown apiVersion/kind %s/%s: not a built-in kind kubecheck decodes, and no schema for it"+
				" in the schemas directory", h.APIVersion, h.Kind)
		}
	}
	r.Problems = append(r.Problems, p...)
	r.Problems = distinct(r.Problems)
	return r
}

// distinct drops a problem reported twice, e.g. a misspelt metadata field refused both by ObjectMeta's decoding
// and by a schema that describes metadata.
func distinct(all []Problem) []Problem {
	seen := map[Problem]bool{}
	var kept []Problem
	for _, p := range all {
		if !seen[p] {
			seen[p] = true
			kept = append(kept, p)
		}
	}
	return kept
}

func checkAcross(results []Result, refs []references) {
	seen := map[string]string{}
	for i := range results {
		r := &results[i]
		if r.Kind == "" || r.Name == "" {
			continue
		}
		gvk := schema.FromAPIVersionAndKind(r.APIVersion, r.Kind)
		key := strings.Join([]string{gvk.Group, r.Kind, r.Namespace, r.Name}, "/")
		if first, ok := seen[key]; ok {
			r.Problems = append(r.Problems, Problem{Path: "metadata.name",
				Message: fmt.Sprintf("the same object as %s", first)})
		}
		seen[key] = fmt.Sprintf("%s#%d", r.Doc.File, r.Doc.Index)
	}
	var templates []podTemplate
	for _, ref := range refs {
		templates = append(templates, ref.templates...)
	}
	for i, ref := range refs {
		for _, sel := range ref.selections {
			if !selectsAny(sel, templates) {
				results[i].Problems = append(results[i].Problems, Problem{Path: sel.path,
					Message: fmt.Sprintf("%s selects no pod template among the documents checked", sel.selector)})
			}
		}
	}
}

func selectsAny(sel selection, templates []podTemplate) bool {
	for _, t := range templates {
		if t.namespace == sel.namespace && sel.selector.Matches(labels.Set(t.labels)) {
			return true
		}
	}
	return false
}
