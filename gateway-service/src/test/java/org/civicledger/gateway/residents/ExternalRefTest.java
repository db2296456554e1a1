package org.civicledger.gateway.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalRefTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "card-0042|card-0042",
        "'card-0042 '|card-0042",
        "'  card-0042'|card-0042",
        "card-\uFF10\uFF10\uFF14\uFF12|card-0042",
        "\uFF23\uFF21\uFF32\uFF24-0042|CARD-0042",
        "card-0042\u00A0|card-0042",
        "\u3000card-0042\u3000|card-0042",
        "card-0042\u2028|card-0042",
        "card\u00A00042|card 0042",
        "cafe\u0301|caf\u00E9",
        "\uD835\uDC00-1|A-1",
        "\uD83D\uDE00 smile|\uD83D\uDE00 smile",
        "\u5F20\u4E09-110105|\u5F20\u4E09-110105"})
    void normalises_to_nfkc_without_surrounding_spaces(String raw, String normalised) {
        assertEquals(normalised, ExternalRef.normalise(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"card-0042\uD800", "\uDC00card", "card\uD800-0042", "card\uDBFF\uDBFF", "\uDC00\uD800"})
    void refuses_an_unpaired_surrogate(String raw) {
        assertRefused(raw, "externalRef must be valid Unicode text: it holds an unpaired surrogate");
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD", "202E", "0000", "0007", "0009", "000A",
        "001B", "007F", "0085", "FFFF", "FDD0", "0378", "E0001"})
    void refuses_control_format_and_unassigned_code_points_anywhere(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        for (String raw : new String[] {"card" + c + "0042", "card-0042" + c, c + "card-0042", c}) {
            assertRefused(raw, "externalRef must not contain control, format (such as a zero-width space) or "
                    + "unassigned Unicode characters");
        }
    }

    @Test
    void allows_private_use_characters() {
        assertEquals("card-\uE000", ExternalRef.normalise("card-\uE000"));
    }

    @ParameterizedTest(name = "[{index}] length {0}")
    @ValueSource(ints = {0, 257})
    void refuses_what_is_empty_or_too_long_once_normalised(int length) {
        assertRefused("x".repeat(length), "externalRef must be 1 to 256 characters once normalised (Unicode NFKC, "
                + "spaces at both ends removed)");
    }

    @Test
    void counts_code_points_after_normalisation() {
        assertEquals(256, ExternalRef.normalise("\uD83D\uDE00".repeat(256)).codePointCount(0, 512));
        assertEquals(256, ExternalRef.normalise("  " + "x".repeat(256) + "\u3000").length());
        assertRefused("   ", "externalRef must be 1 to 256 characters once normalised (Unicode NFKC, spaces at both "
                + "ends removed)");
        // U+FDFA becomes 18 characters under NFKC: 15 of them is 270 characters
        assertRefused("\uFDFA".repeat(15), "externalRef must be 1 to 256 characters once normalised (Unicode NFKC, "
                + "spaces at both ends removed)");
        assertRefused("x".repeat(ExternalRef.MAX_RAW_LENGTH + 1), "externalRef must be 1 to 256 characters once "
                + "normalised (Unicode NFKC, spaces at both ends removed)");
    }

    private static void assertRefused(String raw, String detail) {
        ApiException e = assertThrows(ApiException.class, () -> ExternalRef.normalise(raw));
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        assertEquals(detail, e.getMessage());
        assertFalse(raw.length() > 2 && e.getMessage().contains(raw), "the value is repeated");
        assertTrue(e.getMessage().startsWith("externalRef "));
    }
}
