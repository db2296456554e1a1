package org.civicledger.gateway.problem;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.gateway.config.CivicConfig;

/**
 * The edges of a request that Vert.x or Quarkus would otherwise refuse with a bare status and no body,
 * answered here, first of all routes, as {@code application/problem+json} with {@code VALIDATION_FAILED}:
 *
 * <ul>
 *   <li>a request target longer than {@code civic.http.max-target-length} (414) and headers larger than
 *       {@code civic.http.max-header-size} (431). Netty's own limits
 *       ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above
 *       these, so a request between the two is parsed and refused here; only one beyond Netty's limits is
 *       still cut by Vert.x with a bare 414/431, as it gives no hook for requests it cannot parse;</li>
 *   <li>a request target that is not a valid URI, a backslash say (400): Quarkus's own check, which would
 *       answer a bare 400, is switched off ({@code vertx.disableURIValidation}, set by {@code GatewayMain})
 *       and made here with the same rule;</li>
 *   <li>a request the router itself fails before any route runs — an HTTP/1.1 request without a valid
 *       {@code Host} header, say (400): Quarkus's error handler would answer with its own body and log
 *       the raw path at ERROR, once per request anyone sends;</li>
 *   <li>a body still arriving {@code civic.http.body-timeout} after its headers (408, and the connection
 *       is closed): a client sending a byte a second cannot hold a connection and a worker forever. Only the
 *       body's arrival is timed ({@link BodyLimit#arrived}): a request whose processing is slow (a commit
 *       waiting for a new orderer leader) gets its real answer, however late.</li>
 * </ul>
 */
@Singleton
public class RequestLimits {
    private final int maxTargetLength;
    private final long maxHeaderBytes;
    private final Duration bodyTimeout;

    public RequestLimits(CivicConfig config) {
        this.maxTargetLength = config.http().maxTargetLength();
        this.maxHeaderBytes = config.http().maxHeaderSize();
        this.bodyTimeout = config.http().bodyTimeout();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::check);
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).failureHandler(this::failedBeforeRouting);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxTargetLength) {
            refuse(rc, 414, "the URL is longer than the limit of " + maxTargetLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            refuse(rc, 431, "the request headers are larger than the limit of " + maxHeaderBytes + " bytes");
        } else if (!validUri(request.uri())) {
            refuse(rc, 400, "the request target is not a valid URI (RFC 3986): percent-encode reserved characters");
        } else {
            if (hasBody(request)) {
                rc.vertx().setTimer(bodyTimeout.toMillis(), id -> bodyDeadline(rc));
            }
            rc.next();
        }
    }

    /** A 4xx the router raised itself (no resource ran): problem+json instead of Quarkus's error body. */
    private void failedBeforeRouting(RoutingContext rc) {
        int status = rc.statusCode();
        if (status == 404 && !rc.response().headWritten()) {
            // a request target that is not a path (CONNECT's host:port, OPTIONS *): this is not a proxy
            BodyLimit.refuse(rc, Problems.of(ErrorCode.NOT_FOUND, "no such resource: the request target must be "
                    + "a path starting with /", null));
        } else if (status >= 400 && status < 500 && !rc.response().headWritten()) {
            refuse(rc, status, "the request is not valid HTTP/1.1 (a missing or invalid Host header, say)");
        } else {
            rc.next();
        }
    }

    /**
     * The body has not fully arrived {@code civic.http.body-timeout} after the headers: 408 and the connection is
     * closed. A body that has arrived is never cut, however long its processing takes ({@link BodyLimit#arrived};
     * not {@code isEnded()}, which is false for a request Quarkus REST has paused).
     */
    private void bodyDeadline(RoutingContext rc) {
        if (BodyLimit.arrived(rc)) {
            return;
        }
        if (!rc.response().headWritten()) {
            Problem problem = Problems.of(ErrorCode.VALIDATION_FAILED, 408,
                    "the body did not arrive within " + bodyTimeout.toSeconds() + " seconds", null);
            BodyLimit.send(rc, problem).onComplete(sent -> rc.request().connection().close());
        } else {
            rc.request().connection().close();
        }
    }

    /** A request with no Content-Length (or 0) and no Transfer-Encoding has no body (RFC 9112 6.3). */
    static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || length != null && !length.trim().equals("0");
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private static boolean validUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Answers and closes the connection: the rest of what the client sends is not read. */
    private static void refuse(RoutingContext rc, int status, String detail) {
        Problem problem = Problems.of(ErrorCode.VALIDATION_FAILED, status, detail, null);
        BodyLimit.refuse(rc, problem);
    }
}
