// Command yamlset copies a YAML file, setting the values of keys named by dotted paths, so that the
// network's core.yaml and orderer.yaml can be derived from Fabric's own sampleconfig at run time.
//
//	yamlset IN OUT path.to.key=VALUE ...
//
// VALUE is parsed as YAML ("7051", "true", "[a, b]", "{name: x, path: /y}"); an empty VALUE sets null.
// Every key named must already exist in IN, except the last element of a path, which is added to
// its mapping when missing (so a typo in an intermediate key fails instead of adding a stray tree).
// Comments and the order of keys in IN are kept.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

func main() {
	if len(os.Args) < 3 {
		fail("usage: yamlset IN OUT path.to.key=VALUE ...")
	}
	in, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail(err.Error())
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(in, &doc); err != nil {
		fail(fmt.Sprintf("%s: %v", os.Args[1], err))
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		fail(os.Args[1] + ": not a YAML mapping")
	}
	for _, arg := range os.Args[3:] {
		path, value, ok := strings.Cut(arg, "=")
		if !ok || path == "" {
			fail("not path=VALUE: " + arg)
		}
		var v yaml.Node
		if err := yaml.Unmarshal([]byte(value), &v); err != nil {
			fail(fmt.Sprintf("value of %s: %v", path, err))
		}
		node := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
		if len(v.Content) == 1 {
			node = v.Content[0]
		}
		if err := set(doc.Content[0], strings.Split(path, "."), node); err != nil {
			fail(path + ": " + err.Error())
		}
	}
	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(4)
	if err := enc.Encode(&doc); err != nil {
		fail(err.Error())
	}
	if err := os.WriteFile(os.Args[2], out.Bytes(), 0o644); err != nil {
		fail(err.Error())
	}
}

func set(m *yaml.Node, keys []string, value *yaml.Node) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != keys[0] {
			continue
		}
		if len(keys) == 1 {
			value.LineComment = m.Content[i+1].LineComment
			m.Content[i+1] = value
			return nil
		}
		child := m.Content[i+1]
		if child.Kind == yaml.ScalarNode && child.Tag == "!!null" {
			*child = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		}
		if child.Kind != yaml.MappingNode {
			return fmt.Errorf("%s is not a mapping", keys[0])
		}
		return set(child, keys[1:], value)
	}
	if len(keys) > 1 {
		return fmt.Errorf("no key %s", keys[0])
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: keys[0]}, value)
	return nil
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "yamlset: "+msg)
	os.Exit(2)
}
