package org.civicledger.client;

import java.util.Objects;

/**
 * The range of a credit score: {@code 0} to {@code 1000}.
 */
public final class ScoreRange {
    private final int min;
    private final int max;

    ScoreRange(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /**
     * Returns the lowest score.
     *
     * @return the lowest score
     */
    public int min() {
        return min;
    }

    /**
     * Returns the highest score.
     *
     * @return the highest score
     */
    public int max() {
        return max;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ScoreRange)) {
            return false;
        }
        ScoreRange o = (ScoreRange) other;
        return min == o.min && max == o.max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return "ScoreRange{min=" + min
                + ", max=" + max + "}";
    }
}
