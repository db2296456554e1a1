package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, byte for byte, for what no HTTP client sends: a backslash in the path,
 * a 30 KB header, a chunked body without Content-Length, a body sent a byte at a time.
 */
final class RawSocket implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response as read off the wire. */
    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final Socket socket;

    RawSocket(URL base) {
        try {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} and reads one response. */
    static Answer exchange(URL base, byte[] request) {
        try (RawSocket s = new RawSocket(base)) {
            s.send(request);
            return s.read();
        }
    }

    void send(byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return true once the server has closed the connection (end of stream, or reset) within {@code millis} */
    boolean closedWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    /** Reads one response: status line, headers and a body of Content-Length bytes (or up to the close). */
    Answer read() {
        try {
            InputStream in = socket.getInputStream();
            String head = head(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String length = headers.get("content-length");
            if (length != null) {
                body.write(in.readNBytes(Integer.parseInt(length)));
            } else {
                in.transferTo(body);
            }
            return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before a response; got " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
