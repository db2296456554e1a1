package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Events} over the REST API's server-sent event stream. */
final class EventsImpl implements Events {
    private final HttpTransport transport;

    EventsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public EventSubscription subscribe(EventListener listener) {
        return subscribe(null, listener);
    }

    @Override
    public EventSubscription subscribe(String lastEventId, EventListener listener) {
        return HttpTransport.await(subscribeAsync(lastEventId, listener));
    }

    @Override
    public CompletableFuture<EventSubscription> subscribeAsync(String lastEventId, EventListener listener) {
        Objects.requireNonNull(listener, "listener");
        return EventStream.open(transport, lastEventId, listener);
    }
}
