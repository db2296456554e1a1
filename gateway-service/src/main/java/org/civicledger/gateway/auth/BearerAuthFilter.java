package org.civicledger.gateway.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.Request;
import org.civicledger.gateway.console.ConsoleCookies;
import org.civicledger.gateway.console.ConsoleSession;
import org.civicledger.gateway.console.ConsoleSessions;
import org.civicledger.gateway.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/} request needs {@code Authorization: Bearer <token>} of a known caller.
 *
 * <p>Pre-matching, so a caller without a valid token learns nothing else (not whether the path,
 * method or media type exist: 401 comes first). Such a refusal has no route template, so the HTTP
 * metrics count it under {@code uri="UNKNOWN"}, never its raw path
 * ({@code quarkus.micrometer.binder.http-server.suppress4xx-errors}).
 *
 * <p>A console page (package {@code console}) sends no token: its session cookie stands for the caller who signed in,
 * and its writes carry the session's CSRF token ({@link #console}). A request with both uses the token.
 *
 * <p>Two exceptions need no token, and ignore one sent: {@code GET
 * /api/v1/reports/communities/{communityId}/transparency}, the public transparency board (anonymised aggregates
 * only), and {@code GET /api/v1/score-models} and {@code GET /api/v1/score-models/{version}}, the published score
 * models (anyone may read them, to recompute a score by hand). An exemption holds only when both the raw and the
 * decoded path are exactly one of these, with an id as ids are and a version as digits (no dot segments, no encoded
 * slashes): so no other path or method is ever exempt; a malformed id without a token is a 401.
 */
public class BearerAuthFilter {
    private static final String PREFIX = "Bearer ";
    /** The public board's path, with an id as the ledger's rule has it (so no dot segment, no encoded slash). */
    private static final Pattern PUBLIC = Pattern.compile("/api/v1/reports/communities/"
            + Request.ID.pattern() + "/transparency|/api/v1/score-models(/[0-9]{1,18})?");

    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Callers callers;

    @Inject
    ConsoleSessions sessions;

    @Inject
    CurrentCaller current;

    @ServerRequestFilter(preMatching = true)
    public Optional<jakarta.ws.rs.core.Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        if ("GET".equals(request.getMethod()) && PUBLIC.matcher(request.getUriInfo().getPath()).matches()
                && PUBLIC.matcher(request.getUriInfo().getRequestUri().getRawPath()).matches()) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null && request.getCookies().containsKey(ConsoleCookies.SESSION)) {
            return console(request);
        }
        Optional<Caller> caller = header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? callers.authenticate(header.substring(PREFIX.length()).trim()) : Optional.empty();
        if (caller.isEmpty()) {
            return Optional.of(Problems.response(ErrorCode.UNAUTHENTICATED,
                    "send Authorization: Bearer <token> with a token this gateway knows", null));
        }
        current.set(caller.get());
        return Optional.empty();
    }

    /**
     * A console page's call: the session cookie stands for the caller who signed in, and a write (any method but
     * GET, HEAD and OPTIONS) must also carry the session's CSRF token in {@value ConsoleCookies#CSRF_HEADER}, which
     * only the console's own pages have: else 403, and nothing is done.
     */
    private Optional<jakarta.ws.rs.core.Response> console(ContainerRequestContext request) {
        Optional<ConsoleSession> session = sessions.find(request.getCookies().get(ConsoleCookies.SESSION).getValue());
        if (session.isEmpty()) {
            return Optional.of(Problems.response(ErrorCode.UNAUTHENTICATED,
                    "the console session has ended (signed out, or unused for too long): sign in again", null));
        }
        if (!SAFE.contains(request.getMethod())
                && !ConsoleSessions.csrfMatches(session.get(), request.getHeaderString(ConsoleCookies.CSRF_HEADER))) {
            return Optional.of(Problems.response(ErrorCode.FORBIDDEN,
                    "a write from the console needs its page's X-CSRF-Token header: reload the page", null));
        }
        current.set(session.get().caller());
        return Optional.empty();
    }
}
