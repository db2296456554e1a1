package org.civicledger.gateway.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.civicledger.chaincode.error.ErrorCode;
import org.civicledger.chaincode.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} gets a 413 problem
 * ({@code VALIDATION_FAILED}) instead of Vert.x's empty 413: this route runs just before Quarkus's
 * own limit check and answers the same way (then closes the connection, as Quarkus does).
 */
@Singleton
public class BodyLimit {
    private final Optional<MemorySize> limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(rc -> check(rc, max.asLongValue())));
    }

    private static void check(RoutingContext rc, long max) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !tooLarge(declared, max)) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(ErrorCode.VALIDATION_FAILED, 413,
                "the body is larger than the limit of " + max + " bytes", null);
        rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(v -> rc.request().connection().close()).end(Json.text(problem));
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
