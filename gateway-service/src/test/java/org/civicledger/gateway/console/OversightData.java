package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicledger.gateway.readmodel.ReadModel;

/**
 * The auditor's oversight story's data, made through the REST API with the demo tokens (as {@code api.Api} does):
 * residents, awards, a credit check, disputes and a score model proposal, each with fresh ids.
 */
final class OversightData extends ConsoleRest {

    private OversightData() {
    }

    /** Awards {@code quantity} of {@code activityType} that occurred at {@code occurredAt}; @return its txId */
    static String award(String residentId, String activityType, long quantity, Instant occurredAt) {
        return as(APP).body(body("contributionId", unique("c"), "residentId", residentId, "activityType", activityType,
                "quantity", quantity, "occurredAt", occurredAt.toString())).post("/api/v1/contributions")
                .then().statusCode(201).extract().path("txId");
    }

    /** A credit check of a new resident by the demo bank, with consent; @return its txId */
    static String creditCheck() {
        String residentId = enrol();
        as(APP).body(body("consentId", unique("consent"), "residentId", residentId, "bankId", "demo-bank",
                "purpose", "loan", "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                .post("/api/v1/consents").then().statusCode(201);
        String productId = unique("loan");
        as(BANK).body(body("productId", productId, "name", "Micro-loan", "requireSignedConsent", false,
                "bands", Map.of("A", Map.of("maxAmountFen", 5_000_000, "rateDiscountBps", 50),
                        "B", Map.of("maxAmountFen", 2_000_000, "rateDiscountBps", 25),
                        "C", Map.of("maxAmountFen", 500_000, "rateDiscountBps", 10),
                        "D", Map.of("maxAmountFen", 100_000, "rateDiscountBps", 0))))
                .post("/api/v1/loan-products").then().statusCode(201);
        return as(BANK).body(body("residentId", residentId, "productId", productId, "purpose", "loan"))
                .post("/api/v1/credit-checks").then().statusCode(200).extract().path("txId");
    }

    /** Files a dispute of a new resident's score; @return the dispute id */
    static String scoreDispute() {
        String residentId = enrol();
        return as(APP).body(body("disputeId", unique("d"), "residentId", residentId, "targetType", "SCORE",
                "reason", "my patrols are missing")).post("/api/v1/disputes").then().statusCode(201)
                .extract().path("disputeId");
    }

    /**
     * Proposes the next score model as the demo ADMIN: the weights and thresholds of the model in force (so the
     * other tests sharing the ledger score as before), new texts, effective in a week; @return its version
     */
    static long proposeModel() {
        List<Map<String, Object>> models = as(AUDITOR).get("/api/v1/score-models").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Object> active = models.stream().filter(m -> "ACTIVE".equals(m.get("status"))).findFirst()
                .orElseThrow();
        long next = models.stream().mapToLong(m -> ((Number) m.get("version")).longValue()).max().orElseThrow() + 1;
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String code : List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE",
                "RECENT_REVERSALS")) {
            texts.put(code, Map.of("en", "Version " + next + ": " + code.toLowerCase().replace('_', ' '),
                    "zh", "第" + next + "版说明：" + code));
        }
        as(ADMIN).body(body("version", next, "factors", active.get("factors"), "bandMinimums",
                active.get("bandMinimums"), "reasonTexts", texts, "effectiveAt",
                Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/api/v1/score-models").then().statusCode(201);
        return next;
    }

    /** Waits until the read model has projected the block of {@code txId} (the reports read it). */
    static void caughtUp(ReadModel readModel, String txId) {
        long block = ((Number) as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                .extract().path("blockNumber")).longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(readModel.lagBlocks() == 0 && readModel.position()
                .map(p -> Long.parseLong(p.substring(0, p.indexOf(':'))) >= block).orElse(false))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the read model did not catch up with block " + block);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
