package org.civicledger.gateway.ledger.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.api.ResponseContract;
import org.civicledger.gateway.api.TempDataDir;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * The REST answer to contention (issue 12, defect 4): a write whose every attempt lost to a concurrent
 * write to the same records is 429 {@code CONTENDED} with {@code Retry-After}, and nothing is written.
 * The race is made certain by holding the committer while a winning write commits first; the budget is
 * one attempt, so that one lost race spends it.
 */
@QuarkusTest
@TestProfile(ContendedAnswerTest.OneAttempt.class)
@QuarkusTestResource(TempDataDir.class)
class ContendedAnswerTest {

    /** One attempt in all per write. */
    public static class OneAttempt implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civic.ledger.max-attempts", "1");
        }
    }

    @Inject
    LedgerPort ledger;

    @Inject
    Callers callers;

    @Test
    void a_write_that_loses_past_the_budget_is_429_CONTENDED_with_Retry_After_and_writes_nothing() throws Exception {
        String residentId = as("demo-app-token").body(Map.of("externalRef", "contended-" + System.nanoTime()))
                .post("/api/v1/residents").then().statusCode(201).extract().path("residentId");
        Map<String, Object> losing = award("contended-c1", residentId);
        EmbeddedLedger embedded = (EmbeddedLedger) ledger;
        Committer committer = embedded.committer();
        LedgerIdentity app = callers.all().stream().filter(c -> c.name().equals("demo-app")).findFirst()
                .orElseThrow().identity();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> answer;
            synchronized (committer) { // nothing commits but what this thread commits
                long ordered = committer.ordered();
                answer = pool.submit(() -> as("demo-app-token").body(losing).post("/api/v1/contributions"));
                while (committer.ordered() == ordered) {
                    Thread.sleep(1); // until the request's award has been simulated and handed to the committer
                }
                EmbeddedLedger.Simulation winner = embedded.simulate(app, "Points:award",
                        Json.mapper().writeValueAsString(award("contended-c2", residentId)));
                committer.commit(List.of(new Envelope(winner.transaction(),
                        app.sign(Json.bytes(winner.transaction())))));
            }
            answer.get(60, TimeUnit.SECONDS).then().statusCode(429)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", "1")
                    .body("code", equalTo("CONTENDED")).body("status", equalTo(429)).body("txId", notNullValue());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, available(residentId), "only the winning award is paid");
        // nothing was written for the contended request: sent again, it is a new award
        as("demo-app-token").body(losing).post("/api/v1/contributions").then().statusCode(201);
        assertEquals(40, available(residentId));
    }

    private static Map<String, Object> award(String contributionId, String residentId) {
        return Map.of("contributionId", contributionId, "residentId", residentId, "activityType", "safety-patrol",
                "quantity", 1, "occurredAt", Instant.now().toString());
    }

    private static long available(String residentId) {
        return ((Number) as("demo-auditor-token").get("/api/v1/residents/" + residentId + "/balance").then()
                .statusCode(200).extract().path("available")).longValue();
    }

    private static RequestSpecification as(String token) {
        return given().filter(ResponseContract.FILTER).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
