package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.civicledger.api.WireValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /q/openapi} describes every endpoint, schema and error of API.md; {@code /q/swagger-ui} serves it. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class OpenApiTest {

    /**
     * One API.md endpoint: its success status and the errors it can answer besides 401 and 503 (every
     * single write also 429 CONTENDED; a batch reports contention per item).
     */
    record Endpoint(String method, String path, int success, List<Integer> errors) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                e("post", "/api/v1/activity-types", 201, 400, 403, 404, 409, 429),
                e("get", "/api/v1/activity-types", 200, 400),
                e("post", "/api/v1/categories", 201, 400, 403, 409, 429),
                e("get", "/api/v1/categories", 200, 400, 403),
                e("post", "/api/v1/residents", 201, 400, 403, 404, 429),
                e("get", "/api/v1/residents/{residentId}", 200, 403, 404),
                e("post", "/api/v1/residents/{residentId}/status", 200, 400, 403, 404, 429),
                e("put", "/api/v1/policy", 200, 400, 403, 429),
                e("post", "/api/v1/contributions", 201, 400, 403, 404, 409, 422, 429),
                e("post", "/api/v1/contributions/batch", 200, 400, 403),
                e("post", "/api/v1/contributions/{contributionId}/reversal", 200, 400, 403, 404, 422, 429),
                e("get", "/api/v1/residents/{residentId}/balance", 200, 403, 404),
                e("get", "/api/v1/residents/{residentId}/history", 200, 400, 403, 404),
                e("post", "/api/v1/redemptions", 201, 400, 403, 404, 409, 422, 429),
                e("get", "/api/v1/merchants/{merchantId}/statement", 200, 400, 403),
                e("post", "/api/v1/settlements", 201, 400, 403, 409, 429),
                e("post", "/api/v1/consents", 201, 400, 403, 404, 409, 429),
                e("delete", "/api/v1/consents/{consentId}", 204, 403, 404, 429),
                e("post", "/api/v1/loan-products", 201, 400, 403, 409, 429),
                e("get", "/api/v1/loan-products", 200),
                e("post", "/api/v1/credit-checks", 200, 400, 403, 404, 429),
                e("get", "/api/v1/residents/{residentId}/credit", 200, 403, 404),
                e("get", "/api/v1/residents/{residentId}/credit-checks", 200, 403, 404),
                e("post", "/api/v1/disputes", 201, 400, 403, 404, 409, 422, 429),
                e("post", "/api/v1/disputes/{disputeId}/resolution", 200, 400, 403, 404, 422, 429),
                e("get", "/api/v1/disputes", 200, 400, 403),
                e("post", "/api/v1/disputes/overdue", 200, 400, 403, 404, 429),
                e("get", "/api/v1/audit/transactions/{txId}", 200, 400, 403, 404),
                e("get", "/api/v1/audit/transactions/{txId}/proof", 200, 400, 403, 404),
                e("get", "/api/v1/audit/blocks", 200, 400, 403),
                e("get", "/api/v1/audit/blocks/{number}", 200, 400, 403, 404),
                e("get", "/api/v1/audit/integrity", 200, 403),
                e("get", "/api/v1/audit/activity", 200, 400, 403),
                e("post", "/api/v1/audit/integrity/runs", 202, 400, 403),
                e("get", "/api/v1/audit/integrity/runs/{runId}", 200, 400, 403, 404),
                e("get", "/api/v1/audit/reconciliation", 200, 403),
                e("get", "/api/v1/events", 200, 400),
                e("get", "/api/v1/reports/oversight/credit-checks", 200, 400, 403),
                e("get", "/api/v1/reports/oversight/awards", 200, 400, 403),
                e("get", "/api/v1/reports/oversight/decisions", 200, 400, 403),
                e("get", "/api/v1/reports/anomalies", 200, 400, 403),
                e("get", "/api/v1/reports/credit-programme", 200, 400, 403),
                e("post", "/api/v1/loan-decisions", 201, 400, 403, 404, 409, 422, 429),
                e("get", "/api/v1/loan-decisions/{decisionId}", 200, 400, 403, 404),
                e("get", "/api/v1/loan-decisions", 200, 400, 403),
                e("post", "/api/v1/loan-decisions/{decisionId}/drawdowns", 201, 400, 403, 404, 409, 422, 429),
                e("post", "/api/v1/loan-decisions/{decisionId}/repayments", 201, 400, 403, 404, 409, 422, 429),
                e("post", "/api/v1/loan-decisions/{decisionId}/closure", 200, 400, 403, 404, 422, 429),
                e("post", "/api/v1/households", 201, 400, 403, 404, 409, 429),
                e("get", "/api/v1/households", 200, 400, 403),
                e("get", "/api/v1/households/{householdId}", 200, 400, 403, 404),
                e("post", "/api/v1/households/{householdId}/members", 200, 400, 403, 404, 422, 429),
                e("delete", "/api/v1/households/{householdId}/members/{residentId}", 200, 400, 403, 404, 422, 429),
                e("post", "/api/v1/households/{householdId}/head", 200, 400, 403, 404, 422, 429));
    }

    private static Endpoint e(String method, String path, int success, Integer... errors) {
        return new Endpoint(method, path, success, List.of(errors));
    }

    /** The document, fetched once (the port is known only once a test runs). */
    private static JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        if (document == null) {
            String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .asString();
            document = new ObjectMapper().readTree(json);
        }
    }

    @Nested
    class Operations {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.gateway.api.OpenApiTest#endpoints")
        void every_endpoint_documents_success_errors_and_bearer_security(Endpoint endpoint) {
            JsonNode operation = operation(endpoint);

            assertFalse(operation.path("summary").asText().isBlank(), endpoint + " has a summary");
            assertFalse(operation.path("tags").isEmpty(), endpoint + " has a tag");
            JsonNode success = operation.path("responses").path(String.valueOf(endpoint.success()));
            assertFalse(success.isMissingNode(), endpoint + " documents " + endpoint.success());
            if (endpoint.success() != 204) {
                assertFalse(success.path("content").isEmpty(), endpoint + " " + endpoint.success() + " has a schema");
            }
            for (int status : errorsOf(endpoint)) {
                JsonNode problem = resolved(operation.path("responses").path(String.valueOf(status))).path("content")
                        .path("application/problem+json").path("schema").path("$ref");
                assertEquals("#/components/schemas/Problem", problem.asText(), endpoint + " documents " + status);
            }
            assertTrue(operation.path("security").findValues("bearer").size() == 1, endpoint + " needs bearer");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.gateway.api.OpenApiTest#endpoints")
        void every_write_documents_its_request_body_schema(Endpoint endpoint) {
            if (!endpoint.method().equals("post") && !endpoint.method().equals("put")) {
                return;
            }
            JsonNode schema = operation(endpoint).path("requestBody").path("content").path("application/json")
                    .path("schema").path("$ref");
            assertTrue(schema.asText().startsWith("#/components/schemas/"), endpoint + " request body: " + schema);
            assertTrue(document.at("/components/schemas/" + schema.asText().substring(21)).isObject());
        }
    }

    @Nested
    class Components {
        @Test
        void the_problem_schema_has_the_rfc_7807_fields_and_the_stable_code() {
            JsonNode properties = document.at("/components/schemas/Problem/properties");
            for (String field : List.of("type", "title", "status", "detail", "code", "txId")) {
                assertTrue(properties.has(field), "Problem." + field);
            }
            List<String> codes = new ArrayList<>();
            properties.path("code").path("enum").forEach(code -> codes.add(code.asText()));
            assertEquals(List.of("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "CONSENT_REQUIRED", "NOT_FOUND",
                    "ID_CONFLICT", "INSUFFICIENT_POINTS", "DAILY_CAP_EXCEEDED", "INVALID_STATE", "STALE_CONTRIBUTION",
                    "APPROVAL_EXPIRED", "HOUSEHOLD_CONFLICT", "CHECK_EXPIRED", "BAND_MISMATCH", "LINE_EXCEEDED",
                    "SAME_ORGANISATION", "CONTENDED", "TOO_MANY_STREAMS", "INTERNAL", "LEDGER_UNAVAILABLE"), codes);
            List<String> required = new ArrayList<>();
            document.at("/components/schemas/Problem/required").forEach(field -> required.add(field.asText()));
            assertEquals(Set.of("type", "title", "status", "code"), Set.copyOf(required));
        }

        @Test
        void the_contention_answer_tells_when_to_retry() {
            JsonNode contended = document.at("/components/responses/Contended");
            assertTrue(contended.path("description").asText().startsWith("CONTENDED"));
            assertEquals("integer", contended.at("/headers/Retry-After/schema/type").asText());
        }

        @Test
        void the_bearer_security_scheme_is_declared() {
            JsonNode bearer = document.at("/components/securitySchemes/bearer");
            assertEquals("http", bearer.path("type").asText());
            assertEquals("bearer", bearer.path("scheme").asText());
        }

        /** Looked up through the operations ($ref), so the test holds whatever the wire types are named. */
        @Test
        void request_schemas_use_the_contract_field_names() {
            assertFields(requestSchema("post", "/api/v1/contributions"), "contributionId", "residentId",
                    "activityType", "quantity", "occurredAt", "evidenceHash");
            assertFields(answerSchema("post", "/api/v1/credit-checks", "200", "application/json"), "residentId",
                    "score", "band", "range", "reasons", "modelVersion", "asOf", "eligible", "maxAmountFen",
                    "rateDiscountBps", "txId", "blockNumber");
            assertFields(answerSchema("get", "/api/v1/events", "200", "text/event-stream"), "type", "txId",
                    "blockNumber", "payload");
        }

        /** PointsEndpointsTest.History shows the order the API returns; the document must say the same. */
        @Test
        void the_history_is_documented_oldest_first_as_it_is_returned() {
            String operation = document.path("paths").path("/api/v1/residents/{residentId}/history").path("get")
                    .path("description").asText();
            String page = answerSchema("get", "/api/v1/residents/{residentId}/history", "200", "application/json")
                    .path("description").asText();
            for (String text : List.of(operation, page)) {
                assertTrue(text.contains("oldest first"), text);
                assertFalse(text.contains("newest first"), text);
            }
        }

        private void assertFields(JsonNode schema, String... fields) {
            for (String field : fields) {
                assertTrue(schema.path("properties").has(field), schema.path("description") + ": " + field);
            }
        }
    }

    /**
     * The document against the wire types of the api module, read with plain reflection (not through the
     * gateway's {@code WireSchemas} filter nor Jackson): every component named after a wire class has exactly its
     * properties, JSON types, required list and descriptions; every operation's bodies are references to
     * components, every reference resolves, and the API's bodies are wire types.
     */
    @Nested
    class WireTypes {
        @TestFactory
        Stream<DynamicTest> every_component_named_after_a_wire_class_says_what_the_class_says() {
            Map<String, Class<?>> classes = WireContract.classes();
            List<DynamicTest> tests = new ArrayList<>();
            document.path("components").path("schemas").fields().forEachRemaining(component -> {
                Class<?> type = classes.get(component.getKey());
                if (type != null) {
                    tests.add(DynamicTest.dynamicTest(component.getKey(),
                            () -> assertSays(type, component.getValue())));
                }
            });
            assertTrue(tests.stream().anyMatch(test -> test.getDisplayName().equals("Award")),
                    "the award's answer is documented as the wire type Award: " + tests);
            return tests.stream();
        }

        @Test
        void a_category_is_a_string_of_the_category_pattern_wherever_it_appears() {
            JsonNode schemas = document.path("components").path("schemas");
            String pattern = "^" + org.civicledger.api.community.Categories.PATTERN + "$";
            assertEquals(pattern, schemas.at("/CategoryRequest/properties/categoryId/pattern").asText());
            assertEquals(pattern, schemas.at("/Category/properties/categoryId/pattern").asText());
            assertEquals(pattern, schemas.at("/ActivityTypeRequest/properties/category/pattern").asText());
            assertEquals(pattern, schemas.at("/ActivityType/properties/category/pattern").asText());
            assertFalse(schemas.at("/ActivityTypeRequest/properties/category").has("enum"));
            assertTrue(schemas.at("/RedemptionRequest/properties").has("valueFen"));
            assertTrue(schemas.at("/MerchantStatement/required").toString().contains("\"totalValueFen\""));
            assertTrue(schemas.at("/Settlement/required").toString().contains("\"valueFen\""));
        }

        @Test
        void every_body_of_every_operation_is_a_reference_to_a_component() {
            List<String> inline = new ArrayList<>();
            forEachBody((where, schema) -> {
                JsonNode target = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                if (!target.path("$ref").asText().startsWith(WireContract.COMPONENTS)) {
                    inline.add(where + ": " + schema);
                }
            });
            assertEquals(List.of(), inline, "bodies described inline rather than by a component");
        }

        @Test
        void every_reference_resolves() {
            List<String> dangling = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            document.findValues("$ref").forEach(ref -> {
                seen.add(ref.asText());
                if (!ref.asText().startsWith("#/") || !document.at(ref.asText().substring(1)).isObject()) {
                    dangling.add(ref.asText());
                }
            });
            assertFalse(seen.isEmpty());
            assertEquals(List.of(), dangling, "references to nothing");
        }

        /** A body documented with a gateway-only class would escape the comparison above, and the SDK. */
        @Test
        void every_body_of_the_api_is_a_wire_type() {
            Map<String, Class<?>> classes = WireContract.classes();
            List<String> others = new ArrayList<>();
            forEachBody((where, schema) -> {
                if (!where.contains(" /api/") || where.contains("application/problem+json")) {
                    return;
                }
                JsonNode target = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                String name = target.path("$ref").asText().replace(WireContract.COMPONENTS, "");
                Class<?> type = classes.get(name);
                if (type == null || !WireValue.class.isAssignableFrom(type)) {
                    others.add(where + ": " + name);
                }
            });
            assertEquals(List.of(), others, "API bodies that are not org.civicledger.api wire types");
        }

        private void assertSays(Class<?> type, JsonNode schema) {
            List<String> wrong = WireContract.differences(type, schema);
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        }

        /** Calls {@code body} with each request and answer schema of every operation ("post /path 201 type"). */
        private void forEachBody(BiConsumer<String, JsonNode> body) {
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String operation = op.getKey() + " " + path.getKey();
                op.getValue().path("requestBody").path("content").fields().forEachRemaining(media ->
                        body.accept(operation + " request " + media.getKey(), media.getValue().path("schema")));
                op.getValue().path("responses").fields().forEachRemaining(answer ->
                        resolved(answer.getValue()).path("content").fields().forEachRemaining(media ->
                                body.accept(operation + " " + answer.getKey() + " " + media.getKey(),
                                        media.getValue().path("schema"))));
            }));
        }
    }

    @Test
    void swagger_ui_answers() {
        given().get("/q/swagger-ui").then().statusCode(200);
    }

    private JsonNode operation(Endpoint endpoint) {
        JsonNode operation = document.path("paths").path(endpoint.path()).path(endpoint.method());
        assertTrue(operation.isObject(), endpoint + " is documented");
        return operation;
    }

    /** The component an operation's request body refers to. */
    private static JsonNode requestSchema(String method, String path) {
        return component(document.path("paths").path(path).path(method).path("requestBody").path("content")
                .path("application/json").path("schema"), method + " " + path + " request");
    }

    /** The component an operation's answer of this status and media type refers to. */
    private static JsonNode answerSchema(String method, String path, String status, String mediaType) {
        return component(document.path("paths").path(path).path(method).path("responses").path(status)
                .path("content").path(mediaType).path("schema"), method + " " + path + " " + status);
    }

    private static JsonNode component(JsonNode schema, String where) {
        String ref = schema.path("$ref").asText("");
        assertTrue(ref.startsWith(WireContract.COMPONENTS), where + " refers to a component: " + schema);
        JsonNode target = document.at(ref.substring(1));
        assertTrue(target.isObject(), where + ": " + ref + " resolves");
        return target;
    }

    /** A response, or the shared one it refers to ({@code #/components/responses/...}). */
    private static JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.isEmpty() ? response : document.at(ref.substring(1));
    }

    /** Every endpoint can answer 401 (no token) and 503 (ledger unavailable), and its own errors. */
    private static Set<Integer> errorsOf(Endpoint endpoint) {
        Set<Integer> errors = new TreeSet<>(endpoint.errors());
        errors.add(401);
        errors.add(500);
        errors.add(503);
        return errors;
    }
}
