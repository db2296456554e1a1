package org.civicledger.client;

import org.civicledger.api.events.LedgerEvent;

/**
 * Receives the events of an {@link Events} subscription, one at a time on the subscription's thread, in ledger order.
 * An exception thrown by {@link #onEvent} is logged and the event counts as delivered.
 */
@FunctionalInterface
public interface EventListener {

    /**
     * Receives the next event.
     *
     * @param event the event, with its {@link LedgerEvent#position()}; never one delivered before
     */
    void onEvent(LedgerEvent event);

    /**
     * Told that the subscription ended because the gateway refused to resume it (for example the token is no longer
     * valid); connection failures and {@code 503}s are retried instead and never reach here. Does nothing unless
     * overridden.
     *
     * @param failure why the subscription ended
     */
    default void onFailure(CivicLedgerException failure) {
    }
}
