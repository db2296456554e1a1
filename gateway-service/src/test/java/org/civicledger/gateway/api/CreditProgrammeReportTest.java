package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.civicledger.gateway.readmodel.ReadModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The credit programme's figures through the API (issue 17): who reads what, and the figures following the ledger.
 * Other tests write to the demo community too, so figures are compared before and after this test's own writes.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class CreditProgrammeReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "/api/v1/reports/credit-programme";

    @Inject
    ReadModel readModel;

    /** This month and last (UTC): the months of the ledger's transactions made now. */
    private static String period() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        return "from=" + now.minusMonths(1) + "&to=" + now;
    }

    static JsonNode report(String token, String query) {
        String answer = as(token).get(REPORT + "?" + query).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void caughtUp(String txId) {
        OversightReportTest.caughtUp(readModel, txId);
    }

    static JsonNode community(JsonNode report, String communityId) {
        JsonNode row = row(report.path("communities"), "communityId", communityId);
        if (row == null) {
            throw new AssertionError("no community " + communityId + " in " + report);
        }
        return row;
    }

    /** @return the row of {@code rows} whose {@code field} is {@code value}, or null */
    static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        return null;
    }

    @Nested
    class Access {
        @Test
        void every_role_but_auditor_bank_and_admin_is_refused_403_before_its_parameters_are_read() {
            for (String token : List.of(APP, MERCHANT, COORDINATOR)) {
                problem(as(token).get(REPORT), 403, "FORBIDDEN");
                problem(as(token).get(REPORT + "?from=bad"), 403, "FORBIDDEN");
            }
            problem(io.restassured.RestAssured.given().get(REPORT), 401, "UNAUTHENTICATED");
        }

        @Test
        void an_admin_reads_its_own_community_over_every_bank_and_no_banks_figures() {
            JsonNode report = report(ADMIN, period());
            assertEquals("demo", report.path("communityId").asText());
            assertEquals(1, report.path("communities").size());
            assertFalse(report.has("banks"), report.toString());
            assertFalse(report.at("/communities/0").has("banks"), report.toString());
            assertEquals(report.at("/communities/0/cumulative"), report.at("/programme/cumulative"));
            problem(as(ADMIN).get(REPORT + "?communityId=north"), 403, "FORBIDDEN");
            problem(as(ADMIN).get(REPORT + "?bankId=demo-bank"), 403, "FORBIDDEN");
        }

        @Test
        void a_bank_reads_its_own_figures_and_is_refused_another_banks() {
            JsonNode report = report(BANK, period());
            assertEquals("demo-bank", report.path("bankId").asText());
            for (JsonNode bank : report.path("banks")) {
                assertEquals("demo-bank", bank.path("bankId").asText());
            }
            report.path("communities").forEach(c -> assertFalse(c.has("banks"), c.toString()));
            as(BANK).get(REPORT + "?bankId=demo-bank").then().statusCode(200);
            problem(as(BANK).get(REPORT + "?bankId=other-bank"), 403, "FORBIDDEN");
        }

        @Test
        void an_auditor_reads_every_community_or_one_and_every_bank_or_one() {
            JsonNode all = report(AUDITOR, period());
            assertFalse(all.has("communityId"));
            assertTrue(all.path("asOf").has("lagBlocks"));
            assertTrue(all.has("banks"));
            JsonNode north = report(AUDITOR, "communityId=north-" + System.nanoTime() + "&" + period());
            assertEquals(0, north.at("/programme/cumulative/residentsEnrolled").asLong());
            assertFalse(north.at("/programme/cumulative/residentCoverage").has("basisPoints"), "nothing enrolled");
            JsonNode bank = report(AUDITOR, "bankId=demo-bank&" + period());
            assertEquals("demo-bank", bank.path("bankId").asText());
        }

        @Test
        void bad_periods_and_ids_are_refused_400() {
            for (String query : List.of("from=2026-13", "to=2026-1", "from=2026-05&to=2026-04", "from=2020-01&to=2026-01",
                    "communityId=a%2Fb", "bankId=%00")) {
                problem(as(AUDITOR).get(REPORT + "?" + query), 400, "VALIDATION_FAILED");
            }
        }
    }

    @Nested
    class Figures {
        @Test
        void an_enrolment_counts_in_the_community_its_month_and_the_residents_coverage_denominator() {
            JsonNode before = community(report(AUDITOR, "communityId=demo&" + period()), "demo");
            String residentTx = as(APP).body(Api.body("externalRef", Api.unique("person"))).post("/api/v1/residents")
                    .then().statusCode(201).extract().path("txId");
            caughtUp(residentTx);
            JsonNode after = community(report(AUDITOR, "communityId=demo&" + period()), "demo");
            assertEquals(before.at("/cumulative/residentsEnrolled").asLong() + 1,
                    after.at("/cumulative/residentsEnrolled").asLong());
            assertEquals(after.at("/cumulative/residentsEnrolled").asLong(),
                    after.at("/cumulative/residentCoverage/denominator").asLong());
            assertEquals(before.at("/months/1/residentsEnrolled").asLong() + 1,
                    after.at("/months/1/residentsEnrolled").asLong(), "this month's flow");
            JsonNode admin = report(ADMIN, period());
            assertEquals(after.path("cumulative").path("residentsEnrolled"),
                    admin.at("/programme/cumulative/residentsEnrolled"));
        }

        /**
         * A loan officer's programme: a household of two checked with its head's consent and granted a line, a
         * resident granted a line, another declined; drawdowns, repayments, a closure. Every figure moves by exactly
         * this test's writes, in the AUDITOR's, the bank's and the ADMIN's reports alike.
         */
        @Test
        void a_programme_of_household_and_resident_lines_moves_every_figure_by_exactly_its_writes() {
            JsonNode auditor0 = report(AUDITOR, period());
            JsonNode bank0 = report(BANK, "communityId=demo&" + period());
            JsonNode admin0 = report(ADMIN, period());

            String head = Api.enrol();
            String member = Api.enrol();
            String single = Api.enrol();
            String declined = Api.enrol();
            String householdId = Api.unique("hh");
            as(ADMIN).body(Api.body("householdId", householdId, "headResidentId", head, "memberIds",
                    List.of(head, member))).post("/api/v1/households").then().statusCode(201);
            String productId = Api.publishProduct(false);
            java.util.Map<String, Object> consent = Api.consent(Api.unique("consent"), head, "loan",
                    Instant.now().plusSeconds(30L * 24 * 3600));
            consent.put("householdId", householdId);
            as(APP).body(consent).post("/api/v1/consents").then().statusCode(201);
            String householdCheck = as(BANK).body(Api.body("householdId", householdId, "communityId", "demo",
                    "productId", productId, "purpose", "loan")).post("/api/v1/credit-checks").then().statusCode(200)
                    .extract().path("txId");
            String householdLine = decide(householdCheck, 80_000);
            String singleLine = decide(checked(single, productId), 50_000);
            as(BANK).body(Api.body("decisionId", Api.unique("declined"), "checkTxId", checked(declined, productId),
                    "outcome", "DECLINED", "reasonCodes", List.of("EXISTING_DEBT"))).post("/api/v1/loan-decisions")
                    .then().statusCode(201);
            entry(householdLine, "drawdowns", "drawdownId", 30_000);
            entry(householdLine, "repayments", "repaymentId", 10_000);
            entry(singleLine, "drawdowns", "drawdownId", 20_000);
            entry(singleLine, "repayments", "repaymentId", 20_000);
            String last = as(BANK).body("{}").post("/api/v1/loan-decisions/" + singleLine + "/closure").then()
                    .statusCode(200).extract().path("txId");
            caughtUp(last);

            JsonNode auditor1 = report(AUDITOR, period());
            JsonNode bank1 = report(BANK, "communityId=demo&" + period());
            JsonNode admin1 = report(ADMIN, period());
            java.util.Map<String, Long> expected = new java.util.LinkedHashMap<>();
            expected.put("householdsEnrolled", 1L);
            expected.put("householdsCredited", 1L);
            expected.put("residentsEnrolled", 4L);
            expected.put("residentsCredited", 1L);
            expected.put("linesGranted", 2L);
            expected.put("grantedFen", 130_000L);
            expected.put("linesDeclined", 1L);
            expected.put("drawnFen", 50_000L);
            expected.put("repaidFen", 30_000L);
            expected.put("outstandingFen", 20_000L);
            expected.put("overrides", 0L);
            expected.put("linesClosed", 1L);
            assertMoved(expected, community(auditor0, "demo"), community(auditor1, "demo"), "auditor, demo");
            assertMoved(expected, auditor0.path("programme"), auditor1.path("programme"), "auditor, programme");
            assertMoved(expected, admin0.path("programme"), admin1.path("programme"), "admin");
            expected.remove("householdsEnrolled");
            expected.remove("residentsEnrolled");
            assertMoved(expected, bank0.path("programme"), bank1.path("programme"), "bank");
            assertMoved(expected, bankIn(auditor0, "demo-bank"), bankIn(auditor1, "demo-bank"), "auditor, demo-bank");
            JsonNode demo = community(auditor1, "demo").path("cumulative");
            assertEquals(demo.path("householdsCredited").asLong(), demo.at("/householdCoverage/numerator").asLong());
            assertEquals(demo.path("householdsEnrolled").asLong(), demo.at("/householdCoverage/denominator").asLong());
            assertEquals(demo.path("householdsCredited").asLong() * 10_000 / demo.path("householdsEnrolled").asLong(),
                    demo.at("/householdCoverage/basisPoints").asLong());
        }

        private String checked(String residentId, String productId) {
            Api.grantConsent(residentId, "loan");
            return Api.creditCheck(residentId, productId, "loan").then().statusCode(200).extract().path("txId");
        }

        private String decide(String checkTxId, long amountFen) {
            String decisionId = Api.unique("line");
            as(BANK).body(Api.body("decisionId", decisionId, "checkTxId", checkTxId, "outcome", "GRANTED",
                    "amountFen", amountFen, "rateBps", 435, "termMonths", 24)).post("/api/v1/loan-decisions").then()
                    .statusCode(201);
            return decisionId;
        }

        private void entry(String decisionId, String kind, String idField, long amountFen) {
            as(BANK).body(Api.body(idField, Api.unique("e"), "amountFen", amountFen))
                    .post("/api/v1/loan-decisions/" + decisionId + "/" + kind).then().statusCode(201);
        }

        private JsonNode bankIn(JsonNode report, String bankId) {
            JsonNode bank = row(community(report, "demo").path("banks"), "bankId", bankId);
            return bank != null ? bank : JSON.createObjectNode(); // no figures yet: every figure 0
        }

        /** Each figure of {@code expected} moved by exactly that much, cumulatively and in this month's flow. */
        private void assertMoved(java.util.Map<String, Long> expected, JsonNode before, JsonNode after, String who) {
            expected.forEach((figure, delta) -> {
                assertEquals(before.at("/cumulative/" + figure).asLong() + delta,
                        after.at("/cumulative/" + figure).asLong(), who + ": " + figure);
                if (!figure.equals("outstandingFen")) {
                    assertEquals(before.at("/months/1/" + figure).asLong() + delta,
                            after.at("/months/1/" + figure).asLong(), who + ": this month's " + figure);
                }
            });
        }
    }
}
