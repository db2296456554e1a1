package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void a_simulation_reads_one_blocks_state_while_the_next_block_commits_beside_it() throws Exception {
        try (WorldState state = WorldState.open(dir)) {
            CommittedCache cache = new CommittedCache(state, 100);
            commit(state, cache, block(0, List.of(tx("t0", write("account/r", "100"), write("bucket/r", "100"))),
                    List.of(ValidationCode.VALID)));
            ExecutorService committer = Executors.newSingleThreadExecutor();
            try {
                List<String> seen = state.reading(() -> {
                    String account = text(cache.read("account/r"));
                    // the next block moves 60 points out of both keys, and commits while this simulation reads
                    Future<?> next = committer.submit(() -> commit(state, cache, block(1, List.of(
                            tx("t1", write("account/r", "40"), write("bucket/r", "40"), write("history/r/1", "-60"))),
                            List.of(ValidationCode.VALID))));
                    await(next);
                    return List.of(account, text(cache.read("bucket/r")), text(cache.read("account/r")),
                            String.valueOf(cache.read("history/r/1").isPresent()), String.valueOf(state.readingHeight()));
                });
                assertEquals(List.of("100", "100", "100", "false", "1"), seen);
                assertEquals(List.of("40", "40", "true", "2"), state.reading(() -> List.of(text(cache.read("account/r")),
                        text(cache.read("bucket/r")), String.valueOf(cache.read("history/r/1").isPresent()),
                        String.valueOf(state.readingHeight()))));
                assertEquals(Long.MAX_VALUE, state.readingHeight(), "outside a simulation reads see the newest state");
            } finally {
                committer.shutdownNow();
            }
        }
    }

    private static void commit(WorldState state, CommittedCache cache, Block block) {
        state.applying(() -> {
            state.apply(block);
            for (Envelope envelope : block.transactions()) {
                for (ReadWriteSet.KeyWrite write : envelope.transaction().rwset().writes()) {
                    cache.written(write.key(), write.value(), new Version(block.number(), 0));
                }
            }
        });
    }

    private static void await(Future<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the block did not commit while a simulation was reading", e);
        }
    }

    private static String text(Optional<WorldState.Versioned> value) {
        return new String(value.orElseThrow().value(), StandardCharsets.UTF_8);
    }

    private static Block block(long number, List<Envelope> txs, List<ValidationCode> codes) {
        return new Block(number, Block.GENESIS_PREVIOUS_HASH, "", "", "2026-06-15T10:00:00Z", txs, codes,
                "0".repeat(64), new byte[0], new byte[0], BlockFormat.CURRENT.version());
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
