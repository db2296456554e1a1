package kubecheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"k8s.io/apimachinery/pkg/runtime/schema"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// SchemaFormat is the apiVersion of a schema file: the version of this file format, which kubecheck reads.
const SchemaFormat = "civic-ledger/crd-subset/1"

// SchemaFile is one file of the schemas directory: the schema of one custom resource kind, written in the shape
// of a CustomResourceDefinition's openAPIV3Schema. kind, group and version are those of the custom resources it
// describes (their apiVersion is group/version).
type SchemaFile struct {
	APIVersion string  `json:"apiVersion"` // SchemaFormat
	Kind       string  `json:"kind"`
	Group      string  `json:"group"`
	Version    string  `json:"version"`
	Upstream   string  `json:"upstream"` // where the schema was learned from: the operator version and CRD file
	Schema     *Schema `json:"schema"`
}

// Schema is the subset of OpenAPI v3 that CustomResourceDefinitions use. Every keyword is a field here, so a
// misspelt keyword in a schema file is an error instead of a check that silently does nothing. An object is
// closed (an unknown field is an error) unless it declares additionalProperties or
// x-kubernetes-preserve-unknown-fields. anyOf is what controller-gen writes for a quantity
// (anyOf: [{type: integer}, {type: string}] with x-kubernetes-int-or-string): a value must satisfy one alternative.
type Schema struct {
	Type                  string                `json:"type,omitempty"`
	Description           string                `json:"description,omitempty"`
	Properties            map[string]*Schema    `json:"properties,omitempty"`
	Required              []string              `json:"required,omitempty"`
	Items                 *Schema               `json:"items,omitempty"`
	AdditionalProperties  *AdditionalProperties `json:"additionalProperties,omitempty"`
	Enum                  []any                 `json:"enum,omitempty"`
	Format                string                `json:"format,omitempty"`
	Pattern               string                `json:"pattern,omitempty"`
	Minimum               *float64              `json:"minimum,omitempty"`
	Maximum               *float64              `json:"maximum,omitempty"`
	MinLength             *int                  `json:"minLength,omitempty"`
	MaxLength             *int                  `json:"maxLength,omitempty"`
	MinItems              *int                  `json:"minItems,omitempty"`
	MaxItems              *int                  `json:"maxItems,omitempty"`
	Default               any                   `json:"default,omitempty"`
	Nullable              bool                  `json:"nullable,omitempty"`
	AnyOf                 []*Schema             `json:"anyOf,omitempty"`
	IntOrString           bool                  `json:"x-kubernetes-int-or-string,omitempty"`
	PreserveUnknownFields bool                  `json:"x-kubernetes-preserve-unknown-fields,omitempty"`

	pattern *regexp.Regexp
}

// AdditionalProperties is either a boolean (true: any further field is allowed) or the schema every further
// field's value must satisfy (a map).
type AdditionalProperties struct {
	Allowed bool
	Schema  *Schema
}

// UnmarshalJSON reads the boolean or the schema, strictly.
func (a *AdditionalProperties) UnmarshalJSON(data []byte) error {
	if b := bytes.TrimSpace(data); bytes.Equal(b, []byte("true")) || bytes.Equal(b, []byte("false")) {
		a.Allowed = bytes.Equal(b, []byte("true"))
		return nil
	}
	a.Allowed = true
	a.Schema = &Schema{}
	return strictInto(data, a.Schema)
}

func strictInto(data []byte, v any) error {
	strictErrs, err := kjson.UnmarshalStrict(data, v)
	if err != nil {
		return err
	}
	if len(strictErrs) > 0 {
		var msgs []string
		for _, e := range strictErrs {
			msgs = append(msgs, e.Error())
		}
		return fmt.Errorf("%s", strings.Join(msgs, ", "))
	}
	return nil
}

// Schemas holds the custom resource schemas of one directory, by apiVersion and kind.
type Schemas struct {
	byKind map[schema.GroupVersionKind]*SchemaFile
	files  map[schema.GroupVersionKind]string
}

// LoadSchemas reads every *.yaml file of dir. A file that is not a valid schema is an error: a schema that
// cannot be trusted would let resources pass unchecked.
func LoadSchemas(dir string) (*Schemas, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no schema files (*.yaml)", dir)
	}
	sort.Strings(paths)
	s := &Schemas{byKind: map[schema.GroupVersionKind]*SchemaFile{}, files: map[schema.GroupVersionKind]string{}}
	for _, path := range paths {
		file, err := readSchemaFile(path)
		if err != nil {
			return nil, err
		}
		gvk := file.gvk()
		if other, ok := s.files[gvk]; ok {
			return nil, fmt.Errorf("%s: %s/%s is described by %s too", path, gvk.GroupVersion(), gvk.Kind, other)
		}
		s.byKind[gvk] = file
		s.files[gvk] = path
	}
	return s, nil
}

func (f *SchemaFile) gvk() schema.GroupVersionKind {
	return schema.GroupVersionKind{Group: f.Group, Version: f.Version, Kind: f.Kind}
}

// Len is the number of schema files loaded.
func (s *Schemas) Len() int { return len(s.byKind) }

