package org.civicledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

    CompletableFuture<JsonNode> get(String path) {
        return send(request(path).GET().build());
    }

    CompletableFuture<JsonNode> post(String path, JsonNode body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(body), StandardCharsets.UTF_8))
                .build());
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private CompletableFuture<JsonNode> send(HttpRequest request) {
        return attempt(request, 0);
    }

    private CompletableFuture<JsonNode> attempt(HttpRequest request, int retriesSoFar) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> failure != null
                        ? onFailure(request, retriesSoFar, unwrap(failure))
                        : onResponse(request, retriesSoFar, response))
                .thenCompose(Function.identity());
    }

    private CompletableFuture<JsonNode> onResponse(HttpRequest request, int retriesSoFar,
                                                   HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == SERVICE_UNAVAILABLE && retries.mayRetry(retriesSoFar)) {
            return retryLater(request, retriesSoFar, "503");
        }
        try {
            if (status >= 200 && status < 300) {
                return CompletableFuture.completedFuture(JsonCodec.parse(response.body()));
            }
            return CompletableFuture.failedFuture(Problems.toException(status, response.body()));
        } catch (CivicLedgerException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<JsonNode> onFailure(HttpRequest request, int retriesSoFar, Throwable failure) {
        String call = request.method() + " " + request.uri();
        if (failure instanceof HttpTimeoutException) {
            // Not retried: the gateway may still be working on it; the caller decides, with the same client id.
            return CompletableFuture.failedFuture(
                    new TransportException("no answer within " + timeout + " to " + call, failure));
        }
        if (failure instanceof IOException && retries.mayRetry(retriesSoFar)) {
            return retryLater(request, retriesSoFar, failure.toString());
        }
        return CompletableFuture.failedFuture(new TransportException(
                call + " failed after " + (retriesSoFar + 1) + " attempt(s): " + failure, failure));
    }

    private CompletableFuture<JsonNode> retryLater(HttpRequest request, int retriesSoFar, String reason) {
        long delay = retries.delayMillis(retriesSoFar);
        LOG.log(Level.FINE, "retrying {0} {1} in {2} ms after {3}",
                new Object[] {request.method(), request.uri(), delay, reason});
        return CompletableFuture.supplyAsync(() -> null,
                        CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> attempt(request, retriesSoFar + 1));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
