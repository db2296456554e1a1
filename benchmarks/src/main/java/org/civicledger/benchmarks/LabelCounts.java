package org.civicledger.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by label ({@code 429 CONTENDED}, {@code TIMEOUT}...), added to from any thread. */
final class LabelCounts {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String label) {
        counts.computeIfAbsent(label, k -> new LongAdder()).increment();
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The counts now, sorted by label. */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
