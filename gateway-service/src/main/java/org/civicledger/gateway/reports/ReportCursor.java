package org.civicledger.gateway.reports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.gateway.problem.ApiException;

/**
 * Where a page of a report listing ended: the last row's time and ledger position. On the wire it is opaque
 * (base64url of {@code v1:<epoch ms>:<block>:<tx>}); a cursor the gateway did not write is refused, never echoed.
 */
record ReportCursor(long atMs, long block, int tx) {
    private static final Pattern FORM = Pattern.compile("v1:(0|[1-9][0-9]{0,17}):(0|[1-9][0-9]{0,17}):(0|[1-9][0-9]{0,8})");
    private static final int MAX_LENGTH = 100;

    /** @return the cursor as the answer's {@code nextCursor} gives it */
    String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + atMs + ":" + block + ":" + tx).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param text a {@code cursor} query parameter, or null or empty for the first page
     * @return the cursor, or null for the first page
     * @throws ApiException VALIDATION_FAILED when it is not a cursor this gateway wrote
     */
    static ReportCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher m = FORM.matcher(decoded);
        if (!m.matches()) {
            throw invalid();
        }
        return new ReportCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor must be a nextCursor of this report");
    }
}
