package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.demo.DemoCommunity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Named attesters and the approval of contributions (issue 16, API.md): a community worker's day through the API,
 * the refusals of awards naming an attester they may not, idempotency of pending awards, and the events.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class AttestationEndpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LedgerPort ledger;

    @Inject
    MovableClock clock;

    @TestHTTPResource("/api/v1/events")
    URI events;

    static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS);
    }

    static Map<String, Object> award(String contributionId, String residentId, String activityType, long quantity,
                                     Instant at, String attesterId) {
        Map<String, Object> request = Api.contribution(contributionId, residentId, activityType, quantity, at);
        if (attesterId != null) {
            request.put("attesterId", attesterId);
        }
        return request;
    }

    static String registerAttester(Long dailyLimit) {
        String attesterId = unique("grid");
        Map<String, Object> request = body("attesterId", attesterId, "kind", "GRID_WORKER");
        if (dailyLimit != null) {
            request.put("dailyLimitPoints", dailyLimit);
        }
        as(ADMIN).body(request).post("/api/v1/attesters").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("communityId", equalTo("demo"));
        return attesterId;
    }

    /** Defines an activity type of 10 points an hour, 40 a day, that requires approval; returns its id. */
    static String approvalType() {
        String type = unique("care");
        as(ADMIN).body(body("activityType", type, "category", "COMMUNITY_AFFAIRS", "pointsPerUnit", 10, "unit", "HOUR",
                "dailyCapPoints", 40, "creditWeight", 100, "requiresApproval", true)).post("/api/v1/activity-types")
                .then().statusCode(201).body("requiresApproval", equalTo(true));
        return type;
    }

    static JsonPath history(String residentId) {
        return as(AUDITOR).get("/api/v1/residents/" + residentId + "/history").then().statusCode(200).extract()
                .jsonPath();
    }

    static void policy(Object... extra) {
        Map<String, Object> request = body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30);
        request.putAll(body(extra));
        as(ADMIN).body(request).put("/api/v1/policy").then().statusCode(200);
    }

    /** The event the transaction set: its type and payload. */
    static JsonNode event(String txId, String type) {
        JsonPath tx = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract().jsonPath();
        assertEquals(type, tx.getString("events[0].type"));
        try {
            return JSON.readTree(tx.getString("events[0].payload"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class Attesters {
        @Test
        void registers_idempotently_and_refuses_another_body_as_ID_CONFLICT() {
            String attesterId = registerAttester(30L);
            as(ADMIN).body(body("attesterId", attesterId, "kind", "GRID_WORKER", "dailyLimitPoints", 30))
                    .post("/api/v1/attesters").then().statusCode(200).body("dailyLimitPoints", equalTo(30));
            refused(ledger, 409, "ID_CONFLICT", () -> as(ADMIN).body(body("attesterId", attesterId, "kind",
                    "SERVICE_TEAM")).post("/api/v1/attesters"));
            as(COORDINATOR).get("/api/v1/attesters").then().statusCode(200)
                    .body("attesterId", hasItem(attesterId)).body("attesterId", hasItem(DemoCommunity.ATTESTER));
            as(AUDITOR).get("/api/v1/attesters?communityId=demo").then().statusCode(200)
                    .body("attesterId", hasItem(attesterId));
        }

        @Test
        void an_award_naming_an_unknown_or_suspended_attester_is_refused_and_writes_nothing() {
            String residentId = Api.enrol();
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
            List<Object> before = history(residentId).getList("items");
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).body(award(unique("c"), residentId, "volunteer-hour", 1,
                    anHourAgo(), unique("nobody"))).post("/api/v1/contributions"))
                    .body("detail", equalTo("no such attester"));
            String suspended = registerAttester(null);
            as(ADMIN).body(body("status", "SUSPENDED", "reason", "left the grid"))
                    .post("/api/v1/attesters/" + suspended + "/status").then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("left the grid"));
            refused(ledger, 422, "INVALID_STATE", () -> as(APP).body(award(unique("c"), residentId, "volunteer-hour", 1,
                    anHourAgo(), suspended)).post("/api/v1/contributions"));
            assertEquals(10, Api.balance(residentId));
            assertEquals(before, history(residentId).getList("items"));
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("status", "ACTIVE", "reason", "x"))
                    .post("/api/v1/attesters/" + unique("nobody") + "/status"));
        }

        @Test
        void an_award_names_its_attester_in_the_answer_history_reversal_and_event() {
            String residentId = Api.enrol();
            String id = unique("c");
            Instant at = anHourAgo().truncatedTo(ChronoUnit.MILLIS);
            var awarded = as(APP).body(award(id, residentId, "volunteer-hour", 2, at, DemoCommunity.ATTESTER))
                    .post("/api/v1/contributions").then().statusCode(201).body("attesterId",
                            equalTo(DemoCommunity.ATTESTER)).body("status", equalTo("AWARDED")).extract();
            assertEquals(DemoCommunity.ATTESTER, history(residentId).getString("items[0].attesterId"));
            JsonNode paid = event(awarded.path("txId"), "PointsAwarded");
            assertEquals(DemoCommunity.ATTESTER, paid.path("attesterId").asText());
            assertEquals("demo-app", paid.path("appId").asText());
            assertEquals("VOLUNTEER_SERVICE", paid.path("category").asText());
            assertEquals(at, Instant.parse(paid.path("occurredAt").asText()));
            assertEquals(80, paid.path("dailyCapPoints").asLong());
            assertEquals(20, paid.path("points").asLong());
            assertFalse(paid.has("approvedBy"));
            assertFalse(paid.has("expiredPoints"));
            String reversalTx = as(ADMIN).body(body("reason", "wrong person")).post("/api/v1/contributions/" + id
                    + "/reversal").then().statusCode(200).body("attesterId", equalTo(DemoCommunity.ATTESTER))
                    .extract().path("txId");
            JsonNode reversed = event(reversalTx, "ContributionReversed");
            assertEquals("demo-admin", reversed.path("reversedBy").asText());
            assertEquals(0, reversed.path("unrecoveredPoints").asLong());
            assertEquals(DemoCommunity.ATTESTER, reversed.path("attesterId").asText());
            assertEquals("demo-app", reversed.path("appId").asText());
            assertEquals("VOLUNTEER_SERVICE", reversed.path("category").asText());
        }

        @Test
        void an_attesters_daily_limit_holds_across_residents() {
            String attesterId = registerAttester(30L);
            String first = Api.enrol();
            String second = Api.enrol();
            as(APP).body(award(unique("c"), first, "volunteer-hour", 2, anHourAgo(), attesterId))
                    .post("/api/v1/contributions").then().statusCode(201);
            refused(ledger, 422, "DAILY_CAP_EXCEEDED", () -> as(APP).body(award(unique("c"), second, "volunteer-hour",
                    2, anHourAgo(), attesterId)).post("/api/v1/contributions"))
                    .body("detail", containsString("daily limit is 30"));
            assertEquals(0, Api.balance(second));
            assertEquals(List.of(), history(second).getList("items"));
            as(APP).body(award(unique("c"), second, "volunteer-hour", 1, anHourAgo(), attesterId))
                    .post("/api/v1/contributions").then().statusCode(201);
        }

        @Test
        void a_community_that_requires_attesters_refuses_an_award_without_one() {
            String residentId = Api.enrol();
            policy("attesterRequired", true);
            try {
                refused(ledger, 400, "VALIDATION_FAILED", () -> Api.award(residentId, "volunteer-hour", 1))
                        .body("detail", equalTo("attesterId is required in this community"));
                as(APP).body(award(unique("c"), residentId, "volunteer-hour", 1, anHourAgo(), DemoCommunity.ATTESTER))
                        .post("/api/v1/contributions").then().statusCode(201);
            } finally {
                policy("attesterRequired", false);
            }
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
        }
    }

    @Nested
    class Approval {
        @Test
        void a_community_workers_day() {
            String attesterId = registerAttester(null);
            String type = approvalType();
            String residentId = Api.enrol();
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);

            String first = unique("c");
            var pending = as(APP).body(award(first, residentId, type, 2, anHourAgo(), attesterId))
                    .post("/api/v1/contributions").then().statusCode(201).body("status", equalTo("PENDING"))
                    .body("points", equalTo(20)).body("balance", equalTo(10)).body("expiresAt", notNullValue())
                    .body("attesterId", equalTo(attesterId)).extract();
            Instant recorded = Instant.parse(as(AUDITOR).get("/api/v1/audit/transactions/" + pending.path("txId"))
                    .then().extract().path("time"));
            assertEquals(Duration.ofDays(14), Duration.between(recorded, Instant.parse(pending.path("expiresAt"))),
                    "the default pendingExpiryDays");
            String second = unique("c");
            as(APP).body(award(second, residentId, type, 1, anHourAgo(), null)).post("/api/v1/contributions")
                    .then().statusCode(201).body("status", equalTo("PENDING"));
            assertEquals(10, Api.balance(residentId), "pending awards pay nothing");
            JsonPath history = history(residentId);
            assertEquals(List.of("AWARD", "PENDING", "PENDING"), history.getList("items.type"));
            assertEquals(20, history.getInt("items[1].points"));
            as(COORDINATOR).get("/api/v1/contributions/pending").then().statusCode(200)
                    .body("contributionId", hasItem(first)).body("contributionId", hasItem(second))
                    .body("find { it.contributionId == '" + first + "' }.expired", equalTo(false))
                    .body("find { it.contributionId == '" + first + "' }.appId", equalTo("demo-app"));
            refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(body("reason", "x"))
                    .post("/api/v1/contributions/" + first + "/reversal"));

            // the coordinator approves the first: paid now, with the approver
            refused(ledger, 403, "FORBIDDEN", () -> as(APP).body(body()).post("/api/v1/contributions/" + first
                    + "/approval"));
            var approved = as(COORDINATOR).body(body()).post("/api/v1/contributions/" + first + "/approval").then()
                    .statusCode(200).body("status", equalTo("AWARDED")).body("approvedBy", equalTo("demo-coordinator"))
                    .body("points", equalTo(20)).body("balance", equalTo(30)).extract();
            assertEquals(30, Api.balance(residentId));
            JsonNode paid = event(approved.path("txId"), "PointsAwarded");
            assertEquals("demo-coordinator", paid.path("approvedBy").asText());
            assertEquals(attesterId, paid.path("attesterId").asText());
            assertEquals(40, paid.path("dailyCapPoints").asLong());
            refused(ledger, 422, "INVALID_STATE", () -> as(COORDINATOR).body(body())
                    .post("/api/v1/contributions/" + first + "/approval"));

            // and rejects the second, saying why
            var rejected = as(COORDINATOR).body(body("reason", "no sign-in sheet"))
                    .post("/api/v1/contributions/" + second + "/rejection").then().statusCode(200)
                    .body("status", equalTo("REJECTED")).body("reason", equalTo("no sign-in sheet"))
                    .body("rejectedBy", equalTo("demo-coordinator")).extract();
            JsonNode rejection = event(rejected.path("txId"), "ContributionRejected");
            assertEquals("demo-coordinator", rejection.path("rejectedBy").asText());
            assertEquals(10, rejection.path("points").asLong());
            refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(body())
                    .post("/api/v1/contributions/" + second + "/approval"));
            assertEquals(30, Api.balance(residentId));
            assertEquals(List.of("AWARD", "PENDING", "PENDING", "AWARD", "REJECTION"),
                    history(residentId).getList("items.type"));
            as(COORDINATOR).get("/api/v1/contributions/pending").then().statusCode(200)
                    .body("contributionId", not(hasItem(first))).body("contributionId", not(hasItem(second)));
            as(AUDITOR).get("/api/v1/audit/reconciliation").then().statusCode(200).body("ok", equalTo(true));
        }

        @Test
        void a_pending_award_is_idempotent_and_announced() {
            String type = approvalType();
            String residentId = Api.enrol();
            String id = unique("c");
            Map<String, Object> request = award(id, residentId, type, 1, anHourAgo(), DemoCommunity.ATTESTER);
            var created = as(APP).body(request).post("/api/v1/contributions").then().statusCode(201).extract();
            as(APP).body(request).post("/api/v1/contributions").then().statusCode(200)
                    .body("txId", equalTo(created.path("txId"))).body("status", equalTo("PENDING"))
                    .body("expiresAt", equalTo(created.path("expiresAt")))
                    .body("blockNumber", equalTo(created.path("blockNumber")));
            Map<String, Object> other = award(id, residentId, type, 2, Instant.parse((String) request.get("occurredAt")),
                    DemoCommunity.ATTESTER);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP).body(other).post("/api/v1/contributions"));
            Map<String, Object> noAttester = award(id, residentId, type, 1,
                    Instant.parse((String) request.get("occurredAt")), null);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP).body(noAttester).post("/api/v1/contributions"));
            JsonNode announced = event(created.path("txId"), "ContributionPending");
            assertEquals(id, announced.path("contributionId").asText());
            assertEquals(residentId, announced.path("residentId").asText());
            assertEquals("demo", announced.path("communityId").asText());
            assertEquals(type, announced.path("activityType").asText());
            assertEquals("COMMUNITY_AFFAIRS", announced.path("category").asText());
            assertEquals(10, announced.path("points").asLong());
            assertEquals("demo-app", announced.path("appId").asText());
            assertEquals(DemoCommunity.ATTESTER, announced.path("attesterId").asText());
            assertEquals(created.path("expiresAt").toString(), announced.path("expiresAt").asText());
            assertEquals(0, Api.balance(residentId));
            // in a batch, such an item is PENDING too, and again on a replay
            Map<String, Object> batch = body("items", List.of(award(unique("c"), residentId, type, 1, anHourAgo(),
                    null)));
            for (int i = 0; i < 2; i++) {
                as(APP).body(batch).post("/api/v1/contributions/batch").then().statusCode(200)
                        .body("results[0].status", equalTo("PENDING")).body("results[0].points", equalTo(10));
            }
            assertEquals(0, Api.balance(residentId));
        }

        @Test
        void a_pending_contribution_past_its_approval_period_is_APPROVAL_EXPIRED() {
            assumeTrue(ledger instanceof EmbeddedLedger, "a Fabric client stamps its proposals with the real time; "
                    + "the chaincode's AttestationContractTest covers expiry on the chaincode both ledgers run");
            String type = approvalType();
            String residentId = Api.enrol();
            String id = unique("c");
            policy("pendingExpiryDays", 1);
            try {
                // recorded with the ledger's clock two days back, its one day of approval is over
                clock.shifted(Duration.ofDays(-2), () -> as(APP)
                        .body(award(id, residentId, type, 1, Instant.now().minus(Duration.ofDays(2)), null))
                        .post("/api/v1/contributions").then().statusCode(201).body("status", equalTo("PENDING")));
            } finally {
                policy("pendingExpiryDays", 14);
            }
            as(COORDINATOR).get("/api/v1/contributions/pending").then().statusCode(200)
                    .body("find { it.contributionId == '" + id + "' }.expired", equalTo(true));
            refused(ledger, 422, "APPROVAL_EXPIRED", () -> as(COORDINATOR).body(body())
                    .post("/api/v1/contributions/" + id + "/approval"));
            refused(ledger, 422, "APPROVAL_EXPIRED", () -> as(ADMIN).body(body("reason", "late"))
                    .post("/api/v1/contributions/" + id + "/rejection"));
            assertEquals(0, Api.balance(residentId));
        }

        @Test
        void a_coordinator_streams_its_communitys_pending_approved_and_rejected_contributions() throws Exception {
            String type = approvalType();
            String residentId = Api.enrol();
            String approvedId = unique("c");
            String rejectedId = unique("c");
            try (SseClient stream = SseClient.connect(events, COORDINATOR, null)) {
                registerAttester(null); // AttesterRegistered is seen on its transaction only
                String pendingTx = as(APP).body(award(approvedId, residentId, type, 1, anHourAgo(),
                        DemoCommunity.ATTESTER)).post("/api/v1/contributions").then().statusCode(201).extract()
                        .path("txId");
                as(APP).body(award(rejectedId, residentId, type, 1, anHourAgo(), null)).post("/api/v1/contributions")
                        .then().statusCode(201);
                String approvalTx = as(COORDINATOR).body(body()).post("/api/v1/contributions/" + approvedId
                        + "/approval").then().statusCode(200).extract().path("txId");
                String rejectionTx = as(COORDINATOR).body(body("reason", "duplicate"))
                        .post("/api/v1/contributions/" + rejectedId + "/rejection").then().statusCode(200).extract()
                        .path("txId");

                List<SseClient.Event> seen = stream.untilTx(rejectionTx);

                seen.forEach(e -> assertEquals("demo", e.data().path("payload").path("communityId").asText(),
                        "coordinator saw " + e));
                assertFalse(seen.stream().anyMatch(e -> e.name().startsWith("Attester")), seen.toString());
                List<SseClient.Event> ours = seen.stream().filter(e -> residentId.equals(e.data().path("payload")
                        .path("residentId").asText())).toList();
                assertEquals(List.of("ContributionPending", "ContributionPending", "PointsAwarded",
                        "ContributionRejected"), ours.stream().map(SseClient.Event::name).toList());
                assertEquals(pendingTx, ours.get(0).txId());
                assertEquals(DemoCommunity.ATTESTER, ours.get(0).data().path("payload").path("attesterId").asText());
                assertEquals(approvalTx, ours.get(2).txId());
                assertEquals("demo-coordinator", ours.get(2).data().path("payload").path("approvedBy").asText());
                assertEquals("demo-coordinator", ours.get(3).data().path("payload").path("rejectedBy").asText());
            }
        }

        @Test
        void the_approval_roles_are_the_communitys_admin_and_coordinator() {
            String type = approvalType();
            String residentId = Api.enrol();
            String id = unique("c");
            as(APP).body(award(id, residentId, type, 1, anHourAgo(), null)).post("/api/v1/contributions").then()
                    .statusCode(201);
            for (String token : List.of(APP, AUDITOR, Api.MERCHANT, Api.BANK)) {
                refused(ledger, 403, "FORBIDDEN", () -> as(token).body(body()).post("/api/v1/contributions/" + id
                        + "/approval"));
                refused(ledger, 403, "FORBIDDEN", () -> as(token).body(body("reason", "x"))
                        .post("/api/v1/contributions/" + id + "/rejection"));
            }
            refused(ledger, 404, "NOT_FOUND", () -> as(COORDINATOR).body(body())
                    .post("/api/v1/contributions/" + unique("c") + "/approval"));
            as(ADMIN).body(body()).post("/api/v1/contributions/" + id + "/approval").then().statusCode(200)
                    .body("approvedBy", equalTo("demo-admin"));
            Response list = as(AUDITOR).get("/api/v1/contributions/pending?communityId=demo");
            list.then().statusCode(200);
            assertTrue(list.jsonPath().getList("contributionId").stream().noneMatch(id::equals));
        }
    }
}
