package org.civicledger.gateway.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.civicledger.api.Limits;
import org.junit.jupiter.api.Test;

/** The checkpoint rule of transaction proofs, which both ledgers follow. */
class ProofRangeTest {
    private static final int MAX = Limits.MAX_PROOF_HEADERS;

    @Test
    void without_a_request_the_checkpoint_is_the_latest_block_when_it_is_close() {
        assertEquals(19, ProofRange.checkpoint(17, 20, OptionalLong.empty()));
        assertEquals(17, ProofRange.checkpoint(17, 18, OptionalLong.empty()));
        assertEquals(17 + MAX, ProofRange.checkpoint(17, 18 + MAX, OptionalLong.empty()));
    }

    @Test
    void without_a_request_the_checkpoint_is_the_block_the_limit_after_the_transactions_when_the_latest_is_further() {
        assertEquals(17 + MAX, ProofRange.checkpoint(17, 19 + MAX, OptionalLong.empty()));
    }

    @Test
    void a_requested_checkpoint_from_the_transactions_block_to_the_limit_is_taken() {
        assertEquals(17, ProofRange.checkpoint(17, 5_000, OptionalLong.of(17)));
        assertEquals(17 + MAX, ProofRange.checkpoint(17, 5_000, OptionalLong.of(17 + MAX)));
    }

    @Test
    void a_requested_checkpoint_before_the_block_beyond_the_latest_or_past_the_limit_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ProofRange.checkpoint(17, 5_000, OptionalLong.of(16)));
        assertThrows(IllegalArgumentException.class, () -> ProofRange.checkpoint(17, 20, OptionalLong.of(20)));
        assertThrows(IllegalArgumentException.class,
                () -> ProofRange.checkpoint(17, 5_000, OptionalLong.of(18 + MAX)));
        assertThrows(IllegalArgumentException.class,
                () -> ProofRange.checkpoint(17, 5_000, OptionalLong.of(Long.MAX_VALUE)));
    }
}
