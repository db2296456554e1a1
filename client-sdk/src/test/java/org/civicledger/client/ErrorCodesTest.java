package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.RedemptionRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every API error code arrives as its own typed exception carrying status, code, detail and transaction id. */
class ErrorCodesTest extends GatewayTest {
    /** The one error vocabulary, defined by the chaincode: the SDK must know every code in it. */
    private static final Path ERROR_CODES =
            Paths.get("../chaincode/src/main/java/org/civicledger/chaincode/error/ErrorCode.java");


    /** Each code of the chaincode's {@code ErrorCode} enum, with its HTTP status. */
    private static Map<String, Integer> chaincodeErrorCodes() throws IOException {
        Matcher constant = Pattern.compile("^\\s+([A-Z_]+)\\((\\d{3})\\)[,;]", Pattern.MULTILINE)
                .matcher(Files.readString(ERROR_CODES));
        Map<String, Integer> codes = new LinkedHashMap<>();
        while (constant.find()) {
            codes.put(constant.group(1), Integer.parseInt(constant.group(2)));
        }
        return codes;
    }

    @Nested
    class Mapping {
        @Test
        void every_error_code_of_the_chaincode_maps_to_its_own_typed_exception() throws Exception {
            Map<String, Integer> codes = chaincodeErrorCodes();
            assertEquals(14, codes.size(), "the API guide's table has fourteen codes: " + codes.keySet());

            Map<Class<?>, String> seen = new LinkedHashMap<>();
            codes.forEach((code, status) -> {
                CivicLedgerException e = Problems.toException(status, "{\"type\":\"about:blank\",\"status\":" + status
                        + ",\"code\":\"" + code + "\",\"detail\":\"why\",\"txId\":\"tx-1\"}");

                assertNotEquals(CivicLedgerException.class, e.getClass(), code + " has no typed exception");
                assertEquals(null, seen.put(e.getClass(), code), e.getClass() + " serves two codes");
                assertEquals(status, e.status(), code);
                assertEquals(code, e.code());
                assertEquals("why", e.detail());
                assertEquals("tx-1", e.txId());
                assertEquals(code, constantOf(e.getClass()), "the class's CODE");
            });
        }

        @Test
        void an_unknown_future_code_arrives_as_the_root_exception() {
            CivicLedgerException e = Problems.toException(418, "{\"code\":\"TEAPOT\",\"detail\":\"short\"}");

            assertSame(CivicLedgerException.class, e.getClass());
            assertEquals("TEAPOT", e.code());
            assertEquals(418, e.status());
        }

        @Test
        void an_answer_that_is_not_a_problem_keeps_its_status_and_text() {
            CivicLedgerException e = Problems.toException(502, "<html>Bad Gateway</html>");

            assertEquals("HTTP_502", e.code());
            assertEquals("<html>Bad Gateway</html>", e.detail());
        }

        private String constantOf(Class<?> type) {
            try {
                return (String) type.getField("CODE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(type + " lacks public static CODE", e);
            }
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
