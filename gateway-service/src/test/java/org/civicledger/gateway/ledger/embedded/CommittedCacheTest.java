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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
