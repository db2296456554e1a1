package org.civicledger.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.JsonErrors;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where exceptions thrown while a resource handles a request become {@code application/problem+json}
 * with a stable {@code code} (docs/API.md): refusals, malformed JSON, wrong media types, unknown paths,
 * and defects. Requests refused before they reach a resource are answered where they are refused
 * (the bearer token in {@code auth.BearerAuthFilter}, the content type in {@code api.RequireContentType},
 * an oversize body in {@link BodyLimit}), with the same {@link Problems} format.
 *
 * <p>Problems are made here in English; {@link ProblemLanguageFilter} answers them in the request's language.
 *
 * <p>No detail repeats the caller's input: Jackson's messages quote it, so malformed JSON is
 * described by {@link JsonErrors}. An unexpected exception is a defect, not an outage: 500
 * {@code INTERNAL} with a correlation id that the log line carries too, with the stack trace.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return Problems.response(e.code(), e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response ledger(LedgerRefusal e) {
        if (e.code() == ErrorCode.INTERNAL) {
            return internal(e);
        }
        return Problems.response(e.code(), e.detail(), e.txId());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, JsonErrors.describe(e), null);
    }

    /** Also JSON that is well-formed but not one value (a second object after the first): Quarkus maps it bare. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return Problems.response(ErrorCode.NOT_FOUND, "no such resource", null);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        if (status == 401) {
            return Problems.response(ErrorCode.UNAUTHENTICATED, "a valid bearer token is required", null);
        }
        String detail = e instanceof NotAllowedException ? "method not allowed on this resource"
                : e instanceof NotSupportedException ? "unsupported content type; send application/json"
                : e instanceof NotAcceptableException ? "this resource answers application/json"
                : "bad request";
        return Problems.response(Problems.of(ErrorCode.VALIDATION_FAILED, status, detail, null));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        return internal(e);
    }

    /**
     * A defect: 500 {@code INTERNAL} whose detail gives a correlation id; the log line gives the same
     * id and the stack trace, without the exceptions' messages (they may hold request data).
     */
    private static Response internal(Throwable e) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        // a ledger's defect report is the gateway's own text (function and transaction), no request data
        String ledger = e instanceof LedgerRefusal r ? " (" + r.getMessage() + ", transaction " + r.txId() + ")" : "";
        LOG.log(Level.SEVERE, "internal error, correlation id " + id + ledger, Scrubbed.of(e, 0));
        return Problems.response(ErrorCode.INTERNAL, "internal error, logged with correlation id " + id
                + "; retrying the same request unchanged will not help", null);
    }

    /** A throwable's class names and stack frames, and its causes', without any message. */
    private static final class Scrubbed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final int MAX_CAUSES = 8;
        private final String type;

        private Scrubbed(String type, Throwable cause) {
            super(null, cause, false, true);
            this.type = type;
        }

        static Scrubbed of(Throwable e, int depth) {
            Throwable cause = e.getCause();
            boolean follow = cause != null && cause != e && depth < MAX_CAUSES;
            Scrubbed copy = new Scrubbed(e.getClass().getName(), follow ? of(cause, depth + 1) : null);
            copy.setStackTrace(e.getStackTrace());
            return copy;
        }

        @Override
        public String toString() {
            return type;
        }
    }
}
