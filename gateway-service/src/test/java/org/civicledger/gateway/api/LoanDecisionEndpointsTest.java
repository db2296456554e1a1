package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.consent;
import static org.civicledger.gateway.api.Api.creditCheck;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicledger.api.credit.DeclineReason;
import org.civicledger.api.credit.OverrideReason;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Loan decisions and credit lines (API.md "Loan decisions"), on either ledger. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class LoanDecisionEndpointsTest {
    /** A new resident is band D, where {@link Api#product} offers 100,000 fen. */
    private static final long D_MAX = 100_000;

    @Inject
    LedgerPort ledger;

    @Inject
    MovableClock clock;

    /** A new resident with a consent for demo-bank, a product, and a check of it; returns the check's txId. */
    private static String checked() {
        String residentId = Api.enrol();
        Api.grantConsent(residentId, "loan");
        return creditCheck(residentId, Api.publishProduct(false), "loan").then().statusCode(200)
                .extract().path("txId");
    }

    private static Map<String, Object> granted(String decisionId, String checkTxId, long amountFen) {
        return body("decisionId", decisionId, "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", amountFen,
                "rateBps", 435, "termMonths", 36);
    }

    private static String line(long amountFen) {
        String decisionId = unique("line");
        as(BANK).body(granted(decisionId, checked(), amountFen)).post("/api/v1/loan-decisions").then().statusCode(201);
        return decisionId;
    }

    @Nested
    class Deciding {
        @Test
        void grants_a_line_with_201_on_the_checks_band_and_replays_it_with_200() {
            String checkTxId = checked();
            String decisionId = unique("line");
            String txId = as(BANK).body(granted(decisionId, checkTxId, D_MAX)).post("/api/v1/loan-decisions").then()
                    .statusCode(201).body("decisionId", equalTo(decisionId)).body("bankId", equalTo("demo-bank"))
                    .body("checkTxId", equalTo(checkTxId)).body("outcome", equalTo("GRANTED"))
                    .body("status", equalTo("ACTIVE")).body("band", equalTo("D")).body("modelVersion", notNullValue())
                    .body("subjectType", equalTo("RESIDENT")).body("communityId", equalTo("demo"))
                    .body("amountFen", equalTo((int) D_MAX)).body("outstandingFen", equalTo(0))
                    .body("blockNumber", notNullValue()).body("override", nullValue())
                    .extract().path("txId");
            as(BANK).body(granted(decisionId, checkTxId, D_MAX)).post("/api/v1/loan-decisions").then()
                    .statusCode(200).body("txId", equalTo(txId));
            refused(ledger, 409, "ID_CONFLICT", () -> as(BANK).body(granted(decisionId, checkTxId, D_MAX - 1))
                    .post("/api/v1/loan-decisions"));
            refused(ledger, 422, "INVALID_STATE", () -> as(BANK).body(granted(unique("line"), checkTxId, D_MAX))
                    .post("/api/v1/loan-decisions"));
        }

        @Test
        void refuses_a_line_beyond_the_band_unless_it_is_a_documented_override() {
            String checkTxId = checked();
            refused(ledger, 422, "BAND_MISMATCH", () -> as(BANK).body(granted(unique("line"), checkTxId, D_MAX + 1))
                    .post("/api/v1/loan-decisions"));
            Map<String, Object> override = granted(unique("line"), checkTxId, D_MAX + 1);
            override.put("override", body("reasonCode", "COLLATERAL_PROVIDED", "note", "deed 42 pledged"));
            as(BANK).body(override).header("Accept-Language", "zh-CN").post("/api/v1/loan-decisions").then()
                    .statusCode(201).header("Content-Language", "zh-CN")
                    .body("override.code", equalTo("COLLATERAL_PROVIDED"))
                    .body("override.text", equalTo(OverrideReason.COLLATERAL_PROVIDED.zh()))
                    .body("override.note", equalTo("deed 42 pledged"));
        }

        @Test
        void refuses_an_override_on_a_line_within_the_band_as_VALIDATION_FAILED() {
            Map<String, Object> request = granted(unique("line"), checked(), D_MAX);
            request.put("override", body("reasonCode", "POLICY_EXCEPTION", "note", "not needed"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(request).post("/api/v1/loan-decisions"));
        }

        @Test
        void declines_with_reasons_in_the_negotiated_language() {
            String decisionId = unique("declined");
            Map<String, Object> request = body("decisionId", decisionId, "checkTxId", checked(), "outcome", "DECLINED",
                    "reasonCodes", List.of("EXISTING_DEBT", "INCOMPLETE_DOCUMENTS"));
            as(BANK).body(request).post("/api/v1/loan-decisions").then().statusCode(201)
                    .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                    .body("status", equalTo("DECLINED")).body("amountFen", nullValue())
                    .body("reasons.code", equalTo(List.of("EXISTING_DEBT", "INCOMPLETE_DOCUMENTS")))
                    .body("reasons[0].text", equalTo(DeclineReason.EXISTING_DEBT.en()))
                    .body("reasonCodes", nullValue());
            as(BANK).header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/loan-decisions/" + decisionId).then()
                    .statusCode(200).header("Content-Language", "zh-CN")
                    .body("reasons[1].text", equalTo(DeclineReason.INCOMPLETE_DOCUMENTS.zh()));
        }

        @Test
        void answers_a_check_that_is_not_the_banks_as_NOT_FOUND_in_either_language() {
            String awardTxId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            refused(ledger, 404, "NOT_FOUND", () -> as(BANK).header("Accept-Language", "zh-CN")
                    .body(granted(unique("line"), awardTxId, 1)).post("/api/v1/loan-decisions"))
                    .body("detail", equalTo("未找到该信用查询"));
        }

        @Test
        void refuses_a_decision_on_a_check_older_than_thirty_days_as_CHECK_EXPIRED() {
            Assumptions.assumeTrue(ledger instanceof EmbeddedLedger, "a Fabric client stamps its own time");
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            String[] checkTxId = new String[1];
            clock.shifted(Duration.ofDays(-31), () -> {
                as(APP).body(consent(unique("consent"), residentId, "loan", Instant.now().plus(Duration.ofDays(60))))
                        .post("/api/v1/consents").then().statusCode(201);
                checkTxId[0] = creditCheck(residentId, productId, "loan").then().statusCode(200).extract().path("txId");
            });
            refused(ledger, 422, "CHECK_EXPIRED", () -> as(BANK).body(granted(unique("line"), checkTxId[0], 1))
                    .post("/api/v1/loan-decisions"));
        }
    }

    @Nested
    class TheLine {
        @Test
        void draws_repays_and_closes_within_its_limits() {
            String decisionId = line(D_MAX);
            String path = "/api/v1/loan-decisions/" + decisionId;
            Map<String, Object> draw = body("drawdownId", unique("w"), "amountFen", 60_000);
            String drawTx = as(BANK).body(draw).post(path + "/drawdowns").then().statusCode(201)
                    .body("kind", equalTo("DRAWDOWN")).body("drawnFen", equalTo(60_000))
                    .body("outstandingFen", equalTo(60_000)).extract().path("txId");
            as(BANK).body(draw).post(path + "/drawdowns").then().statusCode(200).body("txId", equalTo(drawTx));
            refused(ledger, 422, "LINE_EXCEEDED", () -> as(BANK).body(body("drawdownId", unique("w"), "amountFen",
                    40_001)).post(path + "/drawdowns"));
            refused(ledger, 422, "LINE_EXCEEDED", () -> as(BANK).body(body("repaymentId", unique("p"), "amountFen",
                    60_001)).post(path + "/repayments"));
            refused(ledger, 422, "INVALID_STATE", () -> as(BANK).body(body()).post(path + "/closure"));
            as(BANK).body(body("repaymentId", unique("p"), "amountFen", 60_000)).post(path + "/repayments").then()
                    .statusCode(201).body("outstandingFen", equalTo(0)).body("repaidFen", equalTo(60_000));
            String closeTx = as(BANK).body(body()).post(path + "/closure").then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("closedAt", notNullValue()).extract().path("txId");
            as(BANK).body(body()).post(path + "/closure").then().statusCode(200).body("txId", equalTo(closeTx));
            refused(ledger, 422, "INVALID_STATE", () -> as(BANK).body(body("drawdownId", unique("w"), "amountFen", 1))
                    .post(path + "/drawdowns"));
            as(BANK).get(path).then().statusCode(200).body("status", equalTo("CLOSED"))
                    .body("drawnFen", equalTo(60_000)).body("repaidFen", equalTo(60_000));
        }

        @Test
        void refuses_a_decision_id_in_both_the_path_and_the_body() {
            String decisionId = line(D_MAX);
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(body("decisionId", decisionId, "drawdownId",
                    unique("w"), "amountFen", 1)).post("/api/v1/loan-decisions/" + decisionId + "/drawdowns"));
        }

        @Test
        void an_unknown_line_is_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(BANK).body(body("drawdownId", unique("w"), "amountFen", 1))
                    .post("/api/v1/loan-decisions/" + unique("nothing") + "/drawdowns"));
        }
    }

    @Nested
    class Reading {
        @Test
        void a_bank_lists_its_own_decisions_and_an_auditor_names_the_bank() {
            String decisionId = line(D_MAX);
            as(BANK).get("/api/v1/loan-decisions").then().statusCode(200).body("decisionId", hasItem(decisionId));
            as(AUDITOR).get("/api/v1/loan-decisions?bankId=demo-bank").then().statusCode(200)
                    .body("decisionId", hasItem(decisionId));
            as(AUDITOR).get("/api/v1/loan-decisions/" + decisionId + "?bankId=demo-bank").then().statusCode(200)
                    .body("decisionId", equalTo(decisionId));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/loan-decisions/" + decisionId));
            refused(ledger, 403, "FORBIDDEN", () -> as(BANK).get("/api/v1/loan-decisions?bankId=other-bank"));
            refused(ledger, 403, "FORBIDDEN", () -> as(APP).get("/api/v1/loan-decisions"))
                    .body("detail", not(containsString(decisionId)));
        }
    }
}
