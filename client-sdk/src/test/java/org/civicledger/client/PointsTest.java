package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.Balance;
import org.civicledger.api.points.HistoryEntry;
import org.civicledger.api.points.HistoryPage;
import org.civicledger.api.points.HistoryType;
import org.civicledger.api.points.MerchantStatement;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.Reversal;
import org.civicledger.api.points.ReversalRequest;
import org.civicledger.api.points.Settlement;
import org.civicledger.api.points.SettlementRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reversals, settlements and history against the real gateway. */
class PointsTest extends GatewayTest {

    @Nested
    class Reversals {
        @Test
        void reversing_an_award_takes_its_points_back_once() {
            String residentId = newResident();
            Award award = app.contributions().award(hours(residentId, 3));

            Reversal reversal = admin.contributions().reverse(award.contributionId(),
                    ReversalRequest.builder().reason("no sign-in sheet").build());

            assertAll(
                    () -> assertEquals(award.contributionId(), reversal.contributionId()),
                    () -> assertEquals(30, reversal.reversedPoints()),
                    () -> assertEquals(0, reversal.unrecoveredPoints()),
                    () -> assertEquals(0, reversal.balance()),
                    () -> assertEquals("no sign-in sheet", reversal.reason()),
                    () -> assertEquals("demo-admin", reversal.by()),
                    () -> assertNotNull(reversal.at()),
                    () -> assertNotNull(reversal.txId()),
                    () -> assertTrue(reversal.blockNumber() > award.blockNumber()));
            Balance balance = app.residents().balance(residentId);
            assertEquals(30, balance.reversedTotal());
            assertEquals(0, balance.available());
            assertProblem(InvalidStateException.class, 422, "INVALID_STATE", () -> admin.contributions()
                    .reverse(award.contributionId(), ReversalRequest.builder().reason("again").build()));
        }

        @Test
        void points_already_spent_are_reported_unrecovered() {
            String residentId = newResident();
            Award award = app.contributions().award(hours(residentId, 3));
            merchant.redemptions().redeem(spend(residentId, 25));

            Reversal reversal = admin.contributions().reverseAsync(award.contributionId(),
                    ReversalRequest.builder().reason("duplicate").build()).join();

            assertEquals(5, reversal.reversedPoints());
            assertEquals(25, reversal.unrecoveredPoints());
            assertEquals(0, reversal.balance());
        }

