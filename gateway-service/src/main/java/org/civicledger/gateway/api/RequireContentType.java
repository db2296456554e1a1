package org.civicledger.gateway.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write without a Content-Type is refused (415) rather than guessed to be JSON: the server
 * would otherwise read any body sent with no type at all as the JSON the resource consumes.
 */
public class RequireContentType {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public Optional<jakarta.ws.rs.core.Response> require(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(Problems.of(ErrorCode.VALIDATION_FAILED, 415,
                "send the body as application/json with that Content-Type", null)));
    }
}
