package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator behind {@link ResponseContract}, on a small document: each kind of drift it must name. */
class ResponseContractTest {
    private static final JsonNode DOCUMENT = json("""
            {"paths": {
              "/api/v1/things/{id}": {"get": {"responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
              "/api/v1/things/batch": {"get": {"responses": {
                "200": {"content": {"application/json": {"schema": {"type": "array",
                  "items": {"$ref": "#/components/schemas/Part"}}}}}}}}},
             "components": {"schemas": {
              "Thing": {"type": "object", "required": ["id", "n"], "properties": {
                "id": {"type": "string"},
                "at": {"type": "string", "format": "date-time"},
                "n": {"type": "integer", "format": "int32"},
                "total": {"type": "integer", "format": "int64"},
                "kind": {"type": "string", "enum": ["A", "B"]},
                "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                "payload": {"type": "object", "additionalProperties": {}},
                "band": {"$ref": "#/components/schemas/Band", "type": "string"}}},
              "Part": {"type": "object", "required": ["x"], "properties": {"x": {"type": "boolean"}}},
              "Band": {"type": "string", "enum": ["A", "B", "C"]}}}}
            """);

    private static List<String> thing(String body) {
        return ResponseContract.differences(DOCUMENT, "GET", "/api/v1/things/t-1", 200, body);
    }

    @Test
    void an_answer_as_documented_passes() {
        assertEquals(List.of(), thing("""
                {"id": "t-1", "at": "2026-01-02T03:04:05.123Z", "n": 3, "total": 9000000000, "kind": "B",
                 "parts": [{"x": true}], "payload": {"anything": [1, {"goes": null}]}, "band": "C"}"""));
        assertEquals(List.of(), thing("{\"id\": \"t-1\", \"n\": 0}"), "optional properties may be absent");
    }

    @Test
    void a_property_the_schema_does_not_list_is_drift() {
        assertEquals(List.of("$.grantedBy: not in the schema (string \"app\")"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"grantedBy\": \"app\"}"));
    }

    @Test
    void a_required_property_absent_or_null_is_drift() {
        assertEquals(List.of("$.n: required, but absent"), thing("{\"id\": \"t-1\"}"));
        assertEquals(List.of("$.n: required, but null", "$.n: null, but the schema says [integer]"),
                thing("{\"id\": \"t-1\", \"n\": null}"));
    }

    @Test
    void a_wrong_type_format_or_constant_is_drift() {
        assertEquals(List.of("$.n: string \"3\", but the schema says [integer]"),
                thing("{\"id\": \"t-1\", \"n\": \"3\"}"));
        assertEquals(List.of("$.n: 3000000000 is not an int32"), thing("{\"id\": \"t-1\", \"n\": 3000000000}"));
        assertEquals(List.of("$.n: number 1.5, but the schema says [integer]"), thing("{\"id\": \"t-1\", \"n\": 1.5}"));
        assertEquals(List.of("$.at: \"yesterday\" is not a date-time"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"at\": \"yesterday\"}"));
        assertEquals(List.of("$.kind: \"C\" is not one of [\"A\",\"B\"]"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"kind\": \"C\"}"));
        assertEquals(List.of("$.band: \"Z\" is not one of [\"A\",\"B\",\"C\"]"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"band\": \"Z\"}"));
        assertEquals(List.of("$.payload: string \"{}\", but the schema says [object]"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"payload\": \"{}\"}"));
    }

    @Test
    void drift_inside_arrays_and_referenced_schemas_is_found_with_its_path() {
        assertEquals(List.of("$.parts[1].x: required, but absent", "$.parts[1].y: not in the schema (number 1)"),
                thing("{\"id\": \"t-1\", \"n\": 1, \"parts\": [{\"x\": false}, {\"y\": 1}]}"));
        assertEquals(List.of("$[0].x: string \"yes\", but the schema says [boolean]"),
                ResponseContract.differences(DOCUMENT, "GET", "/api/v1/things/batch", 200, "[{\"x\": \"yes\"}]"));
    }

    @Test
    void an_undocumented_status_or_operation_is_drift() {
        assertEquals(List.of("GET /api/v1/things/{id} documents no JSON answer for 201"),
                ResponseContract.differences(DOCUMENT, "GET", "/api/v1/things/t-1", 201, "{}"));
        assertEquals(List.of("POST /api/v1/things/{id} is not documented"),
                ResponseContract.differences(DOCUMENT, "POST", "/api/v1/things/t-1", 200, "{}"));
        assertEquals(List.of("no operation of the document has the path /api/v1/other"),
                ResponseContract.differences(DOCUMENT, "GET", "/api/v1/other", 200, "{}"));
    }

    @Test
    void the_most_literal_path_template_wins() {
        assertEquals("/api/v1/things/batch", ResponseContract.template(DOCUMENT, "/api/v1/things/batch"));
        assertEquals("/api/v1/things/{id}", ResponseContract.template(DOCUMENT, "/api/v1/things/a%2Fb"));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
