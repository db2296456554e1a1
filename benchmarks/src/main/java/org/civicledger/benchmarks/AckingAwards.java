package org.civicledger.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Award;

/**
 * Awards through a gateway's REST API ({@link HttpAwards#awardBody}, each load thread on its own kept-alive
 * connection) that appends every acknowledged award (2xx) to an acks file ({@link Ack}). A failure is resent
 * under the SAME contribution id and body (so it can never be paid twice) a bounded number of times when resending
 * may help ({@link Failure.Kind}); one whose outcome is still unknown is kept, and {@link #settleUnknown} resends
 * it once the load is over, until it is acknowledged or refused, else writes it as unknown. Thread-safe.
 */
final class AckingAwards implements AwardLoad.AwardSink, AutoCloseable {
    private final HttpAwards http;
    private final String idPrefix;
    private final ThreadConnections connections;
    private final String path;
    private final int resends;
    private final BufferedWriter acks;
    private final LabelCounts failed = new LabelCounts();
    private final LabelCounts resent = new LabelCounts();
    private final Map<Pending, String> unknown = new ConcurrentHashMap<>();
    private final LongAdder acked = new LongAdder();
    private final LongAdder unresolved = new LongAdder();
    private volatile RuntimeException broken;

    /** An award whose outcome is not known yet, with the exact body to resend. */
    private record Pending(String contributionId, String residentId, String body) {
    }

    /** The last answer to an award: acknowledged (the reply's body), or how and why it failed. */
    private record Outcome(String ackBody, Failure.Kind kind, String label) {
    }

    /**
     * @param idPrefix award n's contribution id is {@code <idPrefix>-<n>}
     * @param timeoutMillis for connecting and for each reply
     * @param resends how often a failed award is resent under its id while the load runs
     */
    AckingAwards(HttpAwards http, String idPrefix, Path acksFile, int timeoutMillis, int resends) throws IOException {
        this.http = http;
        this.idPrefix = idPrefix;
        URI api = URI.create(http.api());
        this.connections = new ThreadConnections(api, timeoutMillis);
        this.path = api.getPath() + "/contributions";
        this.resends = resends;
        this.acks = Files.newBufferedWriter(acksFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Override
    public String award(long n) {
        if (broken != null) {
            return "stopped";
        }
        try {
            return awardOrThrow(n);
        } catch (RuntimeException e) {
            if (broken == null) {
                broken = e;
            }
            return "stopped";
        }
    }

    /**
     * The error that stopped the awards (an acknowledgement that cannot be read or recorded), or null.
     */
    RuntimeException broken() {
        return broken;
    }

    private String awardOrThrow(long n) {
        String id = idPrefix + "-" + n;
        String resident = http.resident(n);
        Pending award = new Pending(id, resident, HttpAwards.awardBody(id, resident, http.activityType(), Instant.now()));
        Outcome o = send(award, resends, 100);
        if (o.ackBody() != null) {
            return null;
        }
        if (o.kind() == Failure.Kind.UNKNOWN) {
            unknown.put(award, o.label());
        } else {
            failed.add(o.label());
        }
        return o.label();
    }

    /**
     * Resends the awards whose outcome is unknown, in up to {@code rounds} rounds after waits of 1, 2, 4... s (at
     * most 32 s), each award once a round; one still unknown after the last round is counted as failed and
     * unresolved, and written with txId {@value Ack#UNKNOWN}.
     */
    void settleUnknown(int rounds) {
        Map<Pending, String> left = new LinkedHashMap<>(unknown);
        unknown.clear();
        for (int round = 0; round < rounds && !left.isEmpty(); round++) {
            sleep(1000L << Math.min(round, 5));
            for (Iterator<Map.Entry<Pending, String>> it = left.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Pending, String> e = it.next();
                resent.add(e.getValue());
                Outcome o = send(e.getKey(), 0, 0);
                if (o.ackBody() != null) {
                    it.remove();
                } else if (o.kind() == Failure.Kind.REFUSED) {
                    failed.add(o.label());
                    it.remove();
                } else {
                    e.setValue(o.label());
                }
            }
        }
        left.forEach((award, label) -> {
            failed.add(label);
            unresolved.increment();
            append(new Ack(Ack.UNKNOWN, award.contributionId(), award.residentId(), HttpAwards.POINTS_PER_AWARD));
        });
    }

    long acked() {
        return acked.sum();
    }

    long unresolved() {
        return unresolved.sum();
    }

    /** Awards that were never acknowledged, by their last failure ({@code 429 CONTENDED}, {@code TIMEOUT}...). */
    Map<String, Long> failed() {
        return failed.snapshot();
    }

    /** Resends, by the failure that caused them. */
    Map<String, Long> resent() {
        return resent.snapshot();
    }

    private Outcome send(Pending award, int resends, long firstBackoffMillis) {
        Outcome o = null;
        for (int attempt = 0; attempt <= resends; attempt++) {
            if (attempt > 0) {
                resent.add(o.label());
                sleep(firstBackoffMillis << Math.min(attempt - 1, 6));
            }
            o = once(award);
            if (o.ackBody() != null) {
                Award a = read(o.ackBody());
                append(new Ack(a.txId(), award.contributionId(), award.residentId(), a.points()));
                acked.increment();
                return o;
            }
            if (o.kind() == Failure.Kind.REFUSED) {
                return o;
            }
        }
        return o;
    }

    private Outcome once(Pending award) {
        try {
            KeepAliveClient.Reply r = connections.post(path, http.appToken(), award.body());
            if (r.status() / 100 == 2) {
                return new Outcome(r.body(), null, null);
            }
            return new Outcome(null, Failure.kind(r.status()), Failure.label(r.status(), r.body()));
        } catch (IOException e) {
            return new Outcome(null, Failure.Kind.UNKNOWN, Failure.label(e));
        }
    }

    private static Award read(String body) {
        try {
            return Wire.read(Wire.mapper().readTree(body), Wire.type(Award.class), false);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("an acknowledged award's reply is not an award: " + e.getMessage(), e);
        }
    }

    private void append(Ack ack) {
        synchronized (acks) {
            try {
                acks.write(ack.line());
                acks.newLine();
                acks.flush(); // an acknowledged award is on file before the next one is sent
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the acks file", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to resend", e);
        }
    }

    @Override
    public void close() throws IOException {
        connections.close();
        synchronized (acks) {
            acks.close();
        }
    }
}
