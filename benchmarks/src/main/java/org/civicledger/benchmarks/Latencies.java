package org.civicledger.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Latencies recorded by one thread, in nanoseconds; merged and summarised after a run. */
final class Latencies {
    private long[] values = new long[4096];
    private int size;

    /** A run's latency distribution, in milliseconds. */
    record Summary(long count, double p50Millis, double p99Millis, double maxMillis) {
    }

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    static Summary summarize(List<Latencies> perThread) {
        int total = perThread.stream().mapToInt(l -> l.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (Latencies l : perThread) {
            System.arraycopy(l.values, 0, all, at, l.size);
            at += l.size;
        }
        Arrays.sort(all);
        return new Summary(total, millis(percentile(all, 0.50)), millis(percentile(all, 0.99)),
                millis(total == 0 ? 0 : all[total - 1]));
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
