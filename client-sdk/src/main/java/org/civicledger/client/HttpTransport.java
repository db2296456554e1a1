package org.civicledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP for the SDK: sends one API call with its timeout and retries, and translates every transport failure and
 * error answer into a {@link CivicLedgerException} — the only class that sees {@code java.net.http}.
 */
final class HttpTransport {
    private static final Logger LOG = Logger.getLogger(HttpTransport.class.getName());
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int CREATED = 201;

    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final RetryPolicy retries;
    private final HttpClient http;

    HttpTransport(URI base, String token, Duration timeout, RetryPolicy retries) {
        this.base = base;
        this.authorization = "Bearer " + token;
        this.timeout = timeout;
        this.retries = retries;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** A successful answer: its body and, for a write, whether it replayed an earlier one (200, not 201). */
    static final class Reply {
        final JsonNode body;
        final boolean replayed;

        private Reply(JsonNode body, boolean replayed) {
            this.body = body;
            this.replayed = replayed;
        }
    }

    RetryPolicy retries() {
        return retries;
    }

    CompletableFuture<JsonNode> get(String path) {
        return json(request(path, "application/json").GET().build()).thenApply(reply -> reply.body);
    }

    /** A POST that is safe to repeat (its ids make a repeat a replay): retried as the policy allows. */
    CompletableFuture<JsonNode> post(String path, JsonNode body) {
        return write(path, body).thenApply(reply -> reply.body);
    }

    /** A write whose answer is 201 for a new write and 200 for a replay of the same id. */
    CompletableFuture<Reply> write(String path, JsonNode body) {
        return json(postRequest(path, body));
    }

    CompletableFuture<Void> delete(String path) {
        return json(request(path, "application/json").DELETE().build()).thenApply(reply -> null);
    }

    private HttpRequest postRequest(String path, JsonNode body) {
        return request(path, "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(body), StandardCharsets.UTF_8))
                .build();
    }

    /**
     * Opens a server-sent event stream: completes once the gateway has answered 200, with the unread body. The
     * request timeout covers the wait for that answer, not the stream.
     */
    CompletableFuture<InputStream> stream(String path, String lastEventId) {
        HttpRequest.Builder request = request(path, "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // Error answers are read whole (they are small) so that they can be turned into problems.
        HttpResponse.BodyHandler<InputStream> handler = info -> info.statusCode() == 200
                ? HttpResponse.BodySubscribers.ofInputStream()
                : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                        ByteArrayInputStream::new);
        return new Exchange<>(request.build(), handler, HttpTransport::readSmall).attempt(0)
                .thenApply(HttpResponse::body);
    }

    /** Waits for an asynchronous call and throws its {@link CivicLedgerException} unwrapped. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new TransportException("the call failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the gateway", e);
        }
    }

    private CompletableFuture<Reply> json(HttpRequest request) {
        return new Exchange<>(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), Function.identity())
                .attempt(0)
                .thenApply(response -> new Reply(JsonCodec.parse(response.body()), response.statusCode() != CREATED));
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", accept);
    }

    private static String readSmall(InputStream body) {
        try (InputStream in = body) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * One request and its attempts, as the policy allows: after {@code 429 CONTENDED} always (the gateway wrote
     * nothing), waiting at least its {@code Retry-After}; after a 503 or a connection failure too, because every
     * call is safe to repeat: reads, and writes whose ids make a repeat a replay (credit checks carry a
     * {@code checkId}; a dispute resolution repeated with the same outcome answers the original).
     */
    private final class Exchange<T> {
        private final HttpRequest request;
        private final HttpResponse.BodyHandler<T> handler;
        private final Function<T, String> errorText;

        Exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler, Function<T, String> errorText) {
            this.request = request;
            this.handler = handler;
            this.errorText = errorText;
        }

        CompletableFuture<HttpResponse<T>> attempt(int retriesSoFar) {
            return http.sendAsync(request, handler)
                    .handle((response, failure) -> failure != null
                            ? onFailure(retriesSoFar, unwrap(failure))
                            : onResponse(retriesSoFar, response))
                    .thenCompose(Function.identity());
        }

        private CompletableFuture<HttpResponse<T>> onResponse(int retriesSoFar, HttpResponse<T> response) {
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return CompletableFuture.completedFuture(response);
            }
            String body = errorText.apply(response.body());
            CivicLedgerException problem = Problems.toException(status, body);
            if (status == TOO_MANY_REQUESTS && problem instanceof ContendedException && retries.mayRetry(retriesSoFar)) {
                return retryLater(retriesSoFar, "429 CONTENDED", retryAfterMillis(response));
            }
            if (status == SERVICE_UNAVAILABLE && retries.mayRetry(retriesSoFar)) {
                return retryLater(retriesSoFar, "503", 0);
            }
            return CompletableFuture.failedFuture(problem);
        }

        private CompletableFuture<HttpResponse<T>> onFailure(int retriesSoFar, Throwable failure) {
            String call = request.method() + " " + request.uri();
            if (failure instanceof HttpTimeoutException) {
                // Not retried: the gateway may still be working on it; the caller decides, with the same client id.
                return CompletableFuture.failedFuture(
                        new TransportException("no answer within " + timeout + " to " + call, failure));
            }
            if (failure instanceof IOException && retries.mayRetry(retriesSoFar)) {
                return retryLater(retriesSoFar, failure.toString(), 0);
            }
            return CompletableFuture.failedFuture(new TransportException(
                    call + " failed after " + (retriesSoFar + 1) + " attempt(s): " + failure, failure));
        }

        private CompletableFuture<HttpResponse<T>> retryLater(int retriesSoFar, String reason, long retryAfterMillis) {
            long delay = retries.delayMillis(retriesSoFar, retryAfterMillis);
            LOG.log(Level.FINE, "retrying {0} {1} in {2} ms after {3}",
                    new Object[] {request.method(), request.uri(), delay, reason});
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> attempt(retriesSoFar + 1));
        }
    }

    /** @return the answer's {@code Retry-After} in milliseconds (delay-seconds form), or 0 when absent or a date */
    private static long retryAfterMillis(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        try {
            return TimeUnit.SECONDS.toMillis(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
