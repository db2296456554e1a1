package org.civicledger.gateway.api;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.civicledger.api.WireValue;

/**
 * What the OpenAPI document must say of each wire type, read from the class itself with plain reflection (its
 * {@code @JsonProperty} fields, superclasses included), independently of the gateway's {@code WireSchemas} filter
 * and of Jackson's introspection: so a slip in either shows as a difference.
 */
final class WireContract {
    static final String COMPONENTS = "#/components/schemas/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static Map<String, Class<?>> classes;

    private WireContract() {
    }

    /** One property of a wire type as its class declares it. */
    record Property(String name, Type type, boolean required, String description, String pattern) {
    }

    /**
     * Every public class of the api module, by simple name (a component schema's name); two classes of one simple
     * name would be one component, so that fails.
     */
    static synchronized Map<String, Class<?>> classes() {
        if (classes == null) {
            Map<String, Class<?>> found = new TreeMap<>();
            for (String name : classNames()) {
                Class<?> type = load(name);
                if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
                    Class<?> other = found.put(type.getSimpleName(), type);
                    if (other != null) {
                        throw new AssertionError("two wire classes named " + type.getSimpleName() + ": " + other
                                + " and " + type + "; the document would have one component for both");
                    }
                }
            }
            classes = found;
        }
        return classes;
    }

    /** The properties of a wire type: its {@code @JsonProperty} fields and its superclasses'. */
    static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> out = new TreeMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty json = field.getAnnotation(JsonProperty.class);
                if (json == null) {
                    continue;
                }
                String name = json.value().isEmpty() ? field.getName() : json.value();
                JsonPropertyDescription text = field.getAnnotation(JsonPropertyDescription.class);
                org.civicledger.api.WirePattern pattern = field.getAnnotation(org.civicledger.api.WirePattern.class);
                out.put(name, new Property(name, field.getGenericType(), json.required(),
                        text == null ? null : text.value(), pattern == null ? null : "^" + pattern.value() + "$"));
            }
        }
        return out;
    }

    /** The type's own description, or {@code null}. */
    static String description(Class<?> type) {
        JsonClassDescription text = type.getAnnotation(JsonClassDescription.class);
        return text == null ? null : text.value();
    }

    /** The constants of an enumeration as they travel (a constant's {@code @JsonProperty} name, else its name). */
    static List<String> constants(Class<?> type) {
        ArrayList<String> out = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty json = type.getField(name).getAnnotation(JsonProperty.class);
                out.add(json == null || json.value().isEmpty() ? name : json.value());
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    /**
     * The schema a property of this Java type must have (its description aside): strings, ISO-8601 instants
     * ({@code date-time}), {@code int64} and {@code int32} integers, booleans, enumerations with their constants,
     * arrays of their items, maps as objects of their values, a wire type as a {@code $ref} to its component, and
     * any JSON value as an empty schema.
     */
    static ObjectNode expected(Type type, String where) {
        ObjectNode schema = JSON.objectNode();
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return schema.put("type", "array").set("items", expected(arguments[0], where + "[]"));
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                return schema.put("type", "object").set("additionalProperties", expected(arguments[1], where + "{}"));
            }
            throw new AssertionError(where + ": a type the wire contract does not allow: " + type);
        }
        if (!(type instanceof Class<?> c)) {
            throw new AssertionError(where + ": a type the wire contract does not allow: " + type);
        }
        if (c.isArray() && c != byte[].class) {
            return schema.put("type", "array").set("items", expected(c.getComponentType(), where + "[]"));
        }
        if (c == String.class) {
            return schema.put("type", "string");
        }
        if (c == Instant.class) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (c == long.class || c == Long.class) {
            return schema.put("type", "integer").put("format", "int64");
        }
        if (c == int.class || c == Integer.class) {
            return schema.put("type", "integer").put("format", "int32");
        }
        if (c == boolean.class || c == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (c.isEnum()) {
            schema.put("type", "string").putArray("enum").addAll(constants(c).stream().map(JSON::textNode).toList());
            return schema;
        }
        if (WireValue.class.isAssignableFrom(c)) {
            return schema.put("$ref", COMPONENTS + c.getSimpleName());
        }
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
            return schema;
        }
        throw new AssertionError(where + ": a type the wire contract does not allow: " + type);
    }

    /** A schema as the comparison sees it: without its description, a one-element type array as that type. */
    static JsonNode comparable(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        copy.remove("description");
        JsonNode type = copy.path("type");
        if (type.isArray() && type.size() == 1) {
            copy.set("type", type.get(0));
        }
        for (String nested : new String[] {"items", "additionalProperties"}) {
            if (copy.has(nested)) {
                copy.set(nested, comparable(copy.get(nested)));
            }
        }
        return copy;
    }

    /**
     * What the document's component schema says other than the wire class: its JSON type, description, property
     * names, required list, and each property's schema and description (empty: nothing).
     */
    static List<String> differences(Class<?> type, JsonNode schema) {
        List<String> wrong = new ArrayList<>();
        String name = type.getSimpleName();
        if (type.isEnum()) {
            check(wrong, name + " type", "string", comparable(schema).path("type").asText());
            check(wrong, name + " constants", constants(type), texts(schema.path("enum")));
            return wrong;
        }
        if (!WireValue.class.isAssignableFrom(type)) {
            wrong.add(name + " is a component, but " + type.getName() + " is not a wire type");
            return wrong;
        }
        check(wrong, name + " type", "object", comparable(schema).path("type").asText());
        check(wrong, name + " description", description(type), text(schema.path("description")));
        Map<String, Property> properties = properties(type);
        TreeSet<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        check(wrong, name + " properties", properties.keySet(), documented);
        TreeSet<String> required = new TreeSet<>();
        properties.values().stream().filter(Property::required).forEach(p -> required.add(p.name()));
        check(wrong, name + " required", required, new TreeSet<>(texts(schema.path("required"))));
        for (Property property : properties.values()) {
            JsonNode actual = schema.path("properties").path(property.name());
            if (!actual.isMissingNode()) {
                String where = name + "." + property.name();
                ObjectNode expected = expected(property.type(), where);
                if (property.pattern() != null) {
                    expected.put("pattern", property.pattern()); // a string of this form (@WirePattern)
                }
                if (!property.required() && !(property.type() instanceof Class<?> c && c.isPrimitive())
                        && expected.path("type").isTextual() && !expected.has("enum")
                        && !Set.of("array", "object").contains(expected.path("type").asText())) {
                    // an optional scalar of a reference type may be absent or null
                    String scalar = expected.path("type").asText();
                    expected.putArray("type").add(scalar).add("null");
                }
                check(wrong, where + " schema", expected, comparable(actual));
                check(wrong, where + " description", property.description(), text(actual.path("description")));
            }
        }
        return wrong;
    }

    private static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(what + ": the class says " + expected + ", the document " + actual);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** The binary names of the api module's classes, from the directory or jar that holds {@link WireValue}. */
    private static List<String> classNames() {
        URL url = WireValue.class.getResource("WireValue.class");
        if (url == null) {
            throw new AssertionError("the api module's classes cannot be found");
        }
        String packagePath = WireValue.class.getPackageName().replace('.', '/');
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(jar.getPath("/" + packagePath), jar.getPath("/"));
                }
            }
            Path dir = Paths.get(uri).getParent();
            Path root = dir;
            for (int i = 0; i < packagePath.split("/").length; i++) {
                root = root.getParent();
            }
            return names(dir, root);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new AssertionError("cannot list the api module's classes from " + url, e);
        }
    }

    private static List<String> names(Path dir, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(path -> root.relativize(path).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WireValue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
