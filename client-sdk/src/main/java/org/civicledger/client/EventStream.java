package org.civicledger.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.api.Wire;
import org.civicledger.api.events.EventPosition;
import org.civicledger.api.events.LedgerEvent;

/**
 * One event subscription: reads the stream on its own thread, delivers each event once and in order, and when the
 * connection breaks reconnects with backoff, sending {@code Last-Event-ID}: the position of the last event it
 * delivered.
 */
final class EventStream implements EventSubscription {
    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());
    private static final String PATH = ApiPath.V1 + "events";

    private final HttpTransport transport;
    private final EventListener listener;
    private final Thread reader;
    /** Position of the last delivered event: written by the reader thread only. */
    private volatile EventPosition last;
    private volatile boolean closed;
    private volatile InputStream body;

    private EventStream(HttpTransport transport, EventPosition after, EventListener listener) {
        this.transport = transport;
        this.listener = listener;
        this.last = after;
        this.reader = new Thread(this::run, "civic-ledger-events");
        reader.setDaemon(true);
    }

    /** Opens the stream; the future completes once the gateway has accepted it, and delivery has started. */
    static CompletableFuture<EventSubscription> open(HttpTransport transport, EventPosition after,
                                                      EventListener listener) {
        EventStream stream = new EventStream(transport, after, listener);
        return HttpTransport.unwrapped(transport.stream(PATH, stream.lastEventId()).thenApply(body -> {
            stream.body = body;
            stream.reader.start();
            return stream;
        }));
    }

    @Override
    public EventPosition lastPosition() {
        return last;
    }

    private String lastEventId() {
        EventPosition position = last;
        return position == null ? null : position.toString();
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(body);
        reader.interrupt();
    }

    private void run() {
        InputStream in = body;
        int failures = 0;
        while (!closed) {
            if (in != null) {
                readUntilBroken(in);
                in = null;
            } else if (pause(transport.retries().delayMillis(failures++))) {
                in = reconnect();
                failures = in == null ? failures : 0;
            }
        }
    }

    private void readUntilBroken(InputStream in) {
        try {
            ServerSentEvents.read(in, this::deliver);
        } catch (IOException e) {
            LOG.log(closed ? Level.FINEST : Level.FINE, "event stream broken, reconnecting: {0}", e.toString());
        } finally {
            closeQuietly(in);
        }
    }

    /** The next connection, or {@code null} to try again later (or because the subscription ended). */
    private InputStream reconnect() {
        CompletableFuture<InputStream> next = transport.stream(PATH, lastEventId());
        try {
            InputStream in = HttpTransport.await(next);
            body = in;
            if (closed) {
                closeQuietly(in);
            }
            return in;
        } catch (TransportException | LedgerUnavailableException e) {
            if (closed) {
                next.thenAccept(EventStream::closeQuietly); // closed while connecting: drop the late connection
            }
            LOG.log(Level.FINE, "event stream reconnect failed: {0}", e.getMessage());
            return null;
        } catch (CivicLedgerException e) {
            if (!closed) {
                closed = true;
                listener.onFailure(e);
            }
            return null;
        }
    }

    private void deliver(String id, String data) {
        EventPosition position = positionOf(id);
        if (closed || position != null && last != null && !position.isAfter(last)) {
            return; // never deliver an event twice, nor after close
        }
        try {
            LedgerEvent event = Wire.read(Wire.mapper().readTree(data), Wire.type(LedgerEvent.class), false);
            listener.onEvent(event.at(position));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "event " + id + " could not be read or its listener failed; skipped", e);
        }
        if (position != null) {
            last = position;
        }
    }

    /** The position an SSE id names, or {@code null} for an event without one (the gateway always sends one). */
    private static EventPosition positionOf(String id) {
        try {
            return id == null ? null : EventPosition.parse(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return !closed;
        } catch (InterruptedException e) {
            return false; // only close() interrupts
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a broken stream
            }
        }
    }
}
