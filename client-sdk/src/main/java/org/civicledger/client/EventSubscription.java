package org.civicledger.client;

import org.civicledger.api.events.EventPosition;

/**
 * An open event subscription ({@link Events#subscribe}). Thread-safe; closing it stops delivery and the reconnects.
 */
public interface EventSubscription extends AutoCloseable {

    /**
     * The position of the last event delivered, after which a later subscription can resume.
     *
     * @return that position, or the one the subscription started after, or {@code null} if neither
     */
    EventPosition lastPosition();

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
