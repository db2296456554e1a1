package org.civicledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One kept-alive connection ({@link KeepAliveClient}) per load thread to one gateway, opened on a thread's first
 * request and all closed together. Thread-safe.
 */
final class ThreadConnections implements AutoCloseable {
    private final List<KeepAliveClient> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<KeepAliveClient> client;

    /**
     * @param api the gateway's API base URL ({@code http://host:port/api/v1}); paths are given relative to it
     * @param timeoutMillis for connecting and for each reply (0: none)
     */
    ThreadConnections(URI api, int timeoutMillis) {
        String host = api.getHost();
        int port = api.getPort() > 0 ? api.getPort() : 80;
        this.client = ThreadLocal.withInitial(() -> {
            KeepAliveClient c = new KeepAliveClient(host, port, timeoutMillis);
            opened.add(c);
            return c;
        });
    }

    /**
     * Posts on the calling thread's connection. On an {@link IOException} (a timeout, a broken connection) the
     * connection is closed before the exception is rethrown: a reply still on its way must never be read as the
     * next request's; the thread's next request opens a new one.
     */
    KeepAliveClient.Reply post(String path, String bearer, String json) throws IOException {
        KeepAliveClient c = client.get();
        try {
            return c.post(path, bearer, json);
        } catch (IOException e) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already broken
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        for (KeepAliveClient c : opened) {
            c.close();
        }
    }
}
