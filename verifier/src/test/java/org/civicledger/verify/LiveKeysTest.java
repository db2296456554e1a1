package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveKeysTest {
    @Test
    void keys_survive_growth_and_deletes_leave_later_keys_findable() {
        LiveKeys keys = new LiveKeys(16);
        int n = 100_000;
        for (long k = 1; k <= n; k++) {
            int slot = keys.slot(k * 0x9E3779B97F4A7C15L, k, 0, 0);
            assertFalse(keys.isLive(slot));
            keys.set(slot, new long[] {k, 0, 0, 0}, k, -k);
        }
        assertEquals(n, keys.size());
        for (long k = 1; k <= n; k += 2) {
            keys.delete(keys.slot(k * 0x9E3779B97F4A7C15L, k, 0, 0));
        }
        assertEquals(n / 2, keys.size());
        for (long k = 2; k <= n; k += 2) {
            int slot = keys.slot(k * 0x9E3779B97F4A7C15L, k, 0, 0);
            assertTrue(keys.isLive(slot), "key " + k);
            assertEquals(k, keys.entry(slot, 0));
            assertEquals(-k, keys.factB(slot));
        }
        assertFalse(keys.isLive(keys.slot(3 * 0x9E3779B97F4A7C15L, 3, 0, 0)));
    }
}
