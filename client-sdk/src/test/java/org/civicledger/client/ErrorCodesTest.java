package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.RedemptionRequest;
import org.civicledger.api.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every API error code arrives as its own typed exception carrying status, code, detail and transaction id. */
class ErrorCodesTest extends GatewayTest {
    @Nested
    class Mapping {
        @Test
        void every_error_code_maps_to_its_own_typed_exception() {
            Map<Class<?>, ErrorCode> seen = new LinkedHashMap<>();
            for (ErrorCode code : ErrorCode.values()) {
                int status = code.httpStatus();
                CivicLedgerException e = Problems.toException(status, "{\"type\":\"about:blank\",\"title\":\"t\","
                        + "\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"why\",\"txId\":\"tx-1\"}");

                assertNotEquals(CivicLedgerException.class, e.getClass(), code + " has no typed exception");
                assertEquals(null, seen.put(e.getClass(), code), e.getClass() + " serves two codes");
                assertEquals(status, e.status(), code.name());
                assertEquals(code.name(), e.code());
                assertSame(code, e.errorCode());
                assertEquals("why", e.detail());
                assertEquals("tx-1", e.txId());
                assertSame(e.getClass(), Problems.typed(code, status, null, null).getClass(), "one mapping");
            }
            assertEquals(ErrorCode.values().length, seen.size());
        }

        @Test
        void each_typed_exception_can_be_made_by_an_application_for_its_own_tests() {
            InsufficientPointsException e = new InsufficientPointsException(422, "needs 50", "tx-9");

            assertSame(ErrorCode.INSUFFICIENT_POINTS, e.errorCode());
            assertEquals("INSUFFICIENT_POINTS (422): needs 50", e.getMessage());
        }

        @Test
        void an_unknown_future_code_arrives_as_the_root_exception() {
            CivicLedgerException e = Problems.toException(418, "{\"code\":\"TEAPOT\",\"detail\":\"short\"}");

            assertSame(CivicLedgerException.class, e.getClass());
            assertEquals("TEAPOT", e.code());
            assertEquals(null, e.errorCode());
            assertEquals("short", e.detail());
            assertEquals(418, e.status());
        }

        @Test
        void a_numeric_code_is_not_taken_for_the_code_of_that_ordinal() {
            CivicLedgerException e = Problems.toException(400, "{\"code\":3,\"detail\":\"x\"}");

            assertSame(CivicLedgerException.class, e.getClass());
            assertEquals("HTTP_400", e.code());
        }

        @Test
        void an_answer_that_is_not_a_problem_keeps_its_status_and_text() {
            CivicLedgerException e = Problems.toException(502, "<html>Bad Gateway</html>");

            assertEquals("HTTP_502", e.code());
            assertEquals(null, e.errorCode());
            assertEquals("<html>Bad Gateway</html>", e.detail());
        }
    }

    @Nested
    class FromTheGateway {
        @Test
        void redeeming_more_than_the_balance_throws_InsufficientPointsException() {
            String residentId = newResident();
            app.contributions().award(hours(residentId, 1));

            assertProblem(InsufficientPointsException.class, 422, "INSUFFICIENT_POINTS",
                    () -> merchant.redemptions().redeem(RedemptionRequest.builder()
                            .redemptionId(Ids.newRedemptionId()).residentId(residentId).points(50).item("tv")
                            .build()));
            assertEquals(10, app.residents().balance(residentId).available());
        }

        @Test
        void reusing_a_contribution_id_with_another_body_throws_IdConflictException() {
            String residentId = newResident();
            ContributionRequest first = hours(residentId, 1);
            app.contributions().award(first);
            ContributionRequest changed = ContributionRequest.builder()
                    .contributionId(first.contributionId()).residentId(residentId).activityType(VOLUNTEER_HOUR)
                    .quantity(2).occurredAt(first.occurredAt()).build();

            assertProblem(IdConflictException.class, 409, "ID_CONFLICT", () -> app.contributions().award(changed));
            assertEquals(10, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void a_merchant_awarding_points_throws_ForbiddenException() {
            String residentId = newResident();

            assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                    () -> merchant.contributions().award(hours(residentId, 1)));
            assertEquals(0, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void an_unknown_token_throws_UnauthenticatedException() {
            CivicLedgerClient stranger = RealGateway.client("not-a-token");

            assertProblem(UnauthenticatedException.class, 401, "UNAUTHENTICATED",
                    () -> stranger.residents().enrol("sdk-test-" + UUID.randomUUID()));
        }

        @Test
        void an_oversize_external_reference_throws_ValidationFailedException() {
            assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                    () -> app.residents().enrol("x".repeat(300)));
        }

        @Test
        void an_unknown_resident_throws_NotFoundException() {
            assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                    () -> auditor.residents().get("0".repeat(64)));
        }

        @Test
        void an_award_over_the_daily_cap_throws_DailyCapExceededException() {
            String residentId = newResident();

            assertProblem(DailyCapExceededException.class, 422, "DAILY_CAP_EXCEEDED",
                    () -> app.contributions().award(hours(residentId, 9)));
        }

        @Test
        void a_contribution_dated_tomorrow_throws_StaleContributionException() {
            String residentId = newResident();
            ContributionRequest tomorrow = ContributionRequest.builder()
                    .contributionId(Ids.newContributionId()).residentId(residentId).activityType(VOLUNTEER_HOUR)
                    .quantity(1).occurredAt(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))
                    .build();

            assertProblem(StaleContributionException.class, 422, "STALE_CONTRIBUTION",
                    () -> app.contributions().award(tomorrow));
        }

        @Test
        void a_credit_check_without_consent_throws_ConsentRequiredException() {
            String residentId = newResident();
            String productId = newProduct(false);

            assertProblem(ConsentRequiredException.class, 403, "CONSENT_REQUIRED",
                    () -> bank.creditChecks().check(residentId, productId, "loan"));
            assertTrue(auditor.residentCredit().queryLog(residentId).isEmpty(), "no check was logged");
        }

        @Test
        void resolving_a_dispute_twice_throws_InvalidStateException() {
            String residentId = newResident();
            Award award = app.contributions().award(hours(residentId, 2));
            org.civicledger.api.disputes.Dispute dispute = app.disputes().file(
                    org.civicledger.api.disputes.DisputeRequest.builder().disputeId(Ids.newDisputeId())
                            .residentId(residentId).targetTxId(award.txId()).reason("not me").build());
            admin.disputes().resolve(dispute.disputeId(), org.civicledger.api.disputes.DisputeResolutionRequest
                    .builder().outcome(org.civicledger.api.disputes.DisputeStatus.REJECTED)
                    .note("patrol log shows them").build());

            assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                    () -> admin.disputes().resolve(dispute.disputeId(), org.civicledger.api.disputes
                            .DisputeResolutionRequest.builder().outcome(org.civicledger.api.disputes.DisputeStatus.UPHELD)
                            .note("again").build()));
            assertEquals(20, app.residents().balance(residentId).available(), "the award stands");
        }

        @Test
        void a_503_answer_throws_LedgerUnavailableException_with_the_problems_fields() throws Exception {
            // The embedded ledger cannot be made unavailable from outside, so a proxy in front of the real gateway
            // answers as the gateway does when its ledger is down.
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 1, true)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(0).build();

                assertProblem(LedgerUnavailableException.class, 503, "LEDGER_UNAVAILABLE",
                        () -> viaProxy.residents().balance("0".repeat(64)));
            }
        }
    }
}
