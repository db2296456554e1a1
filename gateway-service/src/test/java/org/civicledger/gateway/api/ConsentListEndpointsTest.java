package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.consent;
import static org.civicledger.gateway.api.Api.enrol;
import static org.civicledger.gateway.api.Api.grantConsent;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/consents}: what a loan officer sees before a check — the bank's own consents of a resident or a
 * household with their status at the ledger's time. Both ledgers (demo community, demo bank).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class ConsentListEndpointsTest {
    @Inject
    LedgerPort ledger;

    private static Map<String, String> statuses(JsonPath page) {
        Map<String, String> out = new TreeMap<>();
        List<Map<String, Object>> items = page.getList("items");
        items.forEach(c -> out.put((String) c.get("consentId"), (String) c.get("status")));
        return out;
    }

    private static JsonPath list(String query) {
        return as(BANK).get("/api/v1/consents?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_bank_sees_its_consents_of_a_resident_active_and_revoked_with_the_ledger_time() {
        String residentId = enrol();
        String active = grantConsent(residentId, "loan");
        String revoked = grantConsent(residentId, "card");
        as(APP).delete("/api/v1/consents/" + revoked).then().statusCode(204);

        JsonPath page = list("residentId=" + residentId);
        assertEquals(new TreeMap<>(Map.of(active, "ACTIVE", revoked, "REVOKED")), statuses(page));
        Map<String, Object> first = page.getMap("items.find { it.consentId == '" + active + "' }");
        assertEquals("demo-bank", first.get("bankId"));
        assertEquals("loan", first.get("purpose"));
        assertEquals(false, first.get("witnessed"));
        assertEquals(residentId, first.get("residentId"));
        assertTrue(!first.containsKey("signature") && !first.containsKey("paperFormHash"), first.toString());
        Instant at = Instant.parse(page.getString("at"));
        assertTrue(Math.abs(at.getEpochSecond() - Instant.now().getEpochSecond()) < 600, "at: " + at);
    }

    @Test
    void a_resident_without_consent_lists_nothing_and_an_unknown_one_is_not_found() {
        as(BANK).get("/api/v1/consents?residentId=" + enrol()).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("$", not(hasKey("nextCursor")));
        refused(ledger, 404, "NOT_FOUND", () -> as(BANK).get("/api/v1/consents?residentId="
                + Api.unknownResidentId()));
    }

    @Test
    void pages_follow_the_cursor() {
        String residentId = enrol();
        for (int i = 0; i < 3; i++) {
            grantConsent(residentId, "loan");
        }
        JsonPath first = list("residentId=" + residentId + "&limit=2");
        assertEquals(2, first.getList("items").size());
        JsonPath second = list("residentId=" + residentId + "&limit=2&cursor=" + first.getString("nextCursor"));
        assertEquals(1, second.getList("items").size());
        assertEquals(null, second.getString("nextCursor"));
    }

    @Test
    void a_household_lists_its_heads_consents_naming_it() {
        String head = enrol();
        String member = enrol();
        String householdId = unique("hh");
        as(ADMIN).body(body("householdId", householdId, "headResidentId", head, "memberIds", List.of(head, member)))
                .post("/api/v1/households").then().statusCode(201);
        String alone = grantConsent(head, "loan");
        String forHousehold = unique("consent");
        Map<String, Object> request = consent(forHousehold, head, "loan", CreditEndpointsTest.inThirtyDays());
        request.put("householdId", householdId);
        as(APP).body(request).post("/api/v1/consents").then().statusCode(201);

        JsonPath household = list("householdId=" + householdId + "&communityId=demo");
        assertEquals(Map.of(forHousehold, "ACTIVE"), statuses(household));
        assertEquals(householdId, household.getString("items[0].householdId"));
        assertEquals(Map.of(alone, "ACTIVE"), statuses(list("residentId=" + head)));
        refused(ledger, 404, "NOT_FOUND", () -> as(BANK).get("/api/v1/consents?householdId=" + unique("hh")
                + "&communityId=demo"));
    }

    @Test
    void other_roles_and_bad_queries_are_refused() {
        String residentId = enrol();
        for (String token : List.of(APP, ADMIN, AUDITOR)) {
            refused(ledger, 403, "FORBIDDEN", () -> as(token).get("/api/v1/consents?residentId=" + residentId));
        }
        for (String query : List.of("", "?householdId=h", "?residentId=" + residentId + "&householdId=h&communityId=demo",
                "?residentId=" + residentId + "&limit=0", "?residentId=" + residentId + "&limit=x",
                "?residentId=not-a-resident", "?residentId=" + residentId + "&cursor=bm9wZQ")) {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).get("/api/v1/consents" + query));
        }
    }
}
