package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.api.community.Resident;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.Balance;
import org.civicledger.api.points.BatchItemResult;
import org.civicledger.api.points.BatchItemStatus;
import org.civicledger.api.points.BatchResult;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.RedemptionRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CivicLedgerClientTest extends GatewayTest {

    @Nested
    class Enrolment {
        @Test
        void enrolling_returns_an_active_resident_of_the_demo_community_with_its_transaction() {
            Resident resident = app.residents().enrol("sdk-test-" + UUID.randomUUID());

            assertAll(
                    () -> assertTrue(resident.residentId().matches("[0-9a-f]{64}"), resident.residentId()),
                    () -> assertEquals("demo", resident.communityId()),
                    () -> assertEquals(ResidentStatus.ACTIVE, resident.status()),
                    () -> assertNotNull(resident.enrolledAt()),
                    () -> assertNotNull(resident.txId()),
                    () -> assertNotNull(resident.blockNumber()));
        }

        @Test
        void enrolling_the_same_person_again_returns_the_same_resident_id() {
            String externalRef = "sdk-test-" + UUID.randomUUID();

            Resident first = app.residents().enrol(externalRef);
            Resident again = app.residents().enrol(externalRef);

            assertEquals(first.residentId(), again.residentId());
            assertFalse(first.replayed());
            assertTrue(again.replayed());
            assertEquals(first.txId(), again.txId(), "the original enrolment");
            assertEquals(first.blockNumber(), again.blockNumber());
        }

        @Test
        void an_enrolled_resident_can_be_read_back_by_an_auditor() {
            String residentId = newResident();

            Resident read = auditor.residents().get(residentId);

            assertEquals(residentId, read.residentId());
            assertEquals(ResidentStatus.ACTIVE, read.status());
            assertFalse(read.replayed(), "a read is no replay");
        }

        @Test
        void a_new_resident_has_a_zero_balance() {
            String residentId = newResident();

            Balance balance = app.residents().balance(residentId);

            assertAll(
                    () -> assertEquals(residentId, balance.residentId()),
                    () -> assertEquals(0, balance.available()),
                    () -> assertEquals(0, balance.earnedTotal()),
                    () -> assertEquals(0, balance.spentTotal()),
                    () -> assertEquals(0, balance.expiredTotal()),
                    () -> assertEquals(0, balance.reversedTotal()));
        }
    }

    @Nested
    class Awards {
        @Test
        void awarding_three_volunteer_hours_pays_thirty_points() {
            String residentId = newResident();

            Award award = app.contributions().award(hours(residentId, 3));

            assertEquals(30, award.points());
            assertEquals(30, award.balance());
            assertEquals(30, app.residents().balance(residentId).available());
        }

        @Test
        void replaying_the_same_award_returns_the_original_transaction_and_pays_once() {
            String residentId = newResident();
            ContributionRequest request = hours(residentId, 3);

            Award first = app.contributions().award(request);
            Award replay = app.contributions().award(request);

            assertFalse(first.replayed());
            assertTrue(replay.replayed());
            assertEquals(first.txId(), replay.txId());
            assertEquals(first.blockNumber(), replay.blockNumber());
            assertEquals(first.balance(), replay.balance());
            Balance balance = app.residents().balance(residentId);
            assertEquals(30, balance.earnedTotal());
            assertEquals(30, balance.available());
        }

        @Test
        void the_async_variant_completes_with_the_award() {
            String residentId = newResident();

            Award award = app.contributions().awardAsync(hours(residentId, 2)).join();

            assertEquals(20, award.points());
        }

        @Test
        void the_async_variant_completes_exceptionally_with_the_typed_exception() {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> merchant.contributions().awardAsync(hours(newResident(), 1)).join());

            assertTrue(e.getCause() instanceof ForbiddenException, String.valueOf(e.getCause()));
        }

        @Test
        void a_batch_reports_each_item_on_its_own() {
            String residentId = newResident();
            ContributionRequest good = hours(residentId, 2);
            ContributionRequest unknownResident = hours("0".repeat(64), 1);

            BatchResult result = app.contributions().awardBatch(List.of(good, unknownResident));

            assertEquals(2, result.results().size());
            BatchItemResult awarded = result.results().get(0);
            BatchItemResult failed = result.results().get(1);
            assertAll(
                    () -> assertEquals(good.contributionId(), awarded.contributionId()),
                    () -> assertEquals(BatchItemStatus.AWARDED, awarded.status()),
                    () -> assertEquals(20L, awarded.points()),
                    () -> assertEquals(BatchItemStatus.FAILED, failed.status()),
                    () -> assertEquals(ErrorCode.NOT_FOUND, failed.code()),
                    () -> assertNull(failed.txId()),
                    () -> assertEquals(20, app.residents().balance(residentId).available()));
        }

        @Test
        void a_batch_beyond_the_limit_is_refused_before_sending_and_pays_nothing() {
            String residentId = newResident();
            List<ContributionRequest> tooMany = Collections.nCopies(Limits.MAX_BATCH_ITEMS + 1, hours(residentId, 1));

            CompletableFuture<BatchResult> future = app.contributions().awardBatchAsync(tooMany);

            CompletionException e = assertThrows(CompletionException.class, future::join);
            assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
            assertThrows(IllegalStateException.class, () -> app.contributions().awardBatch(List.of()));
            assertEquals(0, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void async_variants_given_a_null_argument_return_a_failed_future_instead_of_throwing() {
            List<CompletableFuture<?>> futures = List.of(app.contributions().awardAsync(null),
                    app.contributions().awardBatchAsync(null), admin.contributions().reverseAsync(null, null),
                    app.residents().getAsync(null), app.residents().enrolAsync(null),
                    app.residents().historyPageAsync(null, null, null), merchant.redemptions().redeemAsync(null),
                    admin.settlements().settleAsync(null), admin.community().setPolicyAsync(null),
                    merchant.merchantStatements().statementAsync(null, null, null));

            futures.forEach(future -> assertTrue(future.isCompletedExceptionally(), String.valueOf(future)));
        }
    }

    @Nested
    class Redemptions {
        @Test
        void redeeming_lowers_the_balance_and_names_the_merchant() {
            String residentId = newResident();
            app.contributions().award(hours(residentId, 5));

            Redemption redemption = merchant.redemptions().redeem(RedemptionRequest.builder()
                    .redemptionId(Ids.newRedemptionId()).residentId(residentId).points(25).item("rice 5kg").build());

            assertEquals("demo-merchant", redemption.merchantId());
            assertEquals("demo", redemption.communityId());
            assertEquals("rice 5kg", redemption.item());
            assertNotNull(redemption.at());
            assertEquals(25, redemption.balance());
            assertFalse(redemption.replayed());
            assertEquals(25, merchant.residents().balance(residentId).spentTotal());
        }

        @Test
        void replaying_a_redemption_returns_the_original_and_spends_once() {
            String residentId = residentWithHours(5);
            RedemptionRequest request = spend(residentId, 20);

            Redemption first = merchant.redemptions().redeem(request);
            Redemption replay = merchant.redemptions().redeemAsync(request).join();

            assertTrue(replay.replayed());
            assertEquals(first.txId(), replay.txId());
            assertEquals(30, replay.balance());
            assertEquals(20, merchant.residents().balance(residentId).spentTotal());
        }
    }

    @Nested
    class Retries {
        @Test
        void an_award_succeeds_through_two_dropped_connections_and_is_paid_once() throws Exception {
            String residentId = newResident();
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 2)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(20)).build();

                Award award = viaProxy.contributions().award(hours(residentId, 4));

                assertEquals(2, proxy.dropped());
                assertEquals(40, award.points());
            }
            Balance balance = app.residents().balance(residentId);
            assertEquals(40, balance.earnedTotal());
            assertEquals(40, balance.available());
        }

        @Test
        void without_retries_a_dropped_connection_throws_TransportException_and_pays_nothing() throws Exception {
            String residentId = newResident();
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 1)) {
                CivicLedgerClient noRetries = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(0).build();

                // A POST: the JDK client itself silently retries idempotent GETs once.
                TransportException e = assertThrows(TransportException.class,
                        () -> noRetries.contributions().award(hours(residentId, 1)));

                assertEquals(0, e.status());
                assertEquals(TransportException.CODE, e.code());
                assertEquals(1, proxy.dropped());
            }
            assertEquals(0, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void an_award_answered_503_twice_is_retried_and_paid_once() throws Exception {
            String residentId = newResident();
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 2, true)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(20)).build();

                Award award = viaProxy.contributions().award(hours(residentId, 2));

                assertEquals(2, proxy.dropped());
                assertEquals(20, award.points());
            }
            assertEquals(20, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void an_award_answered_429_CONTENDED_twice_is_retried_with_the_same_id_and_paid_once() throws Exception {
            String residentId = newResident();
            ContributionRequest request = hours(residentId, 3);
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 2, DroppingProxy.Spoil.CONTENDED)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(20)).build();

                Award award = viaProxy.contributions().award(request);

                assertEquals(2, proxy.dropped());
                assertEquals(1, proxy.forwarded());
                assertFalse(award.replayed());
                assertEquals(request.contributionId(), award.contributionId());
                assertEquals(30, award.points());
            }
            assertEquals(30, app.residents().balance(residentId).earnedTotal());
        }

        @Test
        void a_429_CONTENDED_that_outlasts_the_retries_throws_ContendedException() throws Exception {
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 10, DroppingProxy.Spoil.CONTENDED)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(1).initialBackoff(Duration.ofMillis(10)).build();

                assertProblem(ContendedException.class, 429, "CONTENDED",
                        () -> viaProxy.contributions().award(hours("0".repeat(64), 1)));
                assertEquals(2, proxy.dropped());
            }
        }

        @Test
        void a_credit_check_is_retried_after_429_CONTENDED_and_503_under_its_own_checkId_and_logged_once()
                throws Exception {
            String residentId = newResident();
            String productId = newProduct(false);
            app.consents().grant(consent(residentId, "loan"));
            try (DroppingProxy contended = new DroppingProxy(RealGateway.port(), 1, DroppingProxy.Spoil.CONTENDED);
                 DroppingProxy unavailable = new DroppingProxy(RealGateway.port(), 1, true)) {
                CivicLedgerClient viaContended = CivicLedgerClient.builder().baseUrl(contended.baseUrl())
                        .token(RealGateway.BANK_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(10)).build();
                CivicLedgerClient viaUnavailable = CivicLedgerClient.builder().baseUrl(unavailable.baseUrl())
                        .token(RealGateway.BANK_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(10)).build();

                viaContended.creditChecks().check(residentId, productId, "loan");
                // The retry carries the first attempt's checkId: had the first been logged, it would replay.
                viaUnavailable.creditChecks().check(residentId, productId, "loan");

                assertEquals(1, contended.dropped());
                assertEquals(1, contended.forwarded());
                assertEquals(1, unavailable.dropped());
                assertEquals(1, unavailable.forwarded());
            }
            assertEquals(2, app.residentCredit().queryLog(residentId).size(), "one log entry per logical check");
        }

        @Test
        void a_503_that_outlasts_the_retries_throws_LedgerUnavailableException() throws Exception {
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 10, true)) {
                CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .token(RealGateway.APP_TOKEN).maxRetries(2).initialBackoff(Duration.ofMillis(10)).build();

                assertProblem(LedgerUnavailableException.class, 503, "LEDGER_UNAVAILABLE",
                        () -> viaProxy.contributions().award(hours("0".repeat(64), 1)));
                assertEquals(3, proxy.dropped());
            }
        }

        @Test
        void a_refused_connection_is_retried_then_reported_as_TransportException() throws IOException {
            try (Socket refusing = RealGateway.refusingPort()) {
                CivicLedgerClient nowhere = CivicLedgerClient.builder()
                        .baseUrl("http://127.0.0.1:" + refusing.getLocalPort()).token(RealGateway.APP_TOKEN)
                        .maxRetries(2).initialBackoff(Duration.ofMillis(10)).build();

                TransportException e = assertThrows(TransportException.class,
                        () -> nowhere.residents().balance("0".repeat(64)));

                assertTrue(e.detail().contains("3 attempt(s)"), e.detail());
            }
        }
    }

    @Nested
    class Building {
        @Test
        void building_without_a_base_url_states_the_rule() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CivicLedgerClient.builder().token("t").build());

            assertEquals("baseUrl is required and must not be blank", e.getMessage());
        }

        @Test
        void building_without_a_token_states_the_rule() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CivicLedgerClient.builder().baseUrl("http://localhost:8080").build());

            assertEquals("token is required and must not be blank", e.getMessage());
        }

        @Test
        void a_relative_base_url_is_refused() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CivicLedgerClient.builder().baseUrl("localhost:8080").token("t").build());

            assertTrue(e.getMessage().startsWith("baseUrl must be an absolute http or https URL"), e.getMessage());
        }

        @Test
        void negative_retries_and_zero_timeouts_are_refused() {
            assertThrows(IllegalStateException.class, () -> CivicLedgerClient.builder()
                    .baseUrl("http://localhost:8080").token("t").maxRetries(-1).build());
            assertThrows(IllegalStateException.class, () -> CivicLedgerClient.builder()
                    .baseUrl("http://localhost:8080").token("t").timeout(Duration.ZERO).build());
        }

        @Test
        void a_contribution_with_zero_quantity_is_refused_before_sending() {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ContributionRequest.builder()
                    .contributionId("c-1").residentId("r").activityType(VOLUNTEER_HOUR).occurredAt(Instant.now())
                    .build());

            assertEquals("quantity must be positive, was 0", e.getMessage());
        }

        @Test
        void generated_ids_are_unique_and_follow_the_api_id_rule() {
            String a = Ids.newContributionId();
            String b = Ids.newContributionId();

            assertNotEquals(a, b);
            assertTrue(a.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}"), a);
            assertTrue(Ids.newRedemptionId().matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}"));
        }
    }
}
