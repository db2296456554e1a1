package org.civicledger.gateway.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.api.Problem;
import org.civicledger.gateway.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /ops/} request needs {@code Authorization: Bearer <token>} of the operator, whose SHA-256
 * is {@code civic.operations.token-sha256}. The operator is not a ledger caller (it has no role and no
 * ledger identity) and no caller's token opens these endpoints; without the setting they are off.
 */
public class OperatorTokenFilter {
    static final String PATH_PREFIX = "/ops/";
    private static final Logger LOG = Logger.getLogger(OperatorTokenFilter.class.getName());
    private static final String PREFIX = "Bearer ";

    @Inject
    CivicConfig config;

    @ServerRequestFilter(preMatching = true)
    public Optional<jakarta.ws.rs.core.Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(PATH_PREFIX)) {
            return Optional.empty();
        }
        return refusal(config.operations().tokenSha256(), request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(Problems::response);
    }

    /**
     * @param configuredSha256 {@code civic.operations.token-sha256}, if set
     * @param authorization the request's {@code Authorization} header, or null
     * @return why the request is refused (403 while the endpoints are off, 401 without the operator's token),
     *     or empty when it carries the operator's token
     */
    static Optional<Problem> refusal(Optional<String> configuredSha256, String authorization) {
        Optional<byte[]> expected = expectedHash(configuredSha256);
        if (expected.isEmpty()) {
            return Optional.of(Problems.of(ErrorCode.FORBIDDEN, "the operator endpoints are off: the operator sets "
                    + "civic.operations.token-sha256 (the SHA-256 of the operator's token) to turn them on", null));
        }
        String token = authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? authorization.substring(PREFIX.length()).trim() : "";
        if (token.isEmpty() || token.length() > 512
                || !MessageDigest.isEqual(HexFormat.of().parseHex(Callers.sha256(token)), expected.get())) {
            return Optional.of(Problems.of(ErrorCode.UNAUTHENTICATED,
                    "send Authorization: Bearer <token> with the operator's token", null));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> expectedHash(Optional<String> configuredSha256) {
        Optional<String> configured = configuredSha256.map(h -> h.trim().toLowerCase(Locale.ROOT));
        if (configured.isPresent() && !configured.get().matches("[0-9a-f]{64}")) {
            LOG.severe("civic.operations.token-sha256 is not 64 hex digits: the operator endpoints stay off");
            return Optional.empty();
        }
        return configured.map(HexFormat.of()::parseHex);
    }
}
