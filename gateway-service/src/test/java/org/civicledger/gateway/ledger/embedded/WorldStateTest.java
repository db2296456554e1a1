package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldStateTest {
    @TempDir
    Path dir;

    @Test
    void applies_a_block_in_block_order_whatever_order_its_keys_sort_in() {
        try (WorldState state = WorldState.open(dir)) {
            state.apply(block(0, List.of(
                    tx("t0", write("b", "first"), write("gone", "soon"), write("a", "one")),
                    tx("t1", write("b", "second"), delete("gone")),
                    tx("t2", write("c", "invalid"))),
                    List.of(ValidationCode.VALID, ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT)));

            assertArrayEquals(bytes("second"), state.get("b").orElseThrow().value());
            assertEquals(new Version(0, 1), state.get("b").orElseThrow().version());
            assertArrayEquals(bytes("one"), state.get("a").orElseThrow().value());
            assertTrue(state.get("gone").isEmpty());
            assertTrue(state.get("c").isEmpty());
            assertEquals(List.of("t0", "t1"), state.history("b").stream().map(WorldState.Modification::txId).toList());
            assertEquals(List.of(false, true),
                    state.history("gone").stream().map(WorldState.Modification::deleted).toList());
            assertEquals(new WorldState.TxLocation(0, 2, ValidationCode.MVCC_READ_CONFLICT),
                    state.location("t2").orElseThrow());
            assertEquals(1, state.height());
        }
    }

    private static Block block(long number, List<Envelope> txs, List<ValidationCode> codes) {
        return new Block(number, Block.GENESIS_PREVIOUS_HASH, "", "", "2026-06-15T10:00:00Z", txs, codes,
                "0".repeat(64), new byte[0], new byte[0]);
    }

    private static Envelope tx(String id, ReadWriteSet.KeyWrite... writes) {
        return new Envelope(new Transaction(id, "2026-06-15T10:00:00Z", "CommunityMSP", new byte[0], "f", List.of(),
                new ReadWriteSet(List.of(), List.of(), List.of(writes)), null, new byte[0]), new byte[0]);
    }

    private static ReadWriteSet.KeyWrite write(String key, String value) {
        return new ReadWriteSet.KeyWrite(key, bytes(value), false);
    }

    private static ReadWriteSet.KeyWrite delete(String key) {
        return new ReadWriteSet.KeyWrite(key, null, true);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
