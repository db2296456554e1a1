package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicledger.api.points.MerchantStatement;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.StatementLine;
import org.junit.jupiter.api.Test;

/** Merchant statements against the real gateway. */
class MerchantStatementsTest extends GatewayTest {

    @Test
    void a_redemption_is_on_the_merchants_statement_unsettled() {
        Redemption redemption = merchant.redemptions().redeem(
                spend(residentWithHours(3), 12));

        MerchantStatement statement = merchant.merchantStatements().statement(MERCHANT_ID);

        StatementLine line = statement.redemptions().stream()
                .filter(l -> l.redemptionId().equals(redemption.redemptionId())).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(redemption.residentId(), line.residentId()),
                () -> assertEquals(12, line.points()),
                () -> assertEquals("rice 5kg", line.item()),
                () -> assertEquals(redemption.at(), line.at()),
                () -> assertEquals(redemption.txId(), line.txId()),
                () -> assertFalse(line.settled()));
        assertEquals(statement.redemptions().stream().mapToLong(StatementLine::points).sum(),
                statement.totalPoints());
        assertTrue(statement.unsettledPoints() >= 12);
    }

    @Test
    void a_declared_value_is_on_the_line_and_in_the_total() {
        Redemption valued = merchant.redemptions().redeem(org.civicledger.api.points.RedemptionRequest.builder()
                .redemptionId(Ids.newRedemptionId()).residentId(residentWithHours(2)).points(10).item("rice 5kg")
                .valueFen(1250).build());
        Redemption plain = merchant.redemptions().redeem(spend(residentWithHours(1), 4));
        assertEquals(1250L, valued.valueFen());
        assertEquals(null, plain.valueFen());

        MerchantStatement statement = merchant.merchantStatements().statement(MERCHANT_ID, valued.at(),
                plain.at().plusMillis(1));

        StatementLine line = statement.redemptions().stream()
                .filter(l -> l.redemptionId().equals(valued.redemptionId())).findFirst().orElseThrow();
        assertEquals(1250L, line.valueFen());
        assertEquals(statement.redemptions().stream().mapToLong(l -> l.valueFen() == null ? 0 : l.valueFen()).sum(),
                statement.totalValueFen());
        assertTrue(statement.totalValueFen() >= 1250);
    }

    @Test
    void a_period_holds_only_the_redemptions_made_in_it() {
        Redemption redemption = merchant.redemptions().redeem(
                spend(residentWithHours(1), 5));
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);

        MerchantStatement before = auditor.merchantStatements()
                .statementAsync(MERCHANT_ID, null, Instant.now().minus(1, ChronoUnit.HOURS)).join();
        MerchantStatement around = admin.merchantStatements()
                .statement(MERCHANT_ID, Instant.now().minus(1, ChronoUnit.HOURS), later);

        assertFalse(before.redemptions().stream().anyMatch(l -> l.txId().equals(redemption.txId())));
        assertTrue(around.redemptions().stream().anyMatch(l -> l.txId().equals(redemption.txId())));
    }

    @Test
    void instants_far_from_now_are_open_ends() {
        Redemption redemption = merchant.redemptions().redeem(spend(residentWithHours(1), 3));

        MerchantStatement all = admin.merchantStatements().statement(MERCHANT_ID, Instant.MIN, Instant.MAX);
        MerchantStatement noEnd = admin.merchantStatements().statement(MERCHANT_ID, null,
                Instant.parse("9999-12-31T23:59:59Z"));
        MerchantStatement none = admin.merchantStatements().statement(MERCHANT_ID, Instant.MAX, null);

        assertTrue(all.redemptions().stream().anyMatch(l -> l.txId().equals(redemption.txId())));
        assertTrue(noEnd.redemptions().stream().anyMatch(l -> l.txId().equals(redemption.txId())));
        assertTrue(none.redemptions().isEmpty());
    }

    @Test
    void a_merchant_reading_another_merchants_statement_throws_ForbiddenException() {
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                () -> merchant.merchantStatements().statement("other-merchant"));
    }
}
