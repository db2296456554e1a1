package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.AcksTest.R1;
import static org.civicledger.benchmarks.AcksTest.R2;
import static org.civicledger.benchmarks.AcksTest.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ExactlyOnce} against a ledger that breaks only that rule. */
class ExactlyOnceTest {
    /** Three acknowledged awards: two to R1, one to R2. */
    private final Acks.Merged acks = Acks.merge(List.of(ack("01", "c-1", R1), ack("02", "c-2", R2),
            ack("03", "c-3", R1)));
    /** A ledger that holds exactly those awards. */
    private final Map<String, ExactlyOnce.Recorded> ledger = new HashMap<>(Map.of(
            "01", valid("c-1", R1), "02", valid("c-2", R2), "03", valid("c-3", R1)));
    private final Map<String, Long> earned = new HashMap<>(Map.of(R1, 40L, R2, 20L));

    private static ExactlyOnce.Recorded valid(String contributionId, String resident) {
        return new ExactlyOnce.Recorded("VALID", contributionId, resident, 20L);
    }

    private List<String> mismatches() {
        return ExactlyOnce.mismatches(acks, ledger, earned);
    }

    @Test
    void a_ledger_holding_each_acknowledged_award_once_passes() {
        assertEquals(List.of(), mismatches());
        assertEquals(Map.of(R1, 40L, R2, 20L), ExactlyOnce.acknowledgedPoints(acks));
    }

    @Test
    void a_doubled_write_fails_by_the_residents_total() {
        earned.put(R1, 60L);
        assertEquals(List.of("resident " + R1 + " earned 60 points on the ledger, 40 were acknowledged: "
                + "a write doubled or never acknowledged"), mismatches());
    }

    @Test
    void a_lost_write_fails_twice_missing_transaction_and_short_total() {
        ledger.remove("03");
        earned.put(R1, 20L);
        assertEquals(List.of("transaction 03 (contribution c-3) is not on the ledger: a lost write",
                "resident " + R1 + " earned 20 points on the ledger, 40 were acknowledged: a lost write"), mismatches());
    }

    @Test
    void an_invalid_transaction_fails_even_when_the_totals_agree() {
        ledger.put("02", new ExactlyOnce.Recorded("MVCC_READ_CONFLICT", "c-2", R2, 20L));
        assertEquals(List.of("transaction 02 (contribution c-2) is MVCC_READ_CONFLICT, not VALID"), mismatches());
    }

    @Test
    void a_transaction_of_another_award_fails() {
        ledger.put("02", new ExactlyOnce.Recorded("VALID", "c-9", R2, 20L));
        assertEquals(List.of("transaction 02 is not the award acknowledged (contribution c-2, 20 points): "
                + "the ledger's award is contribution c-9, 20 points"), mismatches());
    }

    @Test
    void an_unknown_resident_fails() {
        earned.remove(R2);
        assertEquals(List.of("resident " + R2 + " is not on the ledger, yet 20 points were acknowledged to it"),
                mismatches());
    }

    @Test
    void a_contribution_acknowledged_with_two_transactions_fails_even_when_the_ledger_agrees_with_the_first() {
        Acks.Merged doubled = Acks.merge(List.of(ack("01", "c-1", R1), ack("02", "c-2", R2), ack("03", "c-3", R1),
                ack("04", "c-1", R1)));
        assertEquals(List.of("contribution c-1 acknowledged with two transactions: 01 and 04"),
                ExactlyOnce.mismatches(doubled, ledger, earned));
    }

    @Test
    void an_award_whose_outcome_was_never_learned_fails() {
        Acks.Merged unknown = Acks.merge(List.of(ack("01", "c-1", R1), ack("02", "c-2", R2), ack("03", "c-3", R1),
                ack(Ack.UNKNOWN, "c-4", R2)));
        assertEquals(List.of("contribution c-4: its outcome was never learned, so resident " + R2
                + "'s total cannot be checked"), ExactlyOnce.mismatches(unknown, ledger, earned));
    }
}
