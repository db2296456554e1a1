package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.creditCheck;
import static org.civicledger.gateway.api.Api.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * Governed score models (API.md), as a scenario on either ledger: propose, evaluate, approve, not yet in effect,
 * effective, old checks unchanged. The proposed version copies the active one's weights and thresholds (only its
 * texts differ), so the other test classes sharing this app score exactly as before once it is in force.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class ScoreModelEndpointsTest {
    private static final boolean FABRIC = "fabric".equals(System.getProperty("civic.ledger.mode"));

    @Inject
    LedgerPort ledger;

    @Inject
    MovableClock clock;

    /** @return every version, as listed to {@code token} */
    static List<Map<String, Object>> versions(String token) {
        return as(token).get("/api/v1/score-models").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static long version(Map<String, Object> model) {
        return ((Number) model.get("version")).longValue();
    }

    /** @return the model in force now */
    static Map<String, Object> active() {
        return versions(MERCHANT).stream().filter(m -> "ACTIVE".equals(m.get("status"))).findFirst().orElseThrow();
    }

    /** The next version with {@code base}'s weights and thresholds, new texts, effective at {@code effectiveAt}. */
    static Map<String, Object> proposal(Map<String, Object> base, long version, Instant effectiveAt) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String code : List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE",
                "RECENT_REVERSALS")) {
            texts.put(code, Map.of("en", "Version " + version + ": " + code.toLowerCase().replace('_', ' '),
                    "zh", "第" + version + "版说明：" + code));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", version);
        p.put("factors", base.get("factors"));
        p.put("bandMinimums", base.get("bandMinimums"));
        p.put("reasonTexts", texts);
        p.put("effectiveAt", effectiveAt.toString());
        return p;
    }

    private static long checkVersion(String residentId, String productId) {
        return ((Number) creditCheck(residentId, productId, "loan").then().statusCode(200).extract()
                .path("modelVersion")).longValue();
    }

    @Test
    void a_model_change_is_proposed_evaluated_approved_by_two_organisations_and_takes_effect_at_its_time()
            throws InterruptedException {
        Map<String, Object> base = active();
        long next = versions(MERCHANT).stream().mapToLong(ScoreModelEndpointsTest::version).max().orElseThrow() + 1;
        String residentId = Api.enrol();
        Api.awarded(residentId, "safety-patrol", 1);
        String productId = Api.publishProduct(false);
        Api.grantConsent(residentId, "loan");
        String oldCheckTx = creditCheck(residentId, productId, "loan").then().statusCode(200)
                .body("modelVersion", equalTo((int) version(base))).extract().path("txId");

        // on Fabric time cannot move: a minute ahead leaves room for the evaluation and the approval, then we wait
        Instant effectiveAt = Instant.now().plus(FABRIC ? Duration.ofSeconds(60) : Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> proposal = proposal(base, next, effectiveAt);
        as(ADMIN).body(proposal).post("/api/v1/score-models").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("version", equalTo((int) next))
                .body("communityId", equalTo("demo")).body("proposerMspId", equalTo("CommunityMSP"));
        as(ADMIN).body(proposal).post("/api/v1/score-models").then().statusCode(200)
                .body("status", equalTo("PROPOSED"));

        // evaluation: same weights and thresholds, so nobody moves; the community's pages added up (on Fabric the
        // first few only, so the approval comes before effectiveAt)
        int residents = 0;
        String cursor = null;
        for (int page = 0; page < (FABRIC ? 3 : 100); page++) {
            var spec = as(ADMIN).queryParam("communityId", "demo");
            JsonPath evaluation = (cursor == null ? spec : spec.queryParam("cursor", cursor))
                    .get("/api/v1/score-models/" + next + "/evaluation").then().statusCode(200)
                    .body("version", equalTo((int) next)).extract().jsonPath();
            assertEquals(evaluation.getMap("before"), evaluation.getMap("after"));
            for (String band : List.of("A", "B", "C", "D")) {
                assertEquals(evaluation.getInt("before." + band), evaluation.getInt("moved." + band + "." + band));
            }
            residents += evaluation.getInt("residents");
            cursor = evaluation.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertTrue(residents >= 1, "the community's residents were evaluated: " + residents);

        refused(ledger, 403, "FORBIDDEN", () -> as(ADMIN).body(Map.of())
                .post("/api/v1/score-models/" + next + "/approval"));
        as(AUDITOR).body(Map.of()).post("/api/v1/score-models/" + next + "/approval").then().statusCode(201)
                .body("status", equalTo("SCHEDULED")).body("approverMspId", equalTo("AuditMSP"));
        assertEquals(version(base), checkVersion(residentId, productId), "approved, not yet in effect");

        if (FABRIC) {
            Instant deadline = effectiveAt.plus(Duration.ofSeconds(60));
            while (!"ACTIVE".equals(as(BANK).get("/api/v1/score-models/" + next).then().statusCode(200)
                    .extract().path("status")) && Instant.now().isBefore(deadline)) {
                Thread.sleep(1_000);
            }
            assertEquals(next, checkVersion(residentId, productId), "in effect from its time on");
        } else {
            clock.shifted(Duration.ofHours(2), () -> {
                as(BANK).get("/api/v1/score-models/" + next).then().statusCode(200).body("status", equalTo("ACTIVE"));
                assertEquals(next, checkVersion(residentId, productId), "in effect from its time on");
            });
        }
        List<Map<String, Object>> log = as(AUDITOR).get("/api/v1/residents/" + residentId + "/credit-checks").then()
                .statusCode(200).body("txId", hasItem(oldCheckTx)).extract().jsonPath().getList("$");
        Map<String, Object> old = log.stream().filter(c -> oldCheckTx.equals(c.get("txId"))).findFirst().orElseThrow();
        assertEquals(version(base), ((Number) ((Map<?, ?>) old.get("score")).get("modelVersion")).longValue(),
                "an earlier check keeps the version it used");
    }

    @Test
    void anyone_reads_the_models_with_everything_needed_to_recompute_a_score() {
        for (String token : List.of(ADMIN, APP, MERCHANT, BANK, AUDITOR)) {
            as(token).get("/api/v1/score-models").then().statusCode(200).body("version", hasItem(1));
        }
        as(BANK).get("/api/v1/score-models/1").then().statusCode(200).body("version", equalTo(1))
                .body("factors.CONTRIBUTION_VOLUME.maxPoints", equalTo(400))
                .body("factors.CONTRIBUTION_VOLUME.target", equalTo(120_000))
                .body("bandMinimums.A", equalTo(750)).body("reasonTexts.SHORT_TENURE.zh", equalTo("加入社区积分的时间还不长。"));
    }

    @Test
    void the_public_reads_the_models_without_a_token_and_nothing_else_about_them() {
        String listed = io.restassured.RestAssured.given().get("/api/v1/score-models").then().statusCode(200)
                .extract().asString();
        assertEquals(as(AUDITOR).get("/api/v1/score-models").then().statusCode(200).extract().asString(), listed);
        io.restassured.RestAssured.given().get("/api/v1/score-models/1").then().statusCode(200)
                .body("version", equalTo(1)).body("reasonTexts.SHORT_TENURE.en",
                        equalTo("The resident has been enrolled in the community for a short time."));
        // a token sent with a public read is ignored, even an unknown one
        io.restassured.RestAssured.given().header("Authorization", "Bearer not-a-known-token")
                .get("/api/v1/score-models/1").then().statusCode(200).body("version", equalTo(1));
        // only the two reads are public: evaluation, proposal and approval still need a token
        io.restassured.RestAssured.given().get("/api/v1/score-models/1/evaluation?communityId=demo").then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .post("/api/v1/score-models/1/approval").then().statusCode(401);
        io.restassured.RestAssured.given().get("/api/v1/score-models/1%2Fevaluation").then().statusCode(401);
    }

    @Test
    void bad_proposals_are_refused_and_write_nothing() {
        Map<String, Object> base = active();
        long next = versions(MERCHANT).stream().mapToLong(ScoreModelEndpointsTest::version).max().orElseThrow() + 1;
        Map<String, Object> p = proposal(base, next, Instant.now().plus(Duration.ofDays(1)));
        Map<String, Object> bands = new LinkedHashMap<>(Map.of("A", 500, "B", 600, "C", 300));
        p.put("bandMinimums", bands);
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(p).post("/api/v1/score-models"));
        Map<String, Object> wrongVersion = proposal(base, next + 5, Instant.now().plus(Duration.ofDays(1)));
        refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(wrongVersion).post("/api/v1/score-models"));
        refused(ledger, 403, "FORBIDDEN", () -> as(BANK).body(proposal(base, next, Instant.now().plus(Duration
                .ofDays(1)))).post("/api/v1/score-models"));
        refused(ledger, 404, "NOT_FOUND", () -> as(AUDITOR).body(Map.of())
                .post("/api/v1/score-models/999999/approval"));
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/score-models/two"));
    }
}
