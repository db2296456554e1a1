package org.civicledger.gateway.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.civicledger.api.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every problem a resource, an exception mapper or a request filter answers with is written in the language the
 * request negotiated ({@link Language}), with {@code Content-Language} and {@code Vary: Accept-Language}.
 */
public class ProblemLanguageFilter {
    static final String VARY = "Accept-Language";

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Language language = Language.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.setEntity(Problems.in(problem, language));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().add(HttpHeaders.VARY, VARY);
    }
}
