package org.civicledger.gateway.reports;

import java.util.List;

/**
 * The integer arithmetic of the anomaly report, in one place: measures in thousandths (per mille), the median of a
 * community's measures, and whether a measure exceeds a multiple of it. No floating point, no overflow: a result too
 * large for a {@code long} saturates, and a multiple of the median that does not fit is exceeded by nothing.
 */
final class Medians {
    private Medians() {
    }

    /** @return {@code numerator / denominator} in thousandths, rounded down ({@code denominator} &gt; 0) */
    static long perMille(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        long whole = numerator / denominator;
        long part = (numerator % denominator) * 1000 / denominator;
        if (whole > (Long.MAX_VALUE - part) / 1000) {
            return Long.MAX_VALUE;
        }
        return whole * 1000 + part;
    }

    /**
     * @param values the measures, at least one, in any order (not changed)
     * @return the middle value of the sorted measures; of an even count the lower middle value plus half the
     *     distance to the upper, rounded down (the same on every run and every database)
     */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of nothing");
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[middle];
        }
        long lower = sorted[middle - 1];
        long upper = sorted[middle];
        return lower + (upper - lower) / 2;
    }

    /** @return whether {@code measure} is more than {@code multiple} times {@code median} */
    static boolean exceeds(long measure, int multiple, long median) {
        long bound;
        try {
            bound = Math.multiplyExact(median, (long) multiple);
        } catch (ArithmeticException e) {
            return false;
        }
        return measure > bound;
    }
}
