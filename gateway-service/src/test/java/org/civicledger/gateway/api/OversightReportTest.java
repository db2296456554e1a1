package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.problem;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.readmodel.ReadModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A supervisor's review through the API (issue 16, "Done when"): the credit checks one bank made in a period with
 * purpose and consent, awards by app and by attester, a reversal by who decided it, an overdue dispute, and an
 * anomaly traced to exactly its transactions; who may read these reports. Every report is read once the read model
 * has projected the last write. Other tests write to the demo community too, so counts are compared before and
 * after, or over ids this test made alone.
 *
 * <p>Fields that the chaincode puts in its events since issue 16 (PointsAwarded's appId and attesterId,
 * ContributionReversed's reversedBy, CreditChecked's consentId and band, DisputeFiled's dueBy, DisputeResolved's
 * resolvedBy) are required: each test first checks that the ledger's events carry them ({@link #eventCarries}).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class OversightReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTS = "/api/v1/reports/";
    private static final List<String> ENDPOINTS = List.of("oversight/credit-checks", "oversight/awards",
            "oversight/decisions", "anomalies");

    @Inject
    LedgerPort ledger;

    @Inject
    ReadModel readModel;

    @Inject
    MovableClock clock;

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    }

    private void caughtUp(String txId) {
        caughtUp(readModel, txId);
    }

    /** Waits until the read model has projected the block of {@code txId} and lags no block behind the ledger. */
    static void caughtUp(ReadModel readModel, String txId) {
        long block = ((Number) as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                .extract().path("blockNumber")).longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(readModel.lagBlocks() == 0 && readModel.position()
                .map(p -> Long.parseLong(p.substring(0, p.indexOf(':'))) >= block).orElse(false))) {
            assertTrue(Instant.now().isBefore(deadline), "the read model did not catch up with block " + block);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** @return whether the chaincode event of {@code txId} carries {@code field} (newer chaincode adds fields) */
    static boolean eventCarries(String txId, String field) {
        String payload = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract()
                .path("events[0].payload");
        try {
            return payload != null && JSON.readTree(payload).has(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode report(String token, String path) {
        String answer = as(token).get(REPORTS + path).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText(null))) {
                return row;
            }
        }
        return null;
    }

    private static long count(JsonNode row, String field) {
        return row == null ? 0 : row.path(field).asLong();
    }

    @Nested
    class Access {
        @Test
        void every_role_but_auditor_and_admin_is_refused_403_before_anything_is_read() {
            for (String endpoint : ENDPOINTS) {
                for (String token : List.of(APP, MERCHANT, BANK, COORDINATOR)) {
                    problem(as(token).get(REPORTS + endpoint + "?communityId=demo"), 403, "FORBIDDEN");
                    problem(as(token).get(REPORTS + endpoint + "?from=bad"), 403, "FORBIDDEN");
                }
                problem(io.restassured.RestAssured.given().get(REPORTS + endpoint), 401, "UNAUTHENTICATED");
            }
        }

        @Test
        void an_admin_reads_its_own_community_by_default_and_is_refused_another() {
            for (String endpoint : ENDPOINTS) {
                as(ADMIN).get(REPORTS + endpoint).then().statusCode(200).body("communityId", equalTo("demo"));
                as(ADMIN).get(REPORTS + endpoint + "?communityId=demo").then().statusCode(200);
                problem(as(ADMIN).get(REPORTS + endpoint + "?communityId=north"), 403, "FORBIDDEN");
            }
        }

        @Test
        void an_auditor_reads_any_community_or_all_of_them() {
            for (String endpoint : ENDPOINTS) {
                as(AUDITOR).get(REPORTS + endpoint + "?communityId=north").then().statusCode(200)
                        .body("communityId", equalTo("north"));
                JsonNode all = report(AUDITOR, endpoint);
                assertFalse(all.has("communityId"), all.toString());
                assertNotNull(all.path("asOf").get("lagBlocks"), all.toString());
            }
        }
    }

    @Nested
    class CreditChecks {
        @Test
        void a_supervisor_lists_the_checks_one_bank_made_in_a_period_with_purpose_and_consent() {
            String productId = Api.publishProduct(false);
            List<String> checks = new ArrayList<>();
            List<String> consents = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String residentId = Api.enrol();
                consents.add(Api.grantConsent(residentId, "loan"));
                checks.add(Api.creditCheck(residentId, productId, "loan").then().statusCode(200).extract()
                        .path("txId"));
            }
            caughtUp(checks.get(2));

            List<JsonNode> listed = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = report(AUDITOR, "oversight/credit-checks?bankId=demo-bank&from=" + today() + "&to="
                        + tomorrow() + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
                assertEquals("demo-bank", page.path("bankId").asText());
                assertTrue(page.path("items").size() <= 2);
                page.path("items").forEach(listed::add);
                cursor = page.path("nextCursor").asText(null);
                pages++;
            } while (cursor != null && pages < 1000);
            List<String> mine = new ArrayList<>();
            for (JsonNode item : listed) {
                assertEquals("demo-bank", item.path("bankId").asText());
                if (checks.contains(item.path("txId").asText())) {
                    mine.add(item.path("txId").asText());
                    assertEquals("loan", item.path("purpose").asText());
                    assertEquals(productId, item.path("productId").asText());
                    assertEquals("demo", item.path("communityId").asText());
                }
            }
            assertEquals(checks, mine, "every check, once, oldest first");
            for (int i = 1; i < listed.size(); i++) {
                assertFalse(Instant.parse(listed.get(i).path("at").asText())
                        .isBefore(Instant.parse(listed.get(i - 1).path("at").asText())), "oldest first");
            }
            assertTrue(eventCarries(checks.get(0), "consentId"), "checks name their consent (CreditChecked.consentId)");
            for (int i = 0; i < 3; i++) {
                JsonNode item = row(new ObjectMapper().valueToTree(listed), "txId", checks.get(i));
                assertEquals(consents.get(i), item.path("consentId").asText(), item.toString());
                assertTrue(item.has("band") && item.has("eligible"), item.toString());
            }
            JsonNode otherBank = report(AUDITOR, "oversight/credit-checks?bankId=other-bank&from=" + today());
            assertEquals(0, otherBank.path("items").size());
        }
    }

    @Nested
    class Awards {
        @Test
        void counts_the_awards_of_the_app_and_of_an_attester_and_their_reversals() {
            String before = Api.awarded(Api.enrol(), "volunteer-hour", 1);
            assertTrue(eventCarries(before, "appId"), "awards name their app (attest's PointsAwarded.appId)");
            caughtUp(before);
            String period = "?from=" + today() + "&to=" + tomorrow();
            JsonNode app0 = row(report(ADMIN, "oversight/awards" + period).path("byApp"), "id", "demo-app");

            String attesterId = registerAttester();
            String first = Api.enrol();
            String second = Api.enrol();
            String reversedContribution = unique("c");
            awardAs(reversedContribution, first, "volunteer-hour", 2, attesterId);
            awardAs(unique("c"), first, "safety-patrol", 1, attesterId);
            awardAs(unique("c"), second, "volunteer-hour", 1, null);
            String reversal = as(ADMIN).body(body("reason", "recorded twice"))
                    .post("/api/v1/contributions/" + reversedContribution + "/reversal").then().statusCode(200)
                    .extract().path("txId");
            caughtUp(reversal);

            JsonNode report = report(ADMIN, "oversight/awards" + period);
            JsonNode app = row(report.path("byApp"), "id", "demo-app");
            assertEquals(3, count(app, "awards") - count(app0, "awards"));
            assertEquals(50, count(app, "points") - count(app0, "points"));
            assertEquals(2, count(app, "residents") - count(app0, "residents"), "two residents awarded first now");
            assertEquals(1, count(app, "reversals") - count(app0, "reversals"));
            JsonNode attester = row(report.path("byAttester"), "id", attesterId);
            assertNotNull(attester, report.toString());
            assertEquals(List.of(2L, 40L, 1L, 1L, 20L), List.of(count(attester, "awards"), count(attester, "points"),
                    count(attester, "residents"), count(attester, "reversals"), count(attester, "reversedPoints")));
        }
    }

    @Nested
    class Approvals {
        @Test
        void counts_pending_contributions_and_the_coordinators_approvals_and_rejections() {
            String type = unique("care");
            as(ADMIN).body(body("activityType", type, "category", "VOLUNTEER_SERVICE", "pointsPerUnit", 10,
                    "unit", "HOUR", "dailyCapPoints", 100, "creditWeight", 100, "requiresApproval", true))
                    .post("/api/v1/activity-types").then().statusCode(201);
            String period = "?from=" + today() + "&to=" + tomorrow();
            String marker = Api.awarded(Api.enrol(), "volunteer-hour", 1);
            caughtUp(marker);
            JsonNode before = report(ADMIN, "oversight/awards" + period);

            List<String> pending = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String contributionId = unique("c");
                as(APP).body(Api.contribution(contributionId, Api.enrol(), type, 2, clock.instant()))
                        .post("/api/v1/contributions").then().statusCode(201).body("status", equalTo("PENDING"));
                pending.add(contributionId);
            }
            as(COORDINATOR).body(Map.of()).post("/api/v1/contributions/" + pending.get(0) + "/approval").then()
                    .statusCode(200);
            String rejection = as(COORDINATOR).body(body("reason", "no sign-in sheet"))
                    .post("/api/v1/contributions/" + pending.get(1) + "/rejection").then().statusCode(200).extract()
                    .path("txId");
            caughtUp(rejection);

            JsonNode after = report(ADMIN, "oversight/awards" + period);
            JsonNode recorded = row(after.path("pending"), "communityId", "demo");
            JsonNode recordedBefore = row(before.path("pending"), "communityId", "demo");
            assertEquals(3, count(recorded, "recorded") - count(recordedBefore, "recorded"));
            assertEquals(60, count(recorded, "points") - count(recordedBefore, "points"));
            assertEquals(1, count(recorded, "undecided") - count(recordedBefore, "undecided"));
            JsonNode decided = row(after.path("decisions"), "decidedBy", "demo-coordinator");
            JsonNode decidedBefore = row(before.path("decisions"), "decidedBy", "demo-coordinator");
            assertNotNull(decided, after.toString());
            assertEquals(1, count(decided, "approved") - count(decidedBefore, "approved"));
            assertEquals(20, count(decided, "approvedPoints") - count(decidedBefore, "approvedPoints"));
            assertEquals(1, count(decided, "rejected") - count(decidedBefore, "rejected"));
            JsonNode app = row(after.path("byApp"), "id", "demo-app");
            JsonNode appBefore = row(before.path("byApp"), "id", "demo-app");
            assertEquals(1, count(app, "awards") - count(appBefore, "awards"), "only the approval paid an award");
        }
    }

    @Nested
    class Decisions {
        @Test
        void a_reversal_is_counted_for_the_admin_who_decided_it() {
            String residentId = Api.enrol();
            String contributionId = unique("c");
            awardAs(contributionId, residentId, "safety-patrol", 1, null);
            String reversal = as(ADMIN).body(body("reason", "not on patrol"))
                    .post("/api/v1/contributions/" + contributionId + "/reversal").then().statusCode(200).extract()
                    .path("txId");
            assertTrue(eventCarries(reversal, "reversedBy"), "reversals name who decided (attest's reversedBy)");
            caughtUp(reversal);
            String period = "?from=" + today() + "&to=" + tomorrow();
            JsonNode before = row(report(AUDITOR, "oversight/decisions?communityId=demo&from=" + today())
                    .path("reversals"), "decidedBy", "demo-admin");
            String other = Api.enrol();
            String second = unique("c");
            awardAs(second, other, "volunteer-hour", 3, null);
            String again = as(ADMIN).body(body("reason", "no such hours"))
                    .post("/api/v1/contributions/" + second + "/reversal").then().statusCode(200).extract()
                    .path("txId");
            caughtUp(again);
            JsonNode after = row(report(AUDITOR, "oversight/decisions?communityId=demo" + period.replace('?', '&'))
                    .path("reversals"), "decidedBy", "demo-admin");
            assertEquals(1, count(after, "reversals") - count(before, "reversals"));
            assertEquals(30, count(after, "reversedPoints") - count(before, "reversedPoints"));
        }

        @Test
        void a_dispute_open_past_its_due_date_is_overdue_with_its_transaction_until_resolved() {
            assumeTrue(ledger instanceof EmbeddedLedger, "only the embedded ledger's time can be moved back");
            String residentId = Api.enrol();
            String[] filed = new String[2];
            clock.shifted(Duration.ofDays(-21), () -> {
                String award = awardAs(unique("c"), residentId, "volunteer-hour", 1, null);
                String disputeId = unique("d");
                filed[0] = disputeId;
                filed[1] = as(APP).body(body("disputeId", disputeId, "residentId", residentId, "targetTxId", award,
                        "reason", "not me")).post("/api/v1/disputes").then().statusCode(201).extract().path("txId");
            });
            assertTrue(eventCarries(filed[1], "dueBy"), "disputes carry their dueBy (categories' DisputeFiled)");
            caughtUp(filed[1]);
            String period = "?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(25) + "&to=" + tomorrow();
            JsonNode report = report(ADMIN, "oversight/decisions" + period);
            JsonNode overdue = row(report.path("overdue"), "disputeId", filed[0]);
            assertNotNull(overdue, report.toString());
            assertEquals(filed[1], overdue.path("txId").asText());
            assertEquals(residentId, overdue.path("residentId").asText());
            assertEquals(1, overdue.path("daysOverdue").asLong());
            assertTrue(report.path("overdueCount").asLong() >= 1);

            JsonNode resolvedBefore = row(report.path("disputes"), "resolvedBy", "demo-admin");
            String resolution = as(ADMIN).body(body("outcome", "REJECTED", "note", "checked the sign-in sheet"))
                    .post("/api/v1/disputes/" + filed[0] + "/resolution").then().statusCode(200).extract()
                    .path("txId");
            caughtUp(resolution);
            JsonNode after = report(ADMIN, "oversight/decisions" + period);
            assertEquals(null, row(after.path("overdue"), "disputeId", filed[0]), "no longer open");
            assertTrue(eventCarries(resolution, "resolvedBy"), "resolutions name who decided (DisputeResolved.resolvedBy)");
            JsonNode resolved = row(after.path("disputes"), "resolvedBy", "demo-admin");
            assertEquals(1, count(resolved, "rejected") - count(resolvedBefore, "rejected"));
            assertEquals(1, count(resolved, "late") - count(resolvedBefore, "late"));
        }
    }

    @Nested
    class Anomalies {
        /**
         * Five attesters of the demo community award today: four about 10 points per resident, one 185 (every
         * activity type's daily cap, to each of two residents). That one is far above its community's median (other
         * tests' attesters award no more than a cap a day either), and its finding lists exactly its awards.
         */
        @Test
        void an_attester_far_above_the_median_is_traced_to_exactly_its_awards() {
            List<String> usual = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String attesterId = registerAttester();
                usual.add(attesterId);
                for (int r = 0; r < 3; r++) {
                    awardAs(unique("c"), Api.enrol(), "volunteer-hour", 1, attesterId);
                }
            }
            String greedy = registerAttester();
            List<String> greedyAwards = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                String residentId = Api.enrol();
                greedyAwards.add(awardAs(unique("c"), residentId, "volunteer-hour", 8, greedy));
                greedyAwards.add(awardAs(unique("c"), residentId, "safety-patrol", 3, greedy));
                greedyAwards.add(awardAs(unique("c"), residentId, "anti-fraud-talk", 3, greedy));
            }
            assertTrue(eventCarries(greedyAwards.get(0), "attesterId"),
                    "awards name their attester (attest's PointsAwarded.attesterId)");
            caughtUp(greedyAwards.get(5));

            JsonNode report = report(AUDITOR, "anomalies?communityId=demo&from=" + today() + "&to=" + tomorrow());
            assertEquals(3, report.path("multiple").asInt(), "civic.reports.anomaly-multiple");
            JsonNode finding = null;
            for (JsonNode f : report.path("findings")) {
                if (f.path("kind").asText().equals("ATTESTER")) {
                    assertFalse(usual.contains(f.path("subjectId").asText()), f.toString());
                    if (f.path("subjectId").asText().equals(greedy)) {
                        finding = f;
                    }
                }
            }
            assertNotNull(finding, report.toString());
            assertEquals("demo", finding.path("communityId").asText());
            assertEquals(370, finding.path("points").asLong());
            assertEquals(2, finding.path("residents").asLong());
            assertEquals(185_000, finding.path("measurePerMille").asLong());
            assertTrue(finding.path("medianPerMille").asLong() * 3 < 185_000, finding.toString());
            assertEquals(6, finding.path("txCount").asLong());
            List<String> listed = new ArrayList<>();
            finding.path("txIds").forEach(id -> listed.add(id.asText()));
            assertEquals(greedyAwards, listed, "exactly its awards, oldest first");

            JsonNode strict = report(AUDITOR, "anomalies?communityId=demo&from=" + today() + "&to=" + tomorrow()
                    + "&multiple=100");
            for (JsonNode f : strict.path("findings")) {
                assertFalse(f.path("subjectId").asText().equals(greedy), "185 is not 100 times the median");
            }
        }
    }

    /** Registers a new attester of the demo community (ADMIN); returns its id. */
    private static String registerAttester() {
        String attesterId = unique("grid");
        as(ADMIN).body(body("attesterId", attesterId, "kind", "GRID_WORKER")).post("/api/v1/attesters").then()
                .statusCode(201);
        return attesterId;
    }

    /** Awards as the demo app, now by the ledger's clock, naming {@code attesterId} when not null; returns its txId. */
    private String awardAs(String contributionId, String residentId, String activityType, long quantity,
                                  String attesterId) {
        Map<String, Object> request = Api.contribution(contributionId, residentId, activityType, quantity,
                clock.instant());
        if (attesterId != null) {
            request.put("attesterId", attesterId);
        }
        Response answer = as(APP).body(request).post("/api/v1/contributions");
        return answer.then().statusCode(201).extract().path("txId");
    }
}
