package org.civicledger.gateway.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.gateway.ledger.ConflictRetry;

/**
 * The gateway's problem documents ({@link Problem}, the wire type): the type URI of each code, the response that
 * carries one, and its text in the caller's language. Problems are made in English; {@link #in} rewrites the
 * {@code title} and {@code detail} of one for the language the request negotiated ({@link Language}), leaving
 * {@code type}, {@code status} and {@code code} alone. Every problem answer goes through it: a JAX-RS response in
 * {@link ProblemLanguageFilter}, a Vert.x route's in {@link BodyLimit#refuse} and {@link RequestLimits}.
 */
public final class Problems {
    private Problems() {
    }

    public static Problem of(ErrorCode code, String detail, String txId) {
        return of(code, code.httpStatus(), detail, txId);
    }

    public static Problem of(ErrorCode code, int status, String detail, String txId) {
        String slug = code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Problem.of("https://civicledger.org/problems/" + slug, ProblemTexts.title(code, Language.EN), status, detail, code, txId);
    }

    public static Response response(ErrorCode code, String detail, String txId) {
        return response(of(code, detail, txId));
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.code() == ErrorCode.CONTENDED) {
            response.header("Retry-After", ConflictRetry.RETRY_AFTER_SECONDS); // contention passes: say when to retry
        }
        return response.build();
    }

    /** @return {@code problem} with its title and detail in {@code language} (a detail without a translation stays English) */
    public static Problem in(Problem problem, Language language) {
        if (language == Language.EN) {
            return problem;
        }
        return Problem.of(problem.type(), ProblemTexts.title(problem.code(), language), problem.status(),
                DetailCatalogue.chinese().translate(problem.detail()), problem.code(), problem.txId());
    }
}
