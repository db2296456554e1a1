package org.civicledger.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads a {@code text/event-stream} (the WHATWG format): {@code id:} and {@code data:} fields, one event a blank line. */
final class ServerSentEvents {
    /** Receives one complete event. */
    interface Handler {
        void event(String id, String data);
    }

    private ServerSentEvents() {
    }

    /** Reads events until the stream ends; an I/O failure (a broken connection) is thrown. */
    static void read(InputStream stream, Handler handler) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        String id = null;
        StringBuilder data = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (data != null) {
                    handler.event(id, data.toString());
                }
                id = null;
                data = null;
            } else if (line.startsWith("id:")) {
                id = value(line);
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
            }
            // "event:", "retry:" and ":" comments carry nothing the SDK needs: the type is in the data too.
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
