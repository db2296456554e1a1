package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedCacheTest {
    @TempDir
    Path dir;
    WorldState state;

    @BeforeEach
    void open() {
        state = WorldState.open(dir.resolve("state"));
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void a_written_value_is_read_back_with_its_version_and_a_delete_reads_as_absent() {
        CommittedCache cache = new CommittedCache(state, 10);
        cache.written("account/a", bytes("v1"), new Version(3, 1));
        assertArrayEquals(bytes("v1"), cache.read("account/a").orElseThrow().value());
        assertEquals(new Version(3, 1), cache.version("account/a"));
        cache.written("account/a", null, new Version(4, 0));
        assertTrue(cache.read("account/a").isEmpty());
        assertNull(cache.version("account/a"));
    }

    @Test
    void a_miss_reads_the_state_and_never_exceeds_its_capacity() {
        CommittedCache cache = new CommittedCache(state, 8);
        for (int i = 0; i < 100; i++) {
            cache.written("k" + i, bytes("v" + i), new Version(i, 0));
        }
        assertTrue(cache.size() <= 8, "size " + cache.size());
        long stillCached = java.util.stream.IntStream.range(0, 100).filter(i -> cache.read("k" + i).isPresent()).count();
        assertEquals(cache.size(), stillCached, "evicted keys are read from the state, where they never were");
        assertTrue(cache.load("nowhere").isEmpty());
        assertNull(cache.version("nowhere"));
    }

    @Test
    void keys_that_are_read_again_outlive_keys_that_are_only_written() {
        CommittedCache cache = new CommittedCache(state, 40);
        for (int h = 0; h < 4; h++) {
            cache.written("account/" + h, bytes("hot" + h), new Version(0, h));
        }
        for (int i = 0; i < 1000; i++) {
            cache.written("history/" + i, bytes("cold" + i), new Version(1 + i, 0));
            if (i % 5 == 0) {
                for (int h = 0; h < 4; h++) {
                    assertTrue(cache.read("account/" + h).isPresent(), "account/" + h + " after " + i + " writes");
                }
            }
            assertTrue(cache.size() <= 40, "size " + cache.size());
        }
        assertEquals(new Version(0, 2), cache.version("account/2"));
    }

    @Test
    void a_key_validated_in_a_read_set_counts_as_used() {
        CommittedCache cache = new CommittedCache(state, 8);
        cache.written("resident/r", bytes("r"), new Version(0, 0));
        for (int i = 0; i < 100; i++) {
            assertEquals(new Version(0, 0), cache.version("resident/r"), "after " + i + " writes");
            cache.written("txref/" + i, bytes("t"), new Version(1 + i, 0));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
