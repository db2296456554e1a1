package org.civicledger.chaincode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @ParameterizedTest
    @ValueSource(strings = {"1677-09-21T00:12:43.145224191Z", "2262-04-11T23:47:16.854775808Z", "9999-12-31T23:59:59Z",
            "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z"})
    void an_instant_outside_the_nanosecond_range_has_no_sortable_key_and_says_so(String at) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Keys.sortable(Instant.parse(at)));
        assertEquals("instant outside the sortable range 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1677-09-21T00:12:43.145224192Z", "2262-04-11T23:47:16.854775807Z"})
    void the_ends_of_the_range_have_keys(String at) {
        Instant instant = Instant.parse(at);
        assertEquals(String.format("%019d", instant.getEpochSecond() * 1_000_000_000L + instant.getNano()),
                Keys.sortable(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1677-09-21T00:12:43.145224191Z", "0001-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z"})
    void a_statement_bound_before_the_range_is_the_logs_start(String at) {
        assertEquals("merchantlog/m/", Keys.merchantRedemptionsFrom("m", Instant.parse(at)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2262-04-11T23:47:16.854775808Z", "9999-12-31T23:59:59Z", "+1000000000-12-31T23:59:59Z"})
    void a_statement_bound_after_the_range_is_the_logs_end(String at) {
        assertEquals("merchantlog/m0", Keys.merchantRedemptionsFrom("m", Instant.parse(at)));
    }
}
