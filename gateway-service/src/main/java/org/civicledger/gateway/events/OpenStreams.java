package org.civicledger.gateway.events;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event streams that are open, each with its ledger subscription. A client that goes away is
 * noticed within {@link #SWEEP_SECONDS} seconds (its sink reports closed) and its subscription
 * ends then, not only when the next event finds it gone.
 */
@Singleton
public class OpenStreams {
    static final int SWEEP_SECONDS = 2;

    private final Map<SseEventSink, AutoCloseable> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "civic-sse-sweeper");
        t.setDaemon(true);
        return t;
    });

    public OpenStreams() {
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    void opened(SseEventSink sink, AutoCloseable subscription) {
        streams.put(sink, subscription);
        if (sink.isClosed()) {
            closed(sink);
        }
    }

    /** Ends the stream's subscription (once; later calls do nothing). */
    void closed(SseEventSink sink) {
        AutoCloseable subscription = streams.remove(sink);
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // the subscription is gone either way
            }
        }
    }

    /** @return how many streams are open now */
    public int count() {
        return streams.size();
    }

    private void sweep() {
        streams.keySet().stream().filter(SseEventSink::isClosed).toList().forEach(this::closed);
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        streams.keySet().stream().toList().forEach(this::closed);
    }
}