        @Test
        void an_app_may_not_reverse() {
            Award award = app.contributions().award(hours(newResident(), 1));

            assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.contributions()
                    .reverse(award.contributionId(), ReversalRequest.builder().reason("mine").build()));
        }
    }

    @Nested
    class Settlements {
        @Test
        void settling_pays_every_unsettled_redemption_once() {
            Redemption redemption = merchant.redemptions().redeem(spend(residentWithHours(2), 15));
            SettlementRequest request = SettlementRequest.builder().settlementId(Ids.newSettlementId())
                    .merchantId(MERCHANT_ID).build();

            Settlement settlement = admin.settlements().settle(request);
            Settlement replay = admin.settlements().settleAsync(request).join();

            assertAll(
                    () -> assertEquals(request.settlementId(), settlement.settlementId()),
                    () -> assertEquals(MERCHANT_ID, settlement.merchantId()),
                    () -> assertEquals("demo", settlement.communityId()),
                    () -> assertTrue(settlement.redemptionIds().contains(redemption.redemptionId())),
                    () -> assertEquals(settlement.redemptionIds().size(), settlement.redemptionCount()),
                    () -> assertTrue(settlement.points() >= 15),
                    () -> assertEquals("demo-admin", settlement.settledBy()),
                    () -> assertNotNull(settlement.at()),
                    () -> assertFalse(settlement.replayed()),
                    () -> assertTrue(replay.replayed()),
                    () -> assertEquals(settlement.txId(), replay.txId()));
            MerchantStatement statement = merchant.merchantStatements().statement(MERCHANT_ID);
            assertTrue(statement.redemptions().stream()
                    .filter(line -> line.redemptionId().equals(redemption.redemptionId()))
                    .allMatch(line -> line.settled()));
            assertEquals(0, statement.unsettledPoints());
            assertProblem(InvalidStateException.class, 422, "INVALID_STATE", () -> admin.settlements().settle(
                    SettlementRequest.builder().settlementId(Ids.newSettlementId()).merchantId(MERCHANT_ID).build()));
        }

        @Test
        void a_merchant_may_not_settle_itself() {
            assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> merchant.settlements().settle(
                    SettlementRequest.builder().settlementId(Ids.newSettlementId()).merchantId(MERCHANT_ID).build()));
        }
    }

    @Nested
    class History {
        @Test
        void a_page_lists_the_movements_oldest_first_with_signed_points() {
            String residentId = newResident();
            Award first = app.contributions().award(hours(residentId, 2));
            Award second = app.contributions().award(hours(residentId, 1));
            Redemption redemption = merchant.redemptions().redeem(spend(residentId, 5));

            HistoryPage page = app.residents().historyPage(residentId, null, null);

            assertEquals(List.of(HistoryType.AWARD, HistoryType.AWARD, HistoryType.REDEMPTION),
                    page.items().stream().map(HistoryEntry::type).collect(Collectors.toList()));
            assertEquals(List.of(20L, 10L, -5L),
                    page.items().stream().map(HistoryEntry::points).collect(Collectors.toList()));
            assertEquals(List.of(first.txId(), second.txId(), redemption.txId()),
                    page.items().stream().map(HistoryEntry::txId).collect(Collectors.toList()));
            assertEquals(List.of(first.contributionId(), second.contributionId(), redemption.redemptionId()),
                    page.items().stream().map(HistoryEntry::ref).collect(Collectors.toList()));
            assertNotNull(page.items().get(0).at());
            assertNull(page.nextCursor());
        }

        @Test
        void pages_continue_at_the_cursor() {
            String residentId = newResident();
            for (int i = 0; i < 3; i++) {
                app.contributions().award(hours(residentId, 1));
            }

            HistoryPage first = auditor.residents().historyPage(residentId, 2, null);
            HistoryPage second = auditor.residents().historyPageAsync(residentId, 2, first.nextCursor()).join();

            assertEquals(2, first.items().size());
            assertNotNull(first.nextCursor());
            assertEquals(1, second.items().size());
            assertNull(second.nextCursor());
        }

        @Test
        void the_paginator_reads_every_page_in_order_and_only_as_far_as_it_is_consumed() {
            String residentId = newResident();
            for (long hours : List.of(1L, 2L, 1L, 2L)) {         // 60 points: within the daily cap of 80
                app.contributions().award(hours(residentId, hours));
            }
            merchant.redemptions().redeem(spend(residentId, 5));
            AtomicInteger requests = new AtomicInteger();
            CivicLedgerClient counted = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl())
                    .token(RealGateway.APP_TOKEN).timeout(Duration.ofSeconds(20))
                    .listener(new CallListener() {
                        @Override
                        public void onResponse(HttpRequest request, HttpResponse<?> response, Duration elapsed) {
                            requests.incrementAndGet();
                        }
                    }).build();

            List<Long> all = counted.residents().history(residentId, 2).map(HistoryEntry::points)
                    .collect(Collectors.toList());
            int readingAll = requests.getAndSet(0);
            List<Long> firstThree = counted.residents().history(residentId, 2).limit(3).map(HistoryEntry::points)
                    .collect(Collectors.toList());

            assertEquals(List.of(10L, 20L, 10L, 20L, -5L), all);
            assertEquals(3, readingAll, "pages of 2, 2 and 1");
            assertEquals(List.of(10L, 20L, 10L), firstThree);
            assertEquals(2, requests.get(), "the third page is never read");
            assertEquals(all, app.residents().history(residentId).map(HistoryEntry::points)
                    .collect(Collectors.toList()), "the default page size");
        }

        @Test
        void a_merchant_may_not_read_a_history() {
            String residentId = newResident();

            assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                    () -> merchant.residents().history(residentId).count());
        }
    }
}
