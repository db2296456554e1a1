package org.civicledger.gateway.events;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.config.CivicConfig;

/**
 * The event streams that are open, each with its caller and ledger subscription.
 *
 * <ul>
 *   <li>A caller may hold at most {@code civic.events.max-streams-per-caller} (default 4) open at once;
 *       one more is refused with 429 {@code TOO_MANY_STREAMS}, and a stream that closes frees its slot.</li>
 *   <li>A client that goes away is noticed within {@link #SWEEP_SECONDS} seconds (its sink reports
 *       closed) and its subscription ends then, not only when the next event finds it gone.</li>
 *   <li>Every {@code civic.events.heartbeat} each stream gets a comment line, so a quiet stream is not
 *       cut by the connection idle timeout ({@code quarkus.http.idle-timeout}).</li>
 * </ul>
 */
@Singleton
public class OpenStreams {
    private static final Logger LOG = Logger.getLogger(OpenStreams.class.getName());
    static final int SWEEP_SECONDS = 2;

    private record Stream(String caller, Sse sse, AutoCloseable subscription) {
    }

    private final int maxPerCaller;
    private final Map<SseEventSink, Stream> streams = new ConcurrentHashMap<>();
    private final Map<String, Integer> perCaller = new HashMap<>(); // guarded by this
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "civic-sse-sweeper");
        t.setDaemon(true);
        return t;
    });

    public OpenStreams(CivicConfig config) {
        this.maxPerCaller = config.events().maxStreamsPerCaller();
        Duration heartbeat = config.events().heartbeat();
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
        sweeper.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes one of {@code caller}'s stream slots; {@link #opened} or {@link #release} gives it back.
     *
     * @throws ApiException TOO_MANY_STREAMS when the caller holds all its slots
     */
    synchronized void reserve(String caller) {
        int open = perCaller.getOrDefault(caller, 0);
        if (open >= maxPerCaller) {
            throw new ApiException(ErrorCode.TOO_MANY_STREAMS, "this caller already has " + open
                    + " event streams open, the most allowed (civic.events.max-streams-per-caller);"
                    + " close one, or resume later with Last-Event-ID");
        }
        perCaller.put(caller, open + 1);
    }

    /** Gives back a slot taken by {@link #reserve} whose stream never opened. */
    synchronized void release(String caller) {
        perCaller.computeIfPresent(caller, (name, open) -> open <= 1 ? null : open - 1);
    }

    /** Records an open stream, in a slot {@link #reserve} took for its caller. */
    void opened(SseEventSink sink, String caller, Sse sse, AutoCloseable subscription) {
        streams.put(sink, new Stream(caller, sse, subscription));
        if (sink.isClosed()) {
            closed(sink);
        }
    }

    /** Ends the stream's subscription and frees its slot (once; later calls do nothing). */
    void closed(SseEventSink sink) {
        Stream stream = streams.remove(sink);
        if (stream == null) {
            return;
        }
        try {
            stream.subscription().close();
        } catch (Exception e) {
            // the subscription is gone either way
        } finally {
            release(stream.caller());
        }
    }

    /** @return how many streams are open now */
    public int count() {
        return streams.size();
    }

    private void sweep() {
        streams.keySet().stream().filter(SseEventSink::isClosed).toList().forEach(this::closed);
    }

    private void heartbeat() {
        streams.forEach((sink, stream) -> {
            try {
                if (!sink.isClosed()) {
                    OutboundSseEvent comment = stream.sse().newEventBuilder().comment("keep-alive").build();
                    sink.send(comment).whenComplete((ok, failed) -> {
                        if (failed != null) {
                            LOG.log(Level.FINE, "heartbeat not sent", failed);
                        }
                    });
                }
            } catch (RuntimeException e) { // a failure must not end the schedule
                LOG.log(Level.WARNING, "heartbeat failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        streams.keySet().stream().toList().forEach(this::closed);
    }
}
