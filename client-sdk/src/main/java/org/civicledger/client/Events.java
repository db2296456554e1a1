package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.events.EventPosition;

/**
 * Following committed events (any role; each caller sees only what its role may read). Obtained from
 * {@link CivicLedgerClient#events()}.
 *
 * <pre>{@code
 * try (EventSubscription events = auditor.events().subscribe(event ->
 *         System.out.println(event.type() + " " + event.payload().residentId()))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>A subscription reconnects by itself when the connection breaks, with backoff, resuming after the last event it
 * delivered; each event is delivered once, in ledger order, on the subscription's own thread.
 */
public interface Events {

    /**
     * Subscribes from now on: returns once the gateway has accepted the stream, so every event committed after this
     * returns is delivered.
     *
     * @param listener receives the events
     * @return the open subscription; close it to stop
     * @throws CivicLedgerException if the gateway refuses the stream or cannot be reached (after the client's retries)
     */
    default EventSubscription subscribe(EventListener listener) {
        return subscribe(null, listener);
    }

    /**
     * Subscribes after a known event: every event after it is delivered, once, in order, then new ones as they
     * commit. Pass the {@link org.civicledger.api.events.LedgerEvent#position()} of the last event an earlier
     * subscription delivered (kept, for example, as its text {@code block:tx}).
     *
     * @param after    the position to resume after, or {@code null} to start from now on
     * @param listener receives the events
     * @return the open subscription; close it to stop
     * @throws ValidationFailedException if the position lies beyond the chain
     * @throws CivicLedgerException      if the gateway refuses the stream or cannot be reached
     */
    default EventSubscription subscribe(EventPosition after, EventListener listener) {
        return HttpTransport.await(subscribeAsync(after, listener));
    }

    /**
     * Asynchronous {@link #subscribe(EventPosition, EventListener)}: completes once the stream is open.
     *
     * @param after    the position to resume after, or {@code null} to start from now on
     * @param listener receives the events
     * @return a future of the open subscription
     */
    @Endpoint("GET /api/v1/events")
    CompletableFuture<EventSubscription> subscribeAsync(EventPosition after, EventListener listener);
}
