package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.consent;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/** Households (API.md): registration, moves, the head, and a bank's check of a household. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class HouseholdEndpointsTest {

    @Inject
    LedgerPort ledger;

    private static List<String> residents(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Api.enrol());
        }
        return ids;
    }

    private static String register(List<String> members) {
        String householdId = unique("hh");
        as(ADMIN).body(body("householdId", householdId, "headResidentId", members.get(0), "memberIds", members))
                .post("/api/v1/households").then().statusCode(201)
                .body("headResidentId", equalTo(members.get(0)))
                .body("memberIds", equalTo(new ArrayList<>(new TreeSet<>(members))));
        return householdId;
    }

    private static Map<String, Object> householdConsent(String householdId, String headId) {
        Map<String, Object> request = consent(unique("consent"), headId, "loan",
                Instant.now().plusSeconds(30L * 24 * 3600));
        request.put("householdId", householdId);
        return request;
    }

    @Test
    void registers_a_household_replays_it_and_refuses_a_member_of_another() {
        List<String> members = residents(3);
        Map<String, Object> request = body("householdId", unique("hh"), "headResidentId", members.get(0),
                "memberIds", members);
        String txId = as(ADMIN).body(request).post("/api/v1/households").then().statusCode(201)
                .body("communityId", equalTo("demo")).extract().path("txId");
        as(ADMIN).body(request).post("/api/v1/households").then().statusCode(200).body("txId", equalTo(txId));
        refused(ledger, 409, "ID_CONFLICT", () -> as(ADMIN).body(body("householdId", request.get("householdId"),
                "headResidentId", members.get(1), "memberIds", members)).post("/api/v1/households"));
        String other = Api.enrol();
        refused(ledger, 409, "HOUSEHOLD_CONFLICT", () -> as(ADMIN).body(body("householdId", unique("hh"),
                "headResidentId", other, "memberIds", List.of(other, members.get(2)))).post("/api/v1/households"));
        refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("householdId", unique("hh"),
                "headResidentId", other, "memberIds", List.of(other, Api.unknownResidentId())))
                .post("/api/v1/households"));
        refused(ledger, 403, "FORBIDDEN", () -> as(APP).body(body("householdId", unique("hh"),
                "headResidentId", other, "memberIds", List.of(other))).post("/api/v1/households"));
    }

    @Test
    void reads_a_household_and_lists_it() {
        List<String> members = residents(2);
        String householdId = register(members);
        as(APP).get("/api/v1/households/" + householdId).then().statusCode(200)
                .body("householdId", equalTo(householdId));
        as(AUDITOR).queryParam("communityId", "demo").get("/api/v1/households/" + householdId).then()
                .statusCode(200).body("memberIds.size()", equalTo(2));
        as(ADMIN).get("/api/v1/households").then().statusCode(200).body("householdId", hasItem(householdId));
        Api.problem(as(AUDITOR).get("/api/v1/households/" + householdId), 400, "VALIDATION_FAILED");
        Api.problem(as(ADMIN).get("/api/v1/households/" + unique("hh")), 404, "NOT_FOUND");
        Api.problem(as(MERCHANT).get("/api/v1/households"), 403, "FORBIDDEN");
    }

    @Test
    void moves_residents_in_and_out_and_changes_the_head() {
        List<String> members = residents(2);
        String householdId = register(members);
        String newcomer = Api.enrol();
        String path = "/api/v1/households/" + householdId;
        as(ADMIN).body(body("residentId", newcomer)).post(path + "/members").then().statusCode(200)
                .body("memberIds", hasItem(newcomer));
        refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).delete(path + "/members/" + members.get(0)));
        as(ADMIN).body(body("residentId", newcomer)).post(path + "/head").then().statusCode(200)
                .body("headResidentId", equalTo(newcomer));
        as(ADMIN).delete(path + "/members/" + members.get(0)).then().statusCode(200)
                .body("memberIds", not(hasItem(members.get(0))));
        refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).delete(path + "/members/" + members.get(0)));
        refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(body("residentId", members.get(0)))
                .post(path + "/head"));
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("residentId", newcomer,
                "householdId", householdId)).post(path + "/members"));
    }

    @Test
    void a_bank_checks_a_household_with_its_heads_consent_and_every_member_sees_it() {
        List<String> members = residents(3);
        Api.awarded(members.get(1), "volunteer-hour", 2);
        String householdId = register(members);
        String productId = Api.publishProduct(false);
        Map<String, Object> check = body("householdId", householdId, "communityId", "demo", "productId", productId,
                "purpose", "loan");
        refused(ledger, 403, "CONSENT_REQUIRED", () -> as(BANK).body(check).post("/api/v1/credit-checks"));
        Map<String, Object> notHead = householdConsent(householdId, members.get(1));
        refused(ledger, 422, "INVALID_STATE", () -> as(APP).body(notHead).post("/api/v1/consents"));
        as(APP).body(householdConsent(householdId, members.get(0))).post("/api/v1/consents").then().statusCode(201)
                .body("householdId", equalTo(householdId));

        String txId = as(BANK).body(check).post("/api/v1/credit-checks").then().statusCode(200)
                .body("householdId", equalTo(householdId)).body("communityId", equalTo("demo"))
                .body("residentId", equalTo(members.get(0)))
                .body("memberIds", equalTo(new ArrayList<>(new TreeSet<>(members))))
                .extract().path("txId");
        for (String member : members) {
            List<String> logged = as(APP).get("/api/v1/residents/" + member + "/credit-checks").then()
                    .statusCode(200).extract().path("txId");
            assertEquals(List.of(txId), logged, "the check is on every member's query log");
        }
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(body("householdId", householdId,
                "residentId", members.get(0), "communityId", "demo", "productId", productId, "purpose", "loan"))
                .post("/api/v1/credit-checks"));
    }
}
