package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server-sent events client for tests (RestAssured does not stream): connects with a bearer token
 * and an optional {@code Last-Event-ID}, reads the stream line by line on its own thread and queues
 * each complete event.
 */
final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One event as received: its id, its name and its data parsed as JSON. */
    record Event(String id, String name, JsonNode data) {
        String txId() {
            return data.path("txId").asText();
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The response once its headers arrived (the server has subscribed by then); the body is not read. */
    static HttpResponse<InputStream> request(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connected stream; fails unless the server answered 200 text/event-stream. */
    static SseClient connect(URI uri, String token, String lastEventId) {
        return adopt(request(uri, token, lastEventId));
    }

    /** Reads the stream of a response already received; fails unless it is 200 text/event-stream. */
    static SseClient adopt(HttpResponse<InputStream> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
            throw new AssertionError("expected 200 text/event-stream, got " + response.statusCode() + " " + type);
        }
        return new SseClient(response);
    }

    /**
     * Every event received until (and including) the first that matches {@code last}.
     *
     * @throws AssertionError when no such event arrives within 20 seconds
     */
    List<Event> until(Predicate<Event> last) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("the expected event did not arrive; received " + seen);
            }
            seen.add(e);
            if (last.test(e)) {
                return seen;
            }
        }
    }

    /** Every event received until the one of transaction {@code txId}. */
    List<Event> untilTx(String txId) throws InterruptedException {
        return until(e -> e.txId().equals(txId));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, JSON.readTree(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = field(line);
                } else if (line.startsWith("event:")) {
                    name = field(line);
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(field(line));
                }
            }
        } catch (IOException e) {
            // closed by the test, or by the server
        }
    }

    private static String field(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
