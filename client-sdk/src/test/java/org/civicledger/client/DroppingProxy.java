package org.civicledger.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local TCP proxy that spoils the first {@code n} connections, then forwards to the target port. A spoiled
 * connection is closed at once, or answered with a problem ({@code 503 LEDGER_UNAVAILABLE}, or
 * {@code 429 CONTENDED} with {@code Retry-After: 1}) and closed.
 * {@link #cut(int)} breaks every forwarded connection (and spoils the next ones), as a network failure would.
 */
final class DroppingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final AtomicInteger toDrop;
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final Spoil spoil;

    /** What the proxy does with a spoiled connection. */
    enum Spoil {
        /** Closes it without an answer. */
        CLOSE,
        /** Answers {@code 503 LEDGER_UNAVAILABLE}. */
        UNAVAILABLE,
        /** Answers {@code 429 CONTENDED} with {@code Retry-After: 1}. */
        CONTENDED
    }

    DroppingProxy(int targetPort, int drops) throws IOException {
        this(targetPort, drops, Spoil.CLOSE);
    }

    DroppingProxy(int targetPort, int drops, boolean answer503) throws IOException {
        this(targetPort, drops, answer503 ? Spoil.UNAVAILABLE : Spoil.CLOSE);
    }

    DroppingProxy(int targetPort, int drops, Spoil spoil) throws IOException {
        this.spoil = spoil;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.toDrop = new AtomicInteger(drops);
        this.acceptor = new Thread(this::acceptLoop, "dropping-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    int dropped() {
        return dropped.get();
    }

    /** How many connections were forwarded to the target. */
    int forwarded() {
        return forwarded.get();
    }

    /** Breaks every forwarded connection now, and spoils the next {@code drops} connections. */
    void cut(int drops) {
        toDrop.set(drops);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (toDrop.getAndDecrement() > 0) {
                    dropped.incrementAndGet();
                    if (spoil == Spoil.UNAVAILABLE) {
                        answer(client, 503, "Service Unavailable", "", "ledger-unavailable", "LEDGER_UNAVAILABLE");
                    } else if (spoil == Spoil.CONTENDED) {
                        answer(client, 429, "Too Many Requests", "Retry-After: 1\r\n", "contended", "CONTENDED");
                    }
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                forwarded.incrementAndGet();
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed, or one connection failed: the test sees the outcome through the client
            }
        }
    }

    private static void answer(Socket client, int status, String reason, String headers, String slug, String code)
            throws IOException {
        // Read the request head so the client is not reset before it reads the answer.
        InputStream in = client.getInputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : 0;
        }
        byte[] body = ("{\"type\":\"https://civicledger.org/problems/" + slug + "\",\"title\":\"test proxy\",\"status\":"
                + status + ",\"detail\":\"test proxy: " + code + "\",\"code\":\"" + code + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/problem+json\r\n" + headers
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // connection ended
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "dropping-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut(0);
    }
}
