package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.HistoryType;
import org.junit.jupiter.api.Test;

/** The comparison behind {@code OpenApiTest.WireTypes}: each kind of difference it must name. */
class WireContractTest {
    /** Award's component as a correct document has it. */
    private static final String AWARD = """
            {"type": "object",
             "description": "Answer of POST /api/v1/contributions: 201 for a new award, 200 with the original result for a replay; also the answer of POST /api/v1/contributions/{contributionId}/approval.",
             "properties": {
               "txId": {"type": "string", "description": "Transaction of the write"},
               "blockNumber": {"type": "integer", "format": "int64", "description": "Block of that transaction"},
               "contributionId": {"type": "string", "description": "The contribution"},
               "residentId": {"type": "string", "description": "The resident"},
               "points": {"type": "integer", "format": "int64", "description": "Points awarded"},
               "balance": {"type": "integer", "format": "int64",
                           "description": "The resident's available balance after the award"},
               "status": {"type": "string", "enum": ["AWARDED", "REVERSED", "PENDING", "REJECTED"],
                          "description": "AWARDED (points paid), or PENDING (the activity type requires approval: no points paid yet, balance unchanged); absent on awards recorded before approvals existed: AWARDED"},
               "expiresAt": {"type": ["string", "null"], "format": "date-time",
                             "description": "A PENDING award: when its approval period ends (ISO-8601 UTC); approving or rejecting it afterwards is APPROVAL_EXPIRED"},
               "attesterId": {"type": ["string", "null"], "description": "The named attester of the contribution, when there is one"},
               "approvedBy": {"type": ["string", "null"], "description": "The answer to an approval: the COORDINATOR or ADMIN who approved it"}},
             "required": ["txId", "blockNumber", "contributionId", "residentId", "points", "balance"]}
            """;

    @Test
    void the_wire_classes_are_found_by_simple_name() {
        assertEquals(Award.class, WireContract.classes().get("Award"));
        assertEquals(ErrorCode.class, WireContract.classes().get("ErrorCode"));
        assertTrue(WireContract.classes().size() > 40, WireContract.classes().keySet().toString());
    }

    @Test
    void a_component_that_says_what_the_class_says_passes() {
        assertEquals(List.of(), WireContract.differences(Award.class, award()));
    }

    @Test
    void a_missing_or_extra_property_is_named() {
        ObjectNode schema = award();
        ((ObjectNode) schema.get("properties")).remove("balance");
        ((ObjectNode) schema.get("properties")).putObject("extra").put("type", "string");

        assertEquals(List.of("Award properties: the class says [approvedBy, attesterId, balance, blockNumber, "
                + "contributionId, expiresAt, points, residentId, status, txId], the document [approvedBy, attesterId, "
                + "blockNumber, contributionId, expiresAt, extra, points, residentId, status, txId]"),
                WireContract.differences(Award.class, schema));
    }

    @Test
    void a_wrong_type_format_required_flag_or_description_is_named() {
        ObjectNode schema = award();
        ((ObjectNode) schema.at("/properties/points")).put("format", "int32");
        ((ObjectNode) schema.at("/properties/residentId")).put("description", "Someone");
        ((ArrayNode) schema.get("required")).remove(0);
        schema.put("description", "An award");

        List<String> wrong = WireContract.differences(Award.class, schema);

        assertEquals(4, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).startsWith("Award description: "), wrong.get(0));
        assertTrue(wrong.get(1).startsWith("Award required: the class says [balance, blockNumber, contributionId, "
                + "points, residentId, txId], the document [balance, blockNumber, contributionId, points, "
                + "residentId]"), wrong.get(1));
        assertTrue(wrong.stream().anyMatch(w -> w.startsWith("Award.points schema: the class says "
                + "{\"type\":\"integer\",\"format\":\"int64\"}")), wrong.toString());
        assertTrue(wrong.stream().anyMatch(w -> w.equals(
                "Award.residentId description: the class says The resident, the document Someone")), wrong.toString());
    }

    @Test
    void an_enumeration_must_list_the_constants_in_order() {
        JsonNode right = json("{\"type\": \"string\", \"enum\": [\"AWARD\", \"REDEMPTION\", \"REVERSAL\", \"EXPIRY\", "
                + "\"PENDING\", \"REJECTION\"]}");
        JsonNode wrong = json("{\"type\": \"string\", \"enum\": [\"AWARD\", \"REDEMPTION\", \"EXPIRY\"]}");

        assertEquals(List.of(), WireContract.differences(HistoryType.class, right));
        assertEquals(1, WireContract.differences(HistoryType.class, wrong).size());
    }

    private static ObjectNode award() {
        return (ObjectNode) json(AWARD);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
