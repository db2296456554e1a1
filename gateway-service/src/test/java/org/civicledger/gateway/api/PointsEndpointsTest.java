package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.contribution;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Points (API.md): awards single and batch, reversals, balance, history, redemptions, statements, settlements. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class PointsEndpointsTest {

    @Inject
    LedgerPort ledger;

    static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS);
    }

    @Nested
    class Award {
        @Test
        void creates_with_201_and_replays_the_same_request_with_200_and_the_original_result() {
            String residentId = Api.enrol();
            String id = unique("c");
            Map<String, Object> request = contribution(id, residentId, "volunteer-hour", 2, anHourAgo());
            request.put("evidenceHash", "ab".repeat(16));
            var created = as(APP).body(request).post("/api/v1/contributions").then().statusCode(201)
                    .body("contributionId", equalTo(id)).body("residentId", equalTo(residentId))
                    .body("points", equalTo(20)).body("balance", equalTo(20))
                    .body("txId", notNullValue()).body("blockNumber", notNullValue()).extract();
            as(APP).body(request).post("/api/v1/contributions").then().statusCode(200)
                    .body("txId", equalTo(created.path("txId"))).body("blockNumber", equalTo(created.path("blockNumber")))
                    .body("balance", equalTo(20));
            assertEquals(20, Api.balance(residentId));
        }

        @Test
        void refuses_the_same_id_with_another_body_as_ID_CONFLICT() {
            String residentId = Api.enrol();
            String id = unique("c");
            Instant at = anHourAgo();
            as(APP).body(contribution(id, residentId, "volunteer-hour", 2, at)).post("/api/v1/contributions")
                    .then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP)
                    .body(contribution(id, residentId, "volunteer-hour", 3, at)).post("/api/v1/contributions"));
            String other = Api.enrol();
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP)
                    .body(contribution(id, other, "volunteer-hour", 2, at)).post("/api/v1/contributions"));
            assertEquals(20, Api.balance(residentId));
        }

        @Test
        void refuses_invalid_requests_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            for (long quantity : new long[] {0, -1}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP)
                        .body(contribution(unique("c"), residentId, "volunteer-hour", quantity, anHourAgo()))
                        .post("/api/v1/contributions"));
            }
            Map<String, Object> unknownField = contribution(unique("c"), residentId, "volunteer-hour", 1, anHourAgo());
            unknownField.put("bonus", 100);
            Map<String, Object> missing = contribution(unique("c"), residentId, "volunteer-hour", 1, anHourAgo());
            missing.remove("occurredAt");
            Map<String, Object> badInstant = contribution(unique("c"), residentId, "volunteer-hour", 1, anHourAgo());
            badInstant.put("occurredAt", "yesterday");
            Map<String, Object> fraction = contribution(unique("c"), residentId, "volunteer-hour", 1, anHourAgo());
            fraction.put("quantity", 1.5);
            for (Map<String, Object> bad : List.of(unknownField, missing, badInstant, fraction)) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(bad).post("/api/v1/contributions"));
            }
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP)
                    .body(contribution(unique("c"), "13800138000", "volunteer-hour", 1, anHourAgo()))
                    .post("/api/v1/contributions"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body("{not json").post("/api/v1/contributions"));
            assertEquals(0, Api.balance(residentId));
        }

        @Test
        void refuses_an_unknown_resident_or_activity_type_as_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(contribution(unique("c"), Api.unknownResidentId(), "volunteer-hour", 1, anHourAgo()))
                    .post("/api/v1/contributions"));
            String residentId = Api.enrol();
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(contribution(unique("c"), residentId, "knitting", 1, anHourAgo()))
                    .post("/api/v1/contributions"));
        }

        @Test
        void refuses_an_award_over_the_daily_cap_as_DAILY_CAP_EXCEEDED() {
            String residentId = Api.enrol();
            Instant at = anHourAgo();
            as(APP).body(contribution(unique("c"), residentId, "volunteer-hour", 8, at)).post("/api/v1/contributions")
                    .then().statusCode(201).body("balance", equalTo(80));
            refused(ledger, 422, "DAILY_CAP_EXCEEDED", () -> as(APP)
                    .body(contribution(unique("c"), residentId, "volunteer-hour", 1, at)).post("/api/v1/contributions"));
            String fresh = Api.enrol();
            refused(ledger, 422, "DAILY_CAP_EXCEEDED", () -> as(APP)
                    .body(contribution(unique("c"), fresh, "safety-patrol", 4, at)).post("/api/v1/contributions"));
            assertEquals(80, Api.balance(residentId));
        }

        @Test
        void refuses_a_contribution_from_the_future_or_older_than_30_days_as_STALE_CONTRIBUTION() {
            String residentId = Api.enrol();
            refused(ledger, 422, "STALE_CONTRIBUTION", () -> as(APP)
                    .body(contribution(unique("c"), residentId, "volunteer-hour", 1, Instant.now().plus(10, ChronoUnit.MINUTES)))
                    .post("/api/v1/contributions"));
            refused(ledger, 422, "STALE_CONTRIBUTION", () -> as(APP)
                    .body(contribution(unique("c"), residentId, "volunteer-hour", 1, Instant.now().minus(31, ChronoUnit.DAYS)))
                    .post("/api/v1/contributions"));
            as(APP).body(contribution(unique("c"), residentId, "volunteer-hour", 1, Instant.now().plus(1, ChronoUnit.MINUTES)))
                    .post("/api/v1/contributions").then().statusCode(201);
        }

        @Test
        void refuses_a_suspended_resident_as_INVALID_STATE() {
            String residentId = Api.enrol();
            as(ADMIN).body(body("status", "SUSPENDED", "reason", "fraud review"))
                    .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200);
            refused(ledger, 422, "INVALID_STATE", () -> Api.award(residentId, "volunteer-hour", 1));
        }
    }

    @Nested
    class AwardBatch {
        @Test
        void awards_each_item_on_its_own_and_reports_each_result_in_order() {
            String residentId = Api.enrol();
            String ok = unique("c");
            String stale = unique("c");
            String unknown = unique("c");
            as(APP).body(body("items", List.of(
                            contribution(ok, residentId, "safety-patrol", 1, anHourAgo()),
                            contribution(stale, residentId, "safety-patrol", 1, Instant.now().plus(1, ChronoUnit.DAYS)),
                            contribution(unknown, Api.unknownResidentId(), "safety-patrol", 1, anHourAgo()))))
                    .post("/api/v1/contributions/batch").then().statusCode(200)
                    .body("results.contributionId", contains(ok, stale, unknown))
                    .body("results.status", contains("AWARDED", "FAILED", "FAILED"))
                    .body("results[0].points", equalTo(20)).body("results[0].code", nullValue())
                    .body("results[1].code", equalTo("STALE_CONTRIBUTION"))
                    .body("results[2].code", equalTo("NOT_FOUND")).body("results[2].detail", notNullValue())
                    // the code is in `code`; the detail is the same text a single award's problem carries
                    .body("results[1].detail", not(startsWith("STALE_CONTRIBUTION")))
                    .body("results[2].detail", not(startsWith("NOT_FOUND")));
            assertEquals(20, Api.balance(residentId));
        }

        @Test
        void refuses_an_empty_or_oversize_batch_as_VALIDATION_FAILED() {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(body("items", List.of()))
                    .post("/api/v1/contributions/batch"));
            String residentId = Api.enrol();
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 1001; i++) {
                items.add(contribution("c-" + i, residentId, "garbage-sorting", 1, anHourAgo()));
            }
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(body("items", items))
                    .post("/api/v1/contributions/batch"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(body("things", List.of()))
                    .post("/api/v1/contributions/batch"));
        }
    }

    @Nested
    class Reverse {
        @Test
        void reverses_an_award_once_and_refuses_a_second_reversal_as_INVALID_STATE() {
            String residentId = Api.enrol();
            String id = unique("c");
            as(APP).body(contribution(id, residentId, "anti-fraud-talk", 2, anHourAgo())).post("/api/v1/contributions")
                    .then().statusCode(201);
            as(ADMIN).body(body("reason", "recorded twice")).post("/api/v1/contributions/" + id + "/reversal")
                    .then().statusCode(200).body("contributionId", equalTo(id)).body("reversedPoints", equalTo(30))
                    .body("balance", equalTo(0)).body("txId", notNullValue()).body("blockNumber", notNullValue());
            refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(body("reason", "again"))
                    .post("/api/v1/contributions/" + id + "/reversal"));
        }

        @Test
        void refuses_an_unknown_contribution_as_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("reason", "typo"))
                    .post("/api/v1/contributions/" + unique("nobody") + "/reversal"));
        }

        @Test
        void refuses_a_missing_reason_or_an_id_in_the_body_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            String id = unique("c");
            as(APP).body(contribution(id, residentId, "anti-fraud-talk", 1, anHourAgo())).post("/api/v1/contributions")
                    .then().statusCode(201);
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body())
                    .post("/api/v1/contributions/" + id + "/reversal"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("reason", "x", "contributionId", id))
                    .post("/api/v1/contributions/" + id + "/reversal"));
            assertEquals(15, Api.balance(residentId));
        }
    }

    @Nested
    class Balance {
        @Test
        void answers_admin_app_merchant_and_auditor_with_every_total() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 2);
            Api.redeem(residentId, 15).then().statusCode(201);
            for (String token : new String[] {ADMIN, APP, MERCHANT, AUDITOR}) {
                long height = ledger.height();
                as(token).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                        .body("residentId", equalTo(residentId)).body("available", equalTo(25))
                        .body("earnedTotal", equalTo(40)).body("spentTotal", equalTo(15))
                        .body("expiredTotal", equalTo(0)).body("reversedTotal", equalTo(0));
                assertEquals(height, ledger.height(), "a read adds no block");
            }
        }

        @Test
        void refuses_an_unknown_resident_as_NOT_FOUND_and_a_malformed_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).get("/api/v1/residents/" + Api.unknownResidentId() + "/balance"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).get("/api/v1/residents/ABC/balance"));
        }
    }

    @Nested
    class History {
        @Test
        void lists_awards_redemptions_and_reversals_oldest_first_in_pages() {
            String residentId = Api.enrol();
            String id = unique("c");
            as(APP).body(contribution(id, residentId, "safety-patrol", 1, anHourAgo())).post("/api/v1/contributions")
                    .then().statusCode(201);
            Api.awarded(residentId, "safety-patrol", 1);
            Api.redeem(residentId, 5).then().statusCode(201);
            as(ADMIN).body(body("reason", "duplicate")).post("/api/v1/contributions/" + id + "/reversal")
                    .then().statusCode(200);
            as(AUDITOR).get("/api/v1/residents/" + residentId + "/history").then().statusCode(200)
                    .body("items.type", contains("AWARD", "AWARD", "REDEMPTION", "REVERSAL"))
                    .body("items[0].points", equalTo(20)).body("items[0].ref", equalTo(id))
                    .body("items[0].txId", notNullValue()).body("items[0].at", notNullValue());
            String cursor = as(ADMIN).queryParam("limit", 3).get("/api/v1/residents/" + residentId + "/history")
                    .then().statusCode(200).body("items.size()", equalTo(3)).body("nextCursor", notNullValue())
                    .extract().path("nextCursor");
            as(APP).queryParam("limit", 3).queryParam("cursor", cursor)
                    .get("/api/v1/residents/" + residentId + "/history").then().statusCode(200)
                    .body("items.type", contains("REVERSAL")).body("nextCursor", nullValue());
        }

        @Test
        void refuses_a_bad_limit_as_VALIDATION_FAILED_and_an_unknown_resident_as_NOT_FOUND() {
            String residentId = Api.enrol();
            for (String limit : new String[] {"0", "-3", "many"}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).queryParam("limit", limit)
                        .get("/api/v1/residents/" + residentId + "/history"));
            }
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).get("/api/v1/residents/" + Api.unknownResidentId() + "/history"));
        }
    }

    @Nested
    class Redeem {
        @Test
        void creates_with_201_and_replays_the_same_request_with_200() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 3);
            String id = unique("r");
            Map<String, Object> request = body("redemptionId", id, "residentId", residentId, "points", 25, "item", "rice");
            String txId = as(MERCHANT).body(request).post("/api/v1/redemptions").then().statusCode(201)
                    .body("redemptionId", equalTo(id)).body("residentId", equalTo(residentId))
                    .body("merchantId", equalTo("demo-merchant")).body("points", equalTo(25)).body("balance", equalTo(35))
                    .body("txId", notNullValue()).body("blockNumber", notNullValue()).extract().path("txId");
            as(MERCHANT).body(request).post("/api/v1/redemptions").then().statusCode(200).body("txId", equalTo(txId))
                    .body("balance", equalTo(35));
            assertEquals(35, Api.balance(residentId));
        }

        @Test
        void refuses_the_same_id_with_another_body_as_ID_CONFLICT() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 3);
            String id = unique("r");
            as(MERCHANT).body(body("redemptionId", id, "residentId", residentId, "points", 10, "item", "rice"))
                    .post("/api/v1/redemptions").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(MERCHANT)
                    .body(body("redemptionId", id, "residentId", residentId, "points", 11, "item", "rice"))
                    .post("/api/v1/redemptions"));
            assertEquals(50, Api.balance(residentId));
        }

        @Test
        void refuses_more_than_the_available_balance_as_INSUFFICIENT_POINTS() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            refused(ledger, 422, "INSUFFICIENT_POINTS", () -> Api.redeem(residentId, 21));
            Api.redeem(residentId, 20).then().statusCode(201).body("balance", equalTo(0));
        }

        @Test
        void refuses_a_suspended_resident_as_INVALID_STATE() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            as(ADMIN).body(body("status", "SUSPENDED", "reason", "review"))
                    .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200);
            refused(ledger, 422, "INVALID_STATE", () -> Api.redeem(residentId, 5));
            assertEquals(20, Api.balance(residentId));
        }

        @Test
        void refuses_invalid_requests_as_VALIDATION_FAILED_and_an_unknown_resident_as_NOT_FOUND() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            for (long points : new long[] {0, -5}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> Api.redeem(residentId, points));
            }
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(MERCHANT)
                    .body(body("redemptionId", unique("r"), "residentId", residentId, "points", 5)).post("/api/v1/redemptions"));
            refused(ledger, 404, "NOT_FOUND", () -> Api.redeem(Api.unknownResidentId(), 5));
        }
    }

    @Nested
    class Statement {
        @Test
        void shows_the_merchant_its_redemptions_and_what_is_unsettled() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            Instant from = Instant.now().minusSeconds(1);
            String redemptionTx = Api.redeem(residentId, 12).then().statusCode(201).extract().path("txId");
            for (String token : new String[] {MERCHANT, ADMIN, AUDITOR}) {
                as(token).queryParam("from", from.toString()).get("/api/v1/merchants/demo-merchant/statement")
                        .then().statusCode(200).body("merchantId", equalTo("demo-merchant"))
                        .body("redemptions.txId", hasItem(redemptionTx))
                        .body("totalPoints", notNullValue()).body("unsettledPoints", notNullValue());
            }
            as(MERCHANT).queryParam("to", from.toString()).get("/api/v1/merchants/demo-merchant/statement")
                    .then().statusCode(200).body("redemptions.txId", not(hasItem(redemptionTx)));
        }

        @Test
        void refuses_a_bad_time_as_VALIDATION_FAILED_and_an_unknown_merchant_as_NOT_FOUND() {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).queryParam("from", "last week")
                    .get("/api/v1/merchants/demo-merchant/statement"));
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).get("/api/v1/merchants/" + unique("m") + "/statement"));
        }

        @Test
        void refuses_a_merchant_reading_another_merchants_statement_as_FORBIDDEN() {
            refused(ledger, 403, "FORBIDDEN", () -> as(MERCHANT).get("/api/v1/merchants/" + unique("m") + "/statement"));
        }
    }

    @Nested
    class Settle {
        @Test
        void settles_everything_owed_once_with_201_replays_with_200_and_then_has_nothing_to_settle() {
            as(ADMIN).body(body("settlementId", unique("s"), "merchantId", "demo-merchant")).post("/api/v1/settlements");
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            Api.redeem(residentId, 7).then().statusCode(201);
            String id = unique("s");
            Map<String, Object> request = body("settlementId", id, "merchantId", "demo-merchant");
            String txId = as(ADMIN).body(request).post("/api/v1/settlements").then().statusCode(201)
                    .body("settlementId", equalTo(id)).body("merchantId", equalTo("demo-merchant"))
                    .body("points", equalTo(7)).body("redemptionCount", equalTo(1))
                    .body("txId", notNullValue()).body("blockNumber", notNullValue()).extract().path("txId");
            as(ADMIN).body(request).post("/api/v1/settlements").then().statusCode(200).body("txId", equalTo(txId))
                    .body("points", equalTo(7));
            as(MERCHANT).get("/api/v1/merchants/demo-merchant/statement").then().statusCode(200)
                    .body("unsettledPoints", equalTo(0));
            refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN)
                    .body(body("settlementId", unique("s"), "merchantId", "demo-merchant")).post("/api/v1/settlements"));
        }

        @Test
        void refuses_the_same_id_for_another_merchant_as_ID_CONFLICT() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            Api.redeem(residentId, 3).then().statusCode(201);
            String id = unique("s");
            as(ADMIN).body(body("settlementId", id, "merchantId", "demo-merchant")).post("/api/v1/settlements")
                    .then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(ADMIN).body(body("settlementId", id, "merchantId", "corner-shop"))
                    .post("/api/v1/settlements"));
        }

        @Test
        void refuses_an_unknown_merchant_as_NOT_FOUND_and_a_missing_merchant_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("settlementId", unique("s"), "merchantId", unique("m")))
                    .post("/api/v1/settlements"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("settlementId", unique("s")))
                    .post("/api/v1/settlements"));
        }
    }
}
