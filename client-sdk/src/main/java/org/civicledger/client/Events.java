package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * Following committed events ({@code GET /api/v1/events}, any role; each caller sees only what its role may read).
 * Obtained from {@link CivicLedgerClient#events()}.
 *
 * <pre>{@code
 * try (EventSubscription events = auditor.events().subscribe(event ->
 *         System.out.println(event.type() + " " + event.payload()))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>A subscription reconnects by itself when the connection breaks, with backoff, sending the id of the last event
 * it delivered; each event is delivered once, in ledger order, on the subscription's own thread.
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
    EventSubscription subscribe(EventListener listener);

    /**
     * Subscribes after a known event: every event after {@code lastEventId} is delivered, once, in order, then new
     * ones as they commit. Use the {@link LedgerEvent#id()} of the last event an earlier subscription delivered.
     *
     * @param lastEventId an event id ({@code block:tx}), or {@code null} to start from now on
     * @param listener    receives the events
     * @return the open subscription; close it to stop
     * @throws ValidationFailedException if the id is malformed or beyond the chain
     * @throws CivicLedgerException      if the gateway refuses the stream or cannot be reached
     */
    EventSubscription subscribe(String lastEventId, EventListener listener);

    /**
     * Asynchronous {@link #subscribe(String, EventListener)}: completes once the stream is open.
     *
     * @param lastEventId an event id ({@code block:tx}), or {@code null} to start from now on
     * @param listener    receives the events
     * @return a future of the open subscription
     */
    CompletableFuture<EventSubscription> subscribeAsync(String lastEventId, EventListener listener);
}
