package org.civicledger.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.chaincode.error.ErrorCode;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the exceptions the REST layer raises into {@code application/problem+json} with a stable
 * {@code code} (docs/API.md), including malformed JSON, wrong media types and unknown paths. Not the
 * only writer of {@link Problem}s: the bearer filter, the content-type check and the body limit answer
 * with one before any resource runs.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return Problem.of(e.code(), e.getMessage(), null).response();
    }

    @ServerExceptionMapper
    public Response ledger(LedgerRefusal e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String prefix = e.code().name() + ": "; // the chaincode's messages start with their code; it is in `code`
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return Problem.of(e.code(), detail, e.txId()).response();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.of(ErrorCode.VALIDATION_FAILED, "malformed JSON: " + e.getOriginalMessage(), null).response();
    }

    /** Also JSON that is well-formed but not one value (a second object after the first): Quarkus maps it bare. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return Problem.of(ErrorCode.NOT_FOUND, "no such resource", null).response();
        }
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        String detail = e instanceof NotAllowedException ? "method not allowed on this resource"
                : e instanceof NotSupportedException ? "unsupported content type; send application/json"
                : e instanceof NotAcceptableException ? "this resource answers application/json"
                : e.getCause() instanceof JsonProcessingException j ? "malformed JSON: " + j.getOriginalMessage()
                : "bad request";
        if (status >= 500) {
            LOG.log(Level.SEVERE, "request failed", e);
            return Problem.of(ErrorCode.LEDGER_UNAVAILABLE, status, "the request could not be completed", null)
                    .response();
        }
        if (status == 401) {
            return Problem.of(ErrorCode.UNAUTHENTICATED, "a valid bearer token is required", null).response();
        }
        return Problem.of(ErrorCode.VALIDATION_FAILED, status, detail, null).response();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return Problem.of(ErrorCode.LEDGER_UNAVAILABLE, 503,
                "the request could not be completed; retry it with the same id (writes are idempotent)", null).response();
    }
}
