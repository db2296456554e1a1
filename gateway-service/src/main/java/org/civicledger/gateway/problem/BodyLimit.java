package org.civicledger.gateway.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.chaincode.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every HTTP/1.x request body is read here, whole, before any resource runs, and this is the one place that
 * knows when a body has fully arrived ({@link #arrived}): {@link RequestLimits}' body timeout asks it. The body is
 * handed on whole ({@link RoutingContext#setBody}, which Quarkus REST reads instead of the request).
 * The request itself cannot say so later: Quarkus REST pauses the request before it runs a resource,
 * and Vert.x's {@code HttpServerRequest.isEnded()} is false for a paused request even when its body and
 * end have all arrived, so a slow commit looked like a slow body.
 *
 * <p>A body larger than {@code quarkus.http.limits.max-body-size} gets a 413 problem
 * ({@code VALIDATION_FAILED}) instead of Quarkus's empty 413: this route runs just before Quarkus's
 * own limit check. A body that declares its length is refused at once; one sent without a
 * Content-Length (chunked) is refused as soon as it passes the limit.
 *
 * <p>The answer goes out at once, but the connection is closed only after the client has finished
 * sending the body it declared (read and discarded, up to {@link #DRAIN_ALLOWANCE} bytes):
 * closing a socket with unread bytes in it makes TCP reset the connection, and a client still
 * sending then loses the 413 it had been sent ("no bytes received" instead of the problem).
 */
@Singleton
public class BodyLimit {
    /** How many bytes of a refused body are read and discarded, at most, before the connection is cut. */
    static final long DRAIN_ALLOWANCE = 16L << 20;
    /** The routing-context key that {@link #arrived} reads. */
    private static final String ARRIVED = BodyLimit.class.getName() + ".arrived";

    private final Optional<MemorySize> limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        long max = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(rc -> check(rc, max));
    }

    /**
     * Whether the request's body has fully arrived (or it has none): set here once the last byte is read, and
     * never later by anything else.
     */
    public static boolean arrived(RoutingContext rc) {
        return Boolean.TRUE.equals(rc.get(ARRIVED))
                || rc.request().version() == HttpVersion.HTTP_2 && rc.request().isEnded();
    }

    private static void check(RoutingContext rc, long max) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (!RequestLimits.hasBody(rc.request())) {
            rc.put(ARRIVED, true);
            rc.next();
        } else if (declared != null && tooLarge(declared, max)) {
            refuse(rc, tooLarge(max));
        } else if (rc.request().version() == HttpVersion.HTTP_2) {
            // Quarkus REST pauses the request, which HTTP/2 refuses once the body has been read; its isEnded()
            // is true once Quarkus REST has read the body (it does not count pauses), and its frames carry no
            // chunked encoding, so its declared length bounds it
            rc.next();
        } else {
            read(rc, max);
        }
    }

    /**
     * The body, read whole here: its size is known before anyone parses it, and its arrival is recorded. A
     * client that asked for {@code 100 Continue} gets it here (and the Expect header is consumed, so that Quarkus
     * REST does not send a second one).
     */
    private static void read(RoutingContext rc, long max) {
        HttpServerRequest request = rc.request();
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            request.headers().remove(HttpHeaders.EXPECT);
            rc.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                refuse(rc, tooLarge(max)); // takes the request over: drains the rest, then closes
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                rc.put(ARRIVED, true);
                rc.setBody(body);
                rc.next();
            }
        });
    }

    private static Problem tooLarge(long max) {
        return Problems.of(ErrorCode.VALIDATION_FAILED, 413, "the body is larger than the limit of " + max + " bytes",
                null);
    }

    /**
     * Sends {@code problem} with {@code Connection: close} and closes the connection once the client has
     * sent what it declared (drained, within an allowance) or at once when nothing more is coming.
     */
    static void refuse(RoutingContext rc, Problem problem) {
        long allowance = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? 0 : DRAIN_ALLOWANCE;
        CloseWhenDrained close = new CloseWhenDrained(rc.request(), allowance);
        send(rc, problem).onComplete(done -> close.responseSent());
    }

    /**
     * Sends {@code problem}, in the language the request negotiated, with {@code Connection: close} (the caller
     * closes the connection once the answer is sent).
     */
    static Future<Void> send(RoutingContext rc, Problem problem) {
        Language language = Language.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.VARY, ProblemLanguageFilter.VARY)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.text(Problems.in(problem, language)));
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    /**
     * Discards the rest of a refused body and closes the connection once both the body has been read
     * and the answer written, or at once when the body runs past its drain allowance. Every callback
     * runs on the connection's event loop, so plain fields are enough.
     */
    private static final class CloseWhenDrained {
        private final HttpServerRequest request;
        private long drained;
        private boolean bodyRead;
        private boolean responseSent;

        CloseWhenDrained(HttpServerRequest request, long allowance) {
            this.request = request;
            if (request.isEnded()) {
                bodyRead = true;
                return;
            }
            request.handler(chunk -> {
                drained += chunk.length();
                if (drained > allowance) {
                    request.connection().close();
                }
            });
            request.endHandler(v -> {
                bodyRead = true;
                closeIfDone();
            });
            request.resume();
        }

        void responseSent() {
            responseSent = true;
            closeIfDone();
        }

        private void closeIfDone() {
            if (bodyRead && responseSent) {
                request.connection().close();
            }
        }
    }
}
