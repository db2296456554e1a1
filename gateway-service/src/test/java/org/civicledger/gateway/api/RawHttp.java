package org.civicledger.gateway.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests byte for byte as given (no default Content-Type, no JSON encoding), which
 * RestAssured does not allow for hostile input such as a missing Content-Type or a NUL in a body.
 */
final class RawHttp {
    private RawHttp() {
    }

    /**
     * @param contentType the Content-Type header, or null for none
     * @param body the body (sent as UTF-8), or null for none
     */
    static HttpResponse<String> send(URI uri, String method, String token, String contentType, String body) {
        return send(uri, method, token, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(URI uri, String method, String token, String contentType,
                                             HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            // A client (so a connection) per request: the server may close a connection after refusing a
            // request whose body it did not read, and a pooled connection caught closing would fail the
            // next case for a reason that is not that case's.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
