package org.civicledger.benchmarks;

import java.util.regex.Pattern;

/**
 * One line of an acks file ({@code ConsortiumLoad awards} writes them, {@code check} reads them): an award the
 * gateway acknowledged (2xx) with its transaction, or ({@code txId} {@value #UNKNOWN}) one whose outcome was never
 * learned although it was resent under the same id.
 * <pre>{@code txId <TAB> contributionId <TAB> residentId <TAB> points}</pre>
 */
record Ack(String txId, String contributionId, String residentId, long points) {
    /** The txId of an award whose outcome is unknown. */
    static final String UNKNOWN = "?";

    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern RESIDENT = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    Ack {
        if (!UNKNOWN.equals(txId) && !HEX.matcher(txId).matches()) {
            throw new IllegalArgumentException("txId is not hexadecimal (nor " + UNKNOWN + ")");
        }
        if (!CLIENT_ID.matcher(contributionId).matches()) {
            throw new IllegalArgumentException("contributionId is not a client id");
        }
        if (!RESIDENT.matcher(residentId).matches()) {
            throw new IllegalArgumentException("residentId is not 64 lowercase hexadecimal digits");
        }
        if (points <= 0) {
            throw new IllegalArgumentException("points must be positive");
        }
    }

    /** Whether the gateway acknowledged it (a 2xx with this txId). */
    boolean acknowledged() {
        return !UNKNOWN.equals(txId);
    }

    /** The line, without its line break. */
    String line() {
        return txId + '\t' + contributionId + '\t' + residentId + '\t' + points;
    }

    /** A line as {@link #line()} writes it; anything else is refused, saying which field is wrong. */
    static Ack parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("expected 4 tab-separated fields (txId, contributionId, residentId, "
                    + "points), found " + f.length);
        }
        long points;
        try {
            points = Long.parseLong(f[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("points is not a whole number");
        }
        return new Ack(f[0], f[1], f[2], points);
    }
}
