package org.civicledger.client;

/**
 * An open event subscription ({@link Events#subscribe}). Thread-safe; closing it stops delivery and the reconnects.
 */
public interface EventSubscription extends AutoCloseable {

    /**
     * The id of the last event delivered, from which a later subscription can resume.
     *
     * @return an event id ({@code block:tx}), or the id the subscription started after, or {@code null} if neither
     */
    String lastEventId();

    /**
     * Whether the subscription still delivers: not closed, and not ended by {@link EventListener#onFailure}.
     *
     * @return {@code true} while open
     */
    boolean isOpen();

    /** Stops the subscription: no event is delivered after this returns, except one already being delivered. */
    @Override
    void close();
}
