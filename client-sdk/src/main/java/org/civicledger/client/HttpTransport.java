package org.civicledger.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.api.Wire;

/**
 * HTTP for the SDK: sends one API call with its timeout, headers, listeners and retries, reads the answer into its
 * wire type, and translates every transport failure and error answer into a {@link CivicLedgerException} — the only
 * class that sends anything. Every future it returns completes with the SDK's own exception, never wrapped, and
 * nothing it does throws synchronously.
 */
final class HttpTransport {
    /** Headers only the SDK sets (lower case). */
    static final Set<String> OWN_HEADERS = Set.of("authorization", "accept", "content-type", "user-agent");
    private static final Logger LOG = Logger.getLogger(HttpTransport.class.getName());
    private static final int CREATED = 201;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final URI base;
    private final Supplier<String> token;
    private final Duration timeout;
    private final RetryPolicy retries;
    private final HttpClient http;
    private final String userAgent;
    private final Map<String, String> headers;
    private final List<CallListener> listeners;

    HttpTransport(URI base, Supplier<String> token, Duration timeout, RetryPolicy retries, HttpClient http,
                  List<CallListener> listeners) {
        this(base, token, timeout, retries, http, SdkVersion.userAgent(), Map.of(), List.copyOf(listeners));
    }

    private HttpTransport(URI base, Supplier<String> token, Duration timeout, RetryPolicy retries, HttpClient http,
                          String userAgent, Map<String, String> headers, List<CallListener> listeners) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.retries = retries;
        this.http = http;
        this.userAgent = userAgent;
        this.headers = headers;
        this.listeners = listeners;
    }

    /** This transport with some calls' options: their timeout, their headers besides these, their listener too. */
    HttpTransport with(RequestOptions options) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(headers);
        merged.putAll(options.headers());
        List<CallListener> all = new ArrayList<>(listeners);
        if (options.listener() != null) {
            all.add(options.listener());
        }
        return new HttpTransport(base, token, options.timeout() != null ? options.timeout() : timeout, retries, http,
                userAgent, Map.copyOf(merged), List.copyOf(all));
    }

    RetryPolicy retries() {
        return retries;
    }

    /**
     * One JSON call: {@code body} (a wire value, or {@code null}) sent as JSON, the answer read as {@code answer}
     * ({@code null}: no body), a write's replay (200 rather than 201) marked on it.
     */
    <T> CompletableFuture<T> call(String method, String path, Object body, JavaType answer) {
        return call(method, path, body, answer, !"GET".equals(method));
    }

    /**
     * The same call, saying whether its answer can be a replay at all: a read never is, nor a write the API
     * answers 200 every time (a resident's status change).
     */
    <T> CompletableFuture<T> call(String method, String path, Object body, JavaType answer, boolean replayable) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Wire.mapper().writeValueAsString(body), StandardCharsets.UTF_8);
            HttpRequest.Builder request = request(path, "application/json").method(method, publisher);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return unwrapped(new Exchange<>(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                    Function.identity()).attempt(0).thenApply(response -> read(response, answer, replayable)));
        } catch (JsonProcessingException | RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof CivicLedgerException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException || e instanceof NullPointerException ? e
                    : new TransportException("the request could not be written: " + e.getMessage(), e));
        }
    }

    private static <T> T read(HttpResponse<String> response, JavaType answer, boolean replayable) {
        if (answer == null || response.body().isEmpty()) {
            return null;
        }
        try {
            JsonNode json = Wire.mapper().readTree(response.body());
            // a replay is a write's 200 rather than 201; a read's 200 is no replay
            boolean replayed = replayable && response.statusCode() != CREATED;
            return Wire.read(json, answer, replayed);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new TransportException("the gateway's answer does not match the contract: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a server-sent event stream: completes once the gateway has answered 200, with the unread body. The
     * request timeout covers the wait for that answer, not the stream.
     */
    CompletableFuture<InputStream> stream(String path, String lastEventId) {
        try {
            HttpRequest.Builder request = request(path, "text/event-stream").GET();
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            // Error answers are read whole (they are small) so that they can be turned into problems.
            HttpResponse.BodyHandler<InputStream> handler = info -> info.statusCode() == 200
                    ? HttpResponse.BodySubscribers.ofInputStream()
                    : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                            ByteArrayInputStream::new);
            return unwrapped(new Exchange<>(request, handler, HttpTransport::readSmall).attempt(0)
                    .thenApply(HttpResponse::body));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for an asynchronous call and throws its {@link CivicLedgerException} unwrapped. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new TransportException("the call failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the gateway", e);
        }
    }

    /** The same outcome, but a failure is the SDK's exception itself rather than a {@link CompletionException}. */
    static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> future) {
        CompletableFuture<T> out = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                out.complete(value);
            } else {
                out.completeExceptionally(unwrap(failure));
            }
        });
        return out;
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", accept).header("User-Agent", userAgent);
        headers.forEach(request::header);
        return request;
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
     * {@code checkId}; a dispute resolution repeated with the same outcome answers the original). The token is
     * asked for again on every attempt, so a rotated token is used as soon as its supplier returns it.
     */
    private final class Exchange<T> {
        private final HttpRequest.Builder template;
        private final HttpResponse.BodyHandler<T> handler;
        private final Function<T, String> errorText;

        Exchange(HttpRequest.Builder template, HttpResponse.BodyHandler<T> handler, Function<T, String> errorText) {
            this.template = template;
            this.handler = handler;
            this.errorText = errorText;
        }

        CompletableFuture<HttpResponse<T>> attempt(int retriesSoFar) {
            HttpRequest.Builder builder = template.copy();
            String bearer = token.get();
            if (bearer != null) {
                builder.setHeader("Authorization", "Bearer " + bearer);
            }
            listeners.forEach(listener -> quietly(() -> listener.onRequest(builder)));
            HttpRequest request = builder.build();
            long start = System.nanoTime();
            return http.sendAsync(request, handler)
                    .handle((response, failure) -> {
                        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                        if (failure != null) {
                            Throwable cause = unwrap(failure);
                            listeners.forEach(listener -> quietly(() -> listener.onFailure(request, cause, elapsed)));
                            return onFailure(request, retriesSoFar, cause);
                        }
                        listeners.forEach(listener -> quietly(() -> listener.onResponse(request, response, elapsed)));
                        return onResponse(request, retriesSoFar, response);
                    })
                    .thenCompose(Function.identity());
        }

        private CompletableFuture<HttpResponse<T>> onResponse(HttpRequest request, int retriesSoFar,
                                                              HttpResponse<T> response) {
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return CompletableFuture.completedFuture(response);
            }
            CivicLedgerException problem = Problems.toException(status, errorText.apply(response.body()));
            if (status == TOO_MANY_REQUESTS && problem instanceof ContendedException && retries.mayRetry(retriesSoFar)) {
                return retryLater(request, retriesSoFar, "429 CONTENDED", retryAfterMillis(response));
            }
            if (status == SERVICE_UNAVAILABLE && retries.mayRetry(retriesSoFar)) {
                return retryLater(request, retriesSoFar, "503", 0);
            }
            return CompletableFuture.failedFuture(problem);
        }

        private CompletableFuture<HttpResponse<T>> onFailure(HttpRequest request, int retriesSoFar, Throwable failure) {
            String call = request.method() + " " + request.uri();
            if (failure instanceof HttpConnectTimeoutException && retries.mayRetry(retriesSoFar)) {
                return retryLater(request, retriesSoFar, "connect timeout", 0); // nothing was sent
            }
            if (failure instanceof HttpTimeoutException) {
                // Not retried: the gateway may still be working on it; the caller decides, with the same client id.
                return CompletableFuture.failedFuture(
                        new TransportException("no answer within " + timeout + " to " + call, failure));
            }
            if (failure instanceof IOException && retries.mayRetry(retriesSoFar)) {
                return retryLater(request, retriesSoFar, failure.toString(), 0);
            }
            return CompletableFuture.failedFuture(new TransportException(
                    call + " failed after " + (retriesSoFar + 1) + " attempt(s): " + failure, failure));
        }

        private CompletableFuture<HttpResponse<T>> retryLater(HttpRequest request, int retriesSoFar, String reason,
                                                              long retryAfterMillis) {
            long delay = retries.delayMillis(retriesSoFar, retryAfterMillis);
            LOG.log(Level.FINE, "retrying {0} {1} in {2} ms after {3}",
                    new Object[] {request.method(), request.uri(), delay, reason});
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> attempt(retriesSoFar + 1));
        }
    }

    private static void quietly(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a CallListener threw; ignored", e);
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
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
