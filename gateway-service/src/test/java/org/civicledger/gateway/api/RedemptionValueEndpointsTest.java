package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.enrol;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.civicledger.gateway.api.CategoryEndpointsTest.event;
import static org.civicledger.gateway.api.CategoryEndpointsTest.payload;
import static org.civicledger.gateway.api.CategoryEndpointsTest.transactionTime;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * The value of redemptions (API.md, issue 16): from the redemption to the statement and the settlement; and the
 * fields the events of redemptions, settlements, credit checks and disputes carry.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class RedemptionValueEndpointsTest {

    @Inject
    LedgerPort ledger;

    private static Map<String, Object> redemption(String id, String residentId, long points, Object valueFen) {
        Map<String, Object> body = body("redemptionId", id, "residentId", residentId, "points", points,
                "item", "rice 5kg");
        if (valueFen != null) {
            body.put("valueFen", valueFen);
        }
        return body;
    }

    /** Settles whatever the demo merchant is owed, so that the next settlement covers only this test's redemptions. */
    private static void settleEverything() {
        int status = as(ADMIN).body(body("settlementId", unique("s"), "merchantId", "demo-merchant"))
                .post("/api/v1/settlements").then().extract().statusCode();
        assertTrue(status == 201 || status == 422, "settled, or nothing to settle: " + status);
    }

    @Test
    void the_value_flows_to_the_statement_line_the_statement_total_and_the_settlement() {
        String residentId = enrol();
        Api.award(residentId, "volunteer-hour", 8).then().statusCode(201);
        settleEverything();
        String first = unique("r");
        String second = unique("r");
        String firstTx = as(MERCHANT).body(redemption(first, residentId, 20, 1250)).post("/api/v1/redemptions").then()
                .statusCode(201).body("valueFen", equalTo(1250)).extract().path("txId");
        as(MERCHANT).body(redemption(first, residentId, 20, 1250)).post("/api/v1/redemptions").then()
                .statusCode(200).body("txId", equalTo(firstTx));
        refused(ledger, 409, "ID_CONFLICT",
                () -> as(MERCHANT).body(redemption(first, residentId, 20, 1300)).post("/api/v1/redemptions"));
        String at = as(MERCHANT).body(redemption(second, residentId, 10, null)).post("/api/v1/redemptions").then()
                .statusCode(201).body("$", not(hasKey("valueFen"))).extract().path("at");

        JsonNode redeemed = payload(event(firstTx));
        assertEquals("PointsRedeemed", event(firstTx).get("type").asText());
        assertEquals(1250, redeemed.get("valueFen").asLong());
        assertEquals("demo-merchant", redeemed.get("merchantId").asText());
        assertEquals(transactionTime(firstTx), redeemed.get("at").asText());

        String from = as(AUDITOR).get("/api/v1/audit/transactions/" + firstTx).then().extract().path("time");
        String to = Instant.parse(at).plusMillis(1).toString();
        JsonPath statement = as(MERCHANT).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/merchants/demo-merchant/statement").then().statusCode(200).extract().jsonPath();
        assertEquals(30, statement.getLong("totalPoints"));
        assertEquals(1250, statement.getLong("totalValueFen"));
        assertEquals(1250, statement.getLong("redemptions.find { it.redemptionId == '" + first + "' }.valueFen"));
        assertFalse(statement.getMap("redemptions.find { it.redemptionId == '" + second + "' }")
                .containsKey("valueFen"));

        String settlementTx = as(ADMIN).body(body("settlementId", unique("s"), "merchantId", "demo-merchant"))
                .post("/api/v1/settlements").then().statusCode(201).body("points", equalTo(30))
                .body("valueFen", equalTo(1250)).extract().path("txId");
        JsonNode settled = payload(event(settlementTx));
        assertEquals(1250, settled.get("valueFen").asLong());
        assertEquals(transactionTime(settlementTx), settled.get("at").asText());
    }

    @Test
    void refuses_a_bad_value_with_nothing_written() {
        String residentId = enrol();
        Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
        for (Object bad : new Object[] {-1, 1_000_000_000_001L, 12.5, "1250", true}) {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(MERCHANT)
                    .body(redemption(unique("r"), residentId, 1, bad)).post("/api/v1/redemptions"));
        }
        assertEquals(10, Api.balance(residentId), "nothing spent");
    }

    @Test
    void credit_check_and_dispute_events_carry_what_was_decided_and_when() {
        String residentId = enrol();
        String awardTx = Api.awarded(residentId, "volunteer-hour", 1);
        String productId = Api.publishProduct(false);
        String consentId = Api.grantConsent(residentId, "loan");
        String checkTx = Api.creditCheck(residentId, productId, "loan").then().statusCode(200).extract().path("txId");
        JsonNode checked = payload(event(checkTx));
        assertEquals(consentId, checked.get("consentId").asText());
        assertEquals("D", checked.get("band").asText());
        assertTrue(checked.get("eligible").asBoolean());
        assertFalse(checked.has("score"));
        assertEquals(transactionTime(checkTx), checked.get("at").asText());

        String disputeId = Api.fileDispute(residentId, awardTx);
        String filedTx = as(APP).get("/api/v1/disputes").then().statusCode(200).extract()
                .path("find { it.disputeId == '" + disputeId + "' }.txId");
        JsonNode filed = payload(event(filedTx));
        assertEquals("AWARD", filed.get("targetType").asText());
        assertTrue(Instant.parse(filed.get("dueBy").asText()).isAfter(Instant.parse(filed.get("at").asText())));
        String resolvedTx = as(ADMIN).body(body("outcome", "REJECTED", "note", "checked"))
                .post("/api/v1/disputes/" + disputeId + "/resolution").then().statusCode(200).extract().path("txId");
        JsonNode resolved = payload(event(resolvedTx));
        assertEquals("REJECTED", resolved.get("outcome").asText());
        assertEquals("demo-admin", resolved.get("resolvedBy").asText());
        assertEquals(transactionTime(resolvedTx), resolved.get("at").asText());
    }
}
