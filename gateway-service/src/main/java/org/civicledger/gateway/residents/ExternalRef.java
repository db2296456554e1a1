package org.civicledger.gateway.residents;

import java.text.Normalizer;
import org.civicledger.api.Limits;
import org.civicledger.gateway.problem.ApiException;

/**
 * The one normalisation of a resident's real-world reference before it is hashed into a
 * {@code residentId}, so that the same person written differently is one resident:
 * <ol>
 *   <li>an unpaired surrogate (a lone {@code \uD800} escape in the JSON: not text) is refused —
 *       checked first, because normalising would silently replace it;</li>
 *   <li>Unicode NFKC (full-width digits become ASCII digits, a no-break space a space…);</li>
 *   <li>a control (Cc), format (Cf, e.g. U+200B zero-width space, U+FEFF) or unassigned (Cn,
 *       noncharacters included) code point anywhere is refused — invisible characters must not
 *       make a second resident, and NFKC of an unassigned code point may change once it is assigned;</li>
 *   <li>space separators (Zs, Zl, Zp) are removed at both ends;</li>
 *   <li>1 to {@value #MAX_LENGTH} code points must remain.</li>
 * </ol>
 * Plain ASCII references without surrounding spaces are unchanged by this, so their ids are the
 * ones computed before normalisation existed. Refusals name {@code externalRef} and the rule; they
 * never repeat the value (it is a citizen-card or phone number).
 */
public final class ExternalRef {
    /** Code points after normalisation. */
    public static final int MAX_LENGTH = Limits.MAX_EXTERNAL_REF_LENGTH;
    /** UTF-16 units before normalisation: NFKC of at most this much is cheap; anything longer cannot fit anyway. */
    static final int MAX_RAW_LENGTH = 4 * MAX_LENGTH;
    private static final String LENGTH_RULE = "externalRef must be 1 to " + MAX_LENGTH
            + " characters once normalised (Unicode NFKC, spaces at both ends removed)";

    private ExternalRef() {
    }

    /**
     * @return {@code raw} normalised as the class says
     * @throws ApiException {@code VALIDATION_FAILED} naming the rule it breaks
     */
    public static String normalise(String raw) {
        if (raw.length() > MAX_RAW_LENGTH) {
            throw ApiException.invalid(LENGTH_RULE);
        }
        if (hasUnpairedSurrogate(raw)) {
            throw ApiException.invalid("externalRef must be valid Unicode text: it holds an unpaired surrogate");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (text.codePoints().anyMatch(ExternalRef::refused)) {
            throw ApiException.invalid("externalRef must not contain control, format (such as a zero-width space) "
                    + "or unassigned Unicode characters");
        }
        String trimmed = trim(text);
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw ApiException.invalid(LENGTH_RULE);
        }
        return trimmed;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isSpaceChar(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isSpaceChar(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }
}
