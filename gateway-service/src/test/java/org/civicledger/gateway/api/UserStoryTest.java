package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One resident's story through the API, the way the README tells it: set-up, enrolment, awards,
 * redemption, consent, a bank's credit check with reasons, the query log, a reversal, a dispute,
 * and the auditor's integrity check and reconciliation.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class UserStoryTest {

    @Test
    void a_resident_earns_spends_is_checked_by_a_bank_disputes_and_the_auditor_verifies() {
        String type = unique("tree-planting");
        as(ADMIN).body(body("activityType", type, "category", "VOLUNTEER_SERVICE", "pointsPerUnit", 10, "unit", "HOUR",
                "dailyCapPoints", 100, "creditWeight", 100)).post("/api/v1/activity-types").then().statusCode(201);
        as(APP).get("/api/v1/activity-types").then().statusCode(200).body("activityType", hasItem(type));

        String externalRef = unique("citizen-card");
        String residentId = as(APP).body(body("externalRef", externalRef)).post("/api/v1/residents")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("communityId", equalTo("demo"))
                .extract().path("residentId");
        as(APP).body(body("externalRef", externalRef)).post("/api/v1/residents")
                .then().statusCode(200).body("residentId", equalTo(residentId));

        String contributionId = unique("c");
        Map<String, Object> award = body("contributionId", contributionId, "residentId", residentId, "activityType", type,
                "quantity", 3, "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        long block = ((Number) as(APP).body(award).post("/api/v1/contributions").then().statusCode(201)
                .body("points", equalTo(30)).body("balance", equalTo(30)).body("txId", notNullValue())
                .extract().path("blockNumber")).longValue();
        as(APP).body(award).post("/api/v1/contributions").then().statusCode(200)
                .body("blockNumber", equalTo((int) block)).body("balance", equalTo(30));
        Api.award(residentId, type, 5).then().statusCode(201).body("balance", equalTo(80));

        as(MERCHANT).body(body("redemptionId", unique("r"), "residentId", residentId, "points", 25, "item", "soap"))
                .post("/api/v1/redemptions").then().statusCode(201).body("balance", equalTo(55))
                .body("merchantId", equalTo("demo-merchant"));
        as(MERCHANT).body(body("redemptionId", unique("r"), "residentId", residentId, "points", 500, "item", "bike"))
                .post("/api/v1/redemptions").then().statusCode(422).body("code", equalTo("INSUFFICIENT_POINTS"));

        String productId = unique("micro-loan");
        as(BANK).body(body("productId", productId, "name", "Community micro-loan", "requireSignedConsent", false,
                "bands", Map.of("A", Map.of("maxAmountFen", 5_000_000, "rateDiscountBps", 50),
                        "D", Map.of("maxAmountFen", 100_000, "rateDiscountBps", 0))))
                .post("/api/v1/loan-products").then().statusCode(201);
        Map<String, Object> check = body("residentId", residentId, "productId", productId, "purpose", "loan");
        as(BANK).body(check).post("/api/v1/credit-checks").then().statusCode(403).body("code", equalTo("CONSENT_REQUIRED"));
        as(APP).body(body("consentId", unique("consent"), "residentId", residentId, "bankId", "demo-bank",
                "purpose", "loan", "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .post("/api/v1/consents").then().statusCode(201);
        as(BANK).body(check).post("/api/v1/credit-checks").then().statusCode(200)
                .body("score", notNullValue()).body("band", notNullValue()).body("reasons.size()", greaterThan(0))
                .body("txId", notNullValue());
        as(APP).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].bankId", equalTo("demo-bank"));

        as(ADMIN).body(body("reason", "recorded twice")).post("/api/v1/contributions/" + contributionId + "/reversal")
                .then().statusCode(200).body("reversedPoints", equalTo(30));
        assertEquals(25, Api.balance(residentId));

        String awardTx = Api.award(residentId, type, 1).then().statusCode(201).extract().path("txId");
        String disputeId = unique("d");
        as(APP).body(body("disputeId", disputeId, "residentId", residentId, "targetTxId", awardTx, "reason", "not me"))
                .post("/api/v1/disputes").then().statusCode(201).body("status", equalTo("OPEN"));
        as(ADMIN).body(body("outcome", "UPHELD", "note", "checked the patrol log"))
                .post("/api/v1/disputes/" + disputeId + "/resolution").then().statusCode(200);
        assertEquals(25, Api.balance(residentId));

        as(AUDITOR).get("/api/v1/audit/transactions/" + awardTx).then().statusCode(200)
                .body("function", equalTo("Points:award")).body("validationCode", equalTo("VALID"));
        as(AUDITOR).get("/api/v1/audit/integrity").then().statusCode(200).body("verified", equalTo(true));
        as(AUDITOR).get("/api/v1/audit/reconciliation").then().statusCode(200).body("ok", equalTo(true));
    }
}
