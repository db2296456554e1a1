package org.civicledger.gateway.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicledger.api.ErrorCode;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {
    @Test
    void allows_max_attempts_in_all_then_answers_CONTENDED() {
        ConflictRetry retry = ConflictRetry.embedded(3);
        assertTrue(retry.again(1));
        assertTrue(retry.again(2));
        assertFalse(retry.again(3));
        assertEquals(2, retry.retried());
        LedgerRefusal refusal = retry.exhausted(3, "MVCC_READ_CONFLICT", "tx1");
        assertEquals(ErrorCode.CONTENDED, refusal.code());
        assertEquals(429, refusal.code().httpStatus());
        assertEquals("tx1", refusal.txId());
    }

    @Test
    void refuses_a_budget_below_one_attempt() {
        assertThrows(IllegalArgumentException.class, () -> ConflictRetry.fabric(0));
    }
}
