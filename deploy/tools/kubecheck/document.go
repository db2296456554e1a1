// Package kubecheck checks Kubernetes manifests and custom resources without a cluster: every document is decoded
// strictly (an unknown, misspelt or duplicate field, or a value of the wrong type, is an error), built-in kinds into
// the k8s.io/api types plus a small set of the API server's own rules, custom resources against a schema file.
package kubecheck

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"

	yamlv3 "go.yaml.in/yaml/v3"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// Document is one non-empty YAML document of an input file, converted to JSON.
type Document struct {
	File   string // the file name as given, "-" for standard input
	Index  int    // 1-based position among the file's non-empty documents
	Source string // the template that rendered it, from helm's "# Source:" comment; empty when absent
	JSON   []byte // nil when the YAML could not be read; then Problems says why
	// Problems found while reading: a YAML syntax error, or each key repeated within one mapping (then JSON
	// holds the document with the last value of each repeated key, so that it is checked all the same).
	Problems []Problem
}

var sourceComment = regexp.MustCompile(`(?m)^# Source: (.+)$`)

// ReadDocuments splits a multi-document YAML stream on its "---" lines. Documents holding only comments or
// whitespace are skipped and do not count; a document that is not valid YAML, or repeats a key, is returned with
// ReadErr set so that it is reported as a failure rather than skipped.
func ReadDocuments(file string, r io.Reader) ([]Document, error) {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(r))
	var docs []Document
	for {
		chunk, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		doc := Document{File: file, Index: len(docs) + 1}
		if m := sourceComment.FindSubmatch(chunk); m != nil {
			doc.Source = string(m[1])
		}
		convert := yaml.YAMLToJSONStrict
		if dups := duplicateKeys(chunk); len(dups) > 0 {
			// Reported with their paths; the rest of the document is still checked, its last value of each key.
			doc.Problems = dups
			convert = yaml.YAMLToJSON
		}
		converted, err := convert(chunk)
		if err != nil {
			doc.Problems = []Problem{{Message: "not valid YAML: " + err.Error()}}
			docs = append(docs, doc)
			continue
		}
		if trimmed := bytes.TrimSpace(converted); bytes.Equal(trimmed, []byte("null")) || len(trimmed) == 0 {
			continue
		}
		doc.JSON = converted
		docs = append(docs, doc)
	}
}

// duplicateKeys finds every key that appears twice in one mapping, with its path and line. The YAML-to-JSON
// conversion refuses these too, but names only a line; the path is what a reader needs.
func duplicateKeys(chunk []byte) []Problem {
	var root yamlv3.Node
	if err := yamlv3.Unmarshal(chunk, &root); err != nil {
		return nil // the conversion that follows reports the syntax error
	}
	var found []Problem
	var walk func(n *yamlv3.Node, path string)
	walk = func(n *yamlv3.Node, path string) {
		switch n.Kind {
		case yamlv3.DocumentNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yamlv3.SequenceNode:
			for i, c := range n.Content {
				walk(c, fmt.Sprintf("%s[%d]", path, i))
			}
		case yamlv3.MappingNode:
			seen := map[string]bool{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				key, value := n.Content[i], n.Content[i+1]
				child := key.Value
				if path != "" {
					child = path + "." + key.Value
				}
				if seen[key.Value] {
					found = append(found, Problem{Path: child,
						Message: fmt.Sprintf("duplicate field (line %d of the document)", key.Line)})
				}
				seen[key.Value] = true
				walk(value, child)
			}
		}
	}
	walk(&root, "")
	return found
}
