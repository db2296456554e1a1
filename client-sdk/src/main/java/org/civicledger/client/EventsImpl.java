package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.events.EventPosition;

/** {@link Events} over the REST API's server-sent event stream. */
final class EventsImpl implements Events {
    private final HttpTransport transport;

    EventsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<EventSubscription> subscribeAsync(EventPosition after, EventListener listener) {
        return Calls.guarded(() -> EventStream.open(transport, after, Objects.requireNonNull(listener, "listener")));
    }
}
