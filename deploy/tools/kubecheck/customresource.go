package kubecheck

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"net"
	"net/url"
	"sort"
	"strings"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/validation"
	kjson "sigs.k8s.io/json"
)

// formats are the OpenAPI formats a schema may name, each checked as the API server checks it. A format not
// listed here is refused when the schema is loaded, so that no format is silently ignored.
var formats = map[string]func(v any) string{
	"int32": func(v any) string { return intRange(v, math.MinInt32, math.MaxInt32) },
	"int64": func(v any) string { return "" }, // every decoded integer fits
	"byte": func(v any) string {
		if _, err := base64.StdEncoding.DecodeString(v.(string)); err != nil {
			return "not base64"
		}
		return ""
	},
	"date-time": func(v any) string { return parses(time.RFC3339, v) },
	"date":      func(v any) string { return parses(time.DateOnly, v) },
	"duration": func(v any) string {
		if _, err := time.ParseDuration(v.(string)); err != nil {
			return "not a duration such as 90s or 5m"
		}
		return ""
	},
	"hostname": func(v any) string { return strings.Join(validation.IsDNS1123Subdomain(v.(string)), "; ") },
	"uri": func(v any) string {
		if u, err := url.Parse(v.(string)); err != nil || u.Scheme == "" {
			return "not an absolute URI"
		}
		return ""
	},
	"ipv4": func(v any) string {
		if ip := net.ParseIP(v.(string)); ip == nil || ip.To4() == nil {
			return "not an IPv4 address"
		}
		return ""
	},
}

func formatType(format string) string {
	if format == "int32" || format == "int64" {
		return "integer"
	}
	return "string"
}

func intRange(v any, min, max int64) string {
	if n, ok := v.(int64); ok && (n < min || n > max) {
		return fmt.Sprintf("out of range %d..%d", min, max)
	}
	return ""
}

func parses(layout string, v any) string {
	if _, err := time.Parse(layout, v.(string)); err != nil {
		return "not in the layout " + layout
	}
	return ""
}

// checkCustom validates a custom resource: its metadata strictly as ObjectMeta with the same rules as a built-in
// object's, everything else against the kind's schema.
func checkCustom(data []byte, file *SchemaFile, p *problems) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		p.add("", "not an object")
		return
	}
	rawMeta, ok := fields["metadata"]
	if !ok {
		p.add("metadata", "required")
	} else {
		var meta metav1.ObjectMeta
		for _, problem := range decodeStrict(rawMeta, &meta) {
			problem.Path = joinPath("metadata", problem.Path)
			*p = append(*p, problem)
		}
		checkMetadata(&meta, subdomainName, p)
	}
	var value map[string]any
	if err := kjson.UnmarshalCaseSensitivePreserveInts(data, &value); err != nil {
		p.add("", "cannot decode: %v", err)
		return
	}
	// apiVersion and kind chose this schema, and metadata was checked above: the schema need not describe them,
	// but where it does, they are checked against it too.
	file.Schema.validateObject(value, "", map[string]bool{"apiVersion": true, "kind": true, "metadata": true}, p)
}

func joinPath(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case strings.HasPrefix(child, "["):
		return parent + child
	}
	return parent + "." + child
}

// validate checks one value against the schema, adding a problem with the value's path for each violation.
func (s *Schema) validate(v any, path string, p *problems) {
	if v == nil {
		if !s.Nullable {
			p.add(path, "must not be null")
		}
		return
	}
	if !s.hasType(v) {
		want := s.Type
		if s.IntOrString {
			want = "integer or string"
		}
		p.add(path, "wrong type: got %s, want %s", typeName(v), want)
		return
	}
	if len(s.Enum) > 0 && !s.inEnum(v) {
		var allowed []string
		for _, e := range s.Enum {
			allowed = append(allowed, fmt.Sprintf("%v", e))
		}
		p.add(path, "must be one of %s, got %v", strings.Join(allowed, ", "), v)
	}
	if len(s.AnyOf) > 0 && !s.matchesAnyOf(v, path) {
		p.add(path, "matches none of the alternatives of anyOf")
	}
	switch value := v.(type) {
	case string:
		s.validateString(value, path, p)
	case int64:
		s.validateNumber(float64(value), path, p)
	case float64:
		s.validateNumber(value, path, p)
	case []any:
		if s.MinItems != nil && len(value) < *s.MinItems {
			p.add(path, "must have at least %d items", *s.MinItems)
		}
		if s.MaxItems != nil && len(value) > *s.MaxItems {
			p.add(path, "must have at most %d items", *s.MaxItems)
		}
		if s.Items != nil {
			for i, item := range value {
				s.Items.validate(item, fmt.Sprintf("%s[%d]", path, i), p)
			}
		}
	case map[string]any:
		s.validateObject(value, path, nil, p)
	}
	if s.Format != "" && !s.IntOrString {
		if msg := formats[s.Format](v); msg != "" {
			p.add(path, "format %s: %s", s.Format, msg)
		}
	}
}

func (s *Schema) validateString(value, path string, p *problems) {
	if s.MinLength != nil && len(value) < *s.MinLength {
		p.add(path, "must be at least %d characters long", *s.MinLength)
	}
	if s.MaxLength != nil && len(value) > *s.MaxLength {
		p.add(path, "must be at most %d characters long", *s.MaxLength)
	}
	if s.pattern != nil && !s.pattern.MatchString(value) {
		p.add(path, "must match %s", s.Pattern)
	}
}

func (s *Schema) validateNumber(value float64, path string, p *problems) {
	if s.Minimum != nil && value < *s.Minimum {
		p.add(path, "must be at least %v", *s.Minimum)
	}
	if s.Maximum != nil && value > *s.Maximum {
		p.add(path, "must be at most %v", *s.Maximum)
	}
}

// validateObject checks required fields, then each field against its property, the additionalProperties schema,
// or (closed object) refuses it. implicit names fields that are allowed even when the schema does not list them.
func (s *Schema) validateObject(value map[string]any, path string, implicit map[string]bool, p *problems) {
	for _, name := range s.Required {
		if _, ok := value[name]; !ok {
			p.add(joinPath(path, name), "required")
		}
	}
	names := make([]string, 0, len(value))
	for name := range value {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		child := joinPath(path, name)
		if prop, ok := s.Properties[name]; ok {
			prop.validate(value[name], child, p)
			continue
		}
		switch {
		case implicit[name]:
		case s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil:
			s.AdditionalProperties.Schema.validate(value[name], child, p)
		case s.AdditionalProperties != nil && s.AdditionalProperties.Allowed, s.PreserveUnknownFields:
		default:
			p.add(child, "unknown field")
		}
	}
}

func (s *Schema) inEnum(v any) bool {
	for _, e := range s.Enum {
		if fmt.Sprintf("%T:%v", e, e) == fmt.Sprintf("%T:%v", v, v) {
			return true
		}
	}
	return false
}

func (s *Schema) matchesAnyOf(v any, path string) bool {
	for _, alt := range s.AnyOf {
		var altProblems problems
		alt.validate(v, path, &altProblems)
		if len(altProblems) == 0 {
			return true
		}
	}
	return false
}
