package org.civicledger.chaincode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 42, 999_999_999_999L, 1_000_000_000_000L, Long.MAX_VALUE, -1, -123, Long.MIN_VALUE})
    void zero_padding_is_what_the_format_string_gives(long value) {
        for (int width : new int[] {8, 12, 19}) {
            assertEquals(String.format("%0" + width + "d", value), Keys.zeroPadded(value, width));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-06-15T10:00:00.000000001Z", "2262-04-11T23:47:16.854775807Z",
            "1969-12-31T23:59:59Z"})
    void sortable_instants_and_history_keys_keep_their_fixed_width_text(String at) {
        Instant instant = Instant.parse(at);
        long nanos = instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        assertEquals(String.format("%019d", nanos), Keys.sortable(instant));
        assertEquals("history/r/000000000042", Keys.history("r", 42));
        assertEquals("scoremodel/00000001", Keys.scoreModel(1));
    }
}