func (s *Schemas) lookup(gvk schema.GroupVersionKind) *SchemaFile {
	if s == nil {
		return nil
	}
	return s.byKind[gvk]
}

func readSchemaFile(path string) (*SchemaFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	converted, err := yaml.YAMLToJSONStrict(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var file SchemaFile
	if problems := decodeStrict(converted, &file); len(problems) > 0 {
		return nil, fmt.Errorf("%s: %s", path, problems[0])
	}
	var missing []string
	for name, value := range map[string]string{"apiVersion": file.APIVersion, "kind": file.Kind,
		"group": file.Group, "version": file.Version, "upstream": file.Upstream} {
		if strings.TrimSpace(value) == "" {
			missing = append(missing, name)
		}
	}
	if file.Schema == nil {
		missing = append(missing, "schema")
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("%s: required: %s", path, strings.Join(missing, ", "))
	}
	if file.APIVersion != SchemaFormat {
		return nil, fmt.Errorf("%s: apiVersion must be %s (the schema file format), got %q", path, SchemaFormat,
			file.APIVersion)
	}
	if file.Schema.Type != "object" {
		return nil, fmt.Errorf("%s: schema.type must be object", path)
	}
	if err := file.Schema.compile("schema", false); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &file, nil
}

var schemaTypes = map[string]bool{"object": true, "array": true, "string": true, "integer": true,
	"number": true, "boolean": true}

// compile checks that the schema means what it says (a known type, items for an array, required names that are
// properties, a known format, enum values of the declared type) and compiles its patterns.
// An alternative of anyOf, or a node that has anyOf, may leave its type to the alternatives.
func (s *Schema) compile(path string, alternative bool) error {
	switch {
	case s.IntOrString:
		if s.Type != "" {
			return fmt.Errorf("%s: x-kubernetes-int-or-string takes no type", path)
		}
	case s.Type == "" && !s.PreserveUnknownFields && !alternative && len(s.AnyOf) == 0:
		return fmt.Errorf("%s.type: required", path)
	case s.Type != "" && !schemaTypes[s.Type]:
		return fmt.Errorf("%s.type: unknown type %q", path, s.Type)
	}
	if s.Type == "array" && s.Items == nil {
		return fmt.Errorf("%s.items: required for an array", path)
	}
	if s.Type != "array" && s.Items != nil {
		return fmt.Errorf("%s.items: only for an array", path)
	}
	if s.Type != "object" && (s.Properties != nil || s.AdditionalProperties != nil || s.Required != nil) {
		return fmt.Errorf("%s: properties, additionalProperties and required are only for an object", path)
	}
	// A required name that is not a property is a misspelling, except in an object with no properties at all:
	// there (closed, nothing allowed) the required list only records upstream's for when the object is filled in.
	for _, name := range s.Required {
		if _, ok := s.Properties[name]; !ok && len(s.Properties) > 0 {
			return fmt.Errorf("%s.required: %q is not a property", path, name)
		}
	}
	if s.Format != "" && s.Type == "" {
		return fmt.Errorf("%s.format: needs a type", path)
	}
	if s.Format != "" {
		if _, ok := formats[s.Format]; !ok {
			return fmt.Errorf("%s.format: unknown format %q", path, s.Format)
		}
		if want := formatType(s.Format); s.Type != want {
			return fmt.Errorf("%s.format: %s is a format for type %s", path, s.Format, want)
		}
	}
	for i, value := range s.Enum {
		if !s.hasType(value) {
			return fmt.Errorf("%s.enum[%d]: %v is not of type %s", path, i, value, s.Type)
		}
	}
	if s.Pattern != "" {
		re, err := regexp.Compile(s.Pattern)
		if err != nil {
			return fmt.Errorf("%s.pattern: %w", path, err)
		}
		s.pattern = re
	}
	for name, prop := range s.Properties {
		if err := prop.compile(path+".properties."+name, false); err != nil {
			return err
		}
	}
	if s.Items != nil {
		if err := s.Items.compile(path+".items", false); err != nil {
			return err
		}
	}
	if s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil {
		if err := s.AdditionalProperties.Schema.compile(path+".additionalProperties", false); err != nil {
			return err
		}
	}
	for i, alt := range s.AnyOf {
		if err := alt.compile(fmt.Sprintf("%s.anyOf[%d]", path, i), true); err != nil {
			return err
		}
	}
	return nil
}

// hasType reports whether a decoded JSON value (numbers decoded as int64 or float64) is of the schema's type.
func (s *Schema) hasType(v any) bool {
	if s.IntOrString {
		_, isInt := v.(int64)
		_, isString := v.(string)
		return isInt || isString
	}
	switch s.Type {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "integer":
		_, ok := v.(int64)
		return ok
	case "number":
		switch v.(type) {
		case int64, float64:
			return true
		}
		return false
	case "boolean":
		_, ok := v.(bool)
		return ok
	}
	return true // no type: x-kubernetes-preserve-unknown-fields
}

// typeName names a decoded JSON value's type for messages.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		return "number"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	}
	return fmt.Sprintf("%T", v)
}
