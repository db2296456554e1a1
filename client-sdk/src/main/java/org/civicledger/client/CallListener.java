package org.civicledger.client;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A hook on every HTTP exchange of a client (set on its builder) or of some calls ({@link RequestOptions}): for
 * logging, metrics, tracing headers, or reading an answer's raw status, headers and body. Called on the SDK's
 * threads; must be quick and must not throw (what it throws is logged and ignored). Each attempt of a retried call
 * is its own exchange.
 */
public interface CallListener {
    /**
     * Before an attempt is sent: may add headers (a trace id, say).
     *
     * @param request the request being built
     */
    default void onRequest(HttpRequest.Builder request) {
    }

    /**
     * An answer arrived, successful or not. For a JSON call the body is its text; for an event stream, the stream
     * (do not read it).
     *
     * @param request  the request
     * @param response the raw answer
     * @param elapsed  from sending to the answer's headers and body
     */
    default void onResponse(HttpRequest request, HttpResponse<?> response, Duration elapsed) {
    }

    /**
     * No answer arrived: the connection failed or timed out.
     *
     * @param request the request
     * @param failure what happened
     * @param elapsed from sending to the failure
     */
    default void onFailure(HttpRequest request, Throwable failure, Duration elapsed) {
    }
}
