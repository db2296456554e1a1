package org.civicledger.client;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@link Contributions#awardBatch}: one {@link BatchItemResult} per item, in the request's order. Each
 * item succeeded or failed on its own.
 */
public final class BatchResult {
    private final List<BatchItemResult> results;

    BatchResult(List<BatchItemResult> results) {
        this.results = List.copyOf(Objects.requireNonNull(results, "results"));
    }

    /**
     * Returns the items' outcomes, in the request's order.
     *
     * @return an unmodifiable list, one entry per item
     */
    public List<BatchItemResult> results() {
        return results;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BatchResult && results.equals(((BatchResult) other).results);
    }

    @Override
    public int hashCode() {
        return results.hashCode();
    }

    @Override
    public String toString() {
        return "BatchResult{results=" + results + "}";
    }
}
