package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every successful JSON answer of an {@code /api/} operation to the gateway's own OpenAPI document: a
 * RestAssured filter ({@link Api#as(String)} adds it) that checks the answer against the schema documented for that
 * operation and status, and fails the test on a difference. So every endpoint test is also a test that the wire
 * types (which write the document) say what the chaincode and the gateway really answer.
 *
 * <p>The check is strict: no property the schema does not list (unless it allows others), every required property
 * present and not null, the JSON type, format ({@code date-time}, {@code int32}, {@code int64}) and enumeration
 * right, recursively through {@code $ref}, arrays and maps. An undocumented success status is a difference too.
 */
public final class ResponseContract implements Filter {
    /** The filter; add it to a request specification: {@code given().filter(ResponseContract.FILTER)}. */
    public static final ResponseContract FILTER = new ResponseContract();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The document of each gateway (base URL) the tests talk to. */
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private ResponseContract() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        int status = response.statusCode();
        URI uri = URI.create(request.getURI());
        String contentType = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        if (status / 100 == 2 && uri.getRawPath().startsWith("/api/") && contentType.startsWith("application/json")) {
            String body = response.asString();
            List<String> wrong = differences(document(uri), request.getMethod(), uri.getRawPath(), status, body);
            if (!wrong.isEmpty()) {
                throw new AssertionError("the answer of " + request.getMethod() + " " + uri.getRawPath() + " ("
                        + status + ") differs from the OpenAPI document:\n  " + String.join("\n  ", wrong)
                        + "\nanswer: " + body);
            }
        }
        return response;
    }

    /** What differs between an answer and the document's schema for its operation and status (empty: nothing). */
    static List<String> differences(JsonNode document, String method, String rawPath, int status, String body) {
        String template = template(document, rawPath);
        if (template == null) {
            return List.of("no operation of the document has the path " + rawPath);
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (!operation.isObject()) {
            return List.of(method + " " + template + " is not documented");
        }
        JsonNode answer = operation.path("responses").path(String.valueOf(status));
        if (answer.has("$ref")) {
            answer = document.at(answer.path("$ref").asText().substring(1));
        }
        JsonNode schema = answer.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + template + " documents no JSON answer for " + status);
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the answer is not JSON: " + e.getMessage());
        }
        List<String> wrong = new ArrayList<>();
        new Validator(document, wrong).check(schema, value, "$");
        return wrong;
    }

    /** The document's path template that matches a request path, the most literal one if several do. */
    static String template(JsonNode document, String rawPath) {
        String best = null;
        int bestLiterals = -1;
        for (var paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String candidate = paths.next();
            String regex = Pattern.quote(candidate).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (Pattern.matches(regex, rawPath)) {
                int literals = candidate.replaceAll("\\{[^}/]+}", "").length();
                if (literals > bestLiterals) {
                    best = candidate;
                    bestLiterals = literals;
                }
            }
        }
        return best;
    }

    private static JsonNode document(URI uri) {
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        return DOCUMENTS.computeIfAbsent(base, ResponseContract::fetch);
    }

    private static JsonNode fetch(String base) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("GET /q/openapi answered " + answer.statusCode());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("could not read the OpenAPI document of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A JSON Schema check of the subset the document uses; each difference is one line naming its JSON path. */
    private record Validator(JsonNode document, List<String> wrong) {
        private static final Set<String> KEYWORDS_OF_REF_SIBLINGS = Set.of("type", "enum", "format", "items",
                "properties", "required", "additionalProperties");

        void check(JsonNode schema, JsonNode value, String at) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asText();
                JsonNode target = ref.startsWith("#/") ? document.at(ref.substring(1)) : null;
                if (target == null || !target.isObject()) {
                    wrong.add(at + ": the schema refers to nothing: " + ref);
                    return;
                }
                check(target, value, at);
                if (schema.properties().stream().noneMatch(e -> KEYWORDS_OF_REF_SIBLINGS.contains(e.getKey()))) {
                    return;
                }
                // siblings of $ref (OpenAPI 3.1) apply as well
                schema = schema.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) schema).remove("$ref");
            }
            for (String combination : new String[] {"anyOf", "oneOf"}) {
                if (schema.has(combination)) {
                    boolean any = false;
                    for (JsonNode branch : schema.get(combination)) {
                        List<String> branchWrong = new ArrayList<>();
                        new Validator(document, branchWrong).check(branch, value, at);
                        any |= branchWrong.isEmpty();
                    }
                    if (!any) {
                        wrong.add(at + ": matches none of " + schema.get(combination));
                    }
                }
            }
            for (JsonNode branch : schema.path("allOf")) {
                check(branch, value, at);
            }
            List<String> types = types(schema);
            if (value.isNull()) {
                if (!types.contains("null") && !schema.path("nullable").asBoolean(false) && !isAny(schema)) {
                    wrong.add(at + ": null, but the schema says " + schemaType(schema));
                }
                return;
            }
            if (!types.isEmpty() && types.stream().noneMatch(type -> is(type, value))) {
                wrong.add(at + ": " + kind(value) + " " + abbreviated(value) + ", but the schema says " + types);
                return;
            }
            if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                wrong.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
            format(schema.path("format").asText(""), value, at);
            if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "[" + i + "]");
                }
            }
            if (value.isObject()) {
                object(schema, value, at);
            }
        }

        private void object(JsonNode schema, JsonNode value, String at) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                JsonNode present = value.get(required.asText());
                if (present == null) {
                    wrong.add(at + "." + required.asText() + ": required, but absent");
                } else if (present.isNull() && !types(properties.path(required.asText())).contains("null")) {
                    wrong.add(at + "." + required.asText() + ": required, but null");
                }
            }
            JsonNode others = schema.get("additionalProperties");
            boolean closed = properties.isObject() || (others != null && others.isBoolean() && !others.asBoolean());
            value.properties().forEach(field -> {
                String where = at + "." + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), where);
                } else if (others != null && others.isObject()) {
                    check(others, field.getValue(), where);
                } else if (closed && !(others != null && others.asBoolean(false))) {
                    wrong.add(where + ": not in the schema (" + kind(field.getValue()) + " "
                            + abbreviated(field.getValue()) + ")");
                }
            });
        }

        private void format(String format, JsonNode value, String at) {
            switch (format) {
                case "date-time" -> {
                    if (value.isTextual()) {
                        try {
                            OffsetDateTime.parse(value.asText());
                        } catch (DateTimeParseException e) {
                            wrong.add(at + ": " + value + " is not a date-time");
                        }
                    }
                }
                case "int32" -> {
                    if (value.isIntegralNumber() && !value.canConvertToInt()) {
                        wrong.add(at + ": " + value + " is not an int32");
                    }
                }
                case "int64" -> {
                    if (value.isIntegralNumber() && !value.canConvertToLong()) {
                        wrong.add(at + ": " + value + " is not an int64");
                    }
                }
                default -> {
                    // other formats are descriptive only
                }
            }
        }

        private static boolean isAny(JsonNode schema) {
            return types(schema).isEmpty() && !schema.has("$ref") && !schema.has("properties");
        }

        private static List<String> types(JsonNode schema) {
            JsonNode type = schema.path("type");
            List<String> out = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> out.add(t.asText()));
            } else if (type.isTextual()) {
                out.add(type.asText());
            }
            return out;
        }

        private static String schemaType(JsonNode schema) {
            return schema.has("$ref") ? schema.path("$ref").asText() : types(schema).toString();
        }

        private static boolean is(String type, JsonNode value) {
            return switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> false;
            };
        }

        private static boolean contains(JsonNode constants, JsonNode value) {
            for (JsonNode constant : constants) {
                if (constant.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static String kind(JsonNode value) {
            return value.getNodeType().name().toLowerCase(Locale.ROOT);
        }

        private static String abbreviated(JsonNode value) {
            String text = value.toString();
            return text.length() <= 60 ? text : text.substring(0, 57) + "...";
        }
    }
}
