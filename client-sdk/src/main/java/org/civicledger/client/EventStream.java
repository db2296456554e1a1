package org.civicledger.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One event subscription: reads the stream on its own thread, delivers each event once and in order, and when the
 * connection breaks reconnects with backoff, sending {@code Last-Event-ID} of the last event it delivered.
 */
final class EventStream implements EventSubscription {
    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());
    private static final String PATH = ApiPath.V1 + "events";

    private final HttpTransport transport;
    private final EventListener listener;
    private final Thread reader;
    private volatile String lastEventId;
    private volatile boolean closed;
    private volatile InputStream body;
    /** Position of the last delivered event, read and written by the reader thread only. */
    private EventPosition last;

    private EventStream(HttpTransport transport, String lastEventId, EventListener listener) {
        this.transport = transport;
        this.listener = listener;
        this.lastEventId = lastEventId;
        this.last = EventPosition.parse(lastEventId);
        this.reader = new Thread(this::run, "civic-ledger-events");
        reader.setDaemon(true);
    }

    /** Opens the stream; the future completes once the gateway has accepted it, and delivery has started. */
    static CompletableFuture<EventSubscription> open(HttpTransport transport, String lastEventId,
                                                      EventListener listener) {
        EventStream stream = new EventStream(transport, lastEventId, listener);
        return transport.stream(PATH, lastEventId).thenApply(body -> {
            stream.body = body;
            stream.reader.start();
            return stream;
        });
    }

    @Override
    public String lastEventId() {
        return lastEventId;
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
        CompletableFuture<InputStream> next = transport.stream(PATH, lastEventId);
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
        EventPosition position = EventPosition.parse(id);
        if (closed || position != null && last != null && !position.isAfter(last)) {
            return; // never deliver an event twice, nor after close
        }
        try {
            listener.onEvent(AuditJson.streamedEvent(id, JsonCodec.parse(data)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event listener failed on event " + id, e);
        }
        if (position != null) {
            last = position;
            lastEventId = id;
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
