package org.civicledger.client;


import org.civicledger.api.Checks;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The entry point of the SDK: a client of one gateway, acting as the caller its bearer token stands for.
 *
 * <pre>{@code
 * CivicLedgerClient client = CivicLedgerClient.builder()
 *         .baseUrl("https://gateway.example.org")
 *         .token(appToken)
 *         .build();
 * Resident resident = client.residents().enrol("citizen-card-110105-0042");
 * }</pre>
 *
 * <p>A client is immutable and thread-safe; build one per token and share it. Requests that fail with
 * {@code 503} or a connection failure are retried with exponential backoff and jitter, which is safe because every
 * write carries a client id.
 */
public interface CivicLedgerClient {

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A view of this client whose calls use these options (timeout, extra headers, a listener); the view shares this
     * client's connections and is as cheap to make as to drop.
     *
     * @param options the options
     * @return the view
     */
    CivicLedgerClient withOptions(RequestOptions options);

    /**
     * Resident operations.
     *
     * @return the resident operations of this client
     */
    Residents residents();

    /**
     * Contribution (award) operations.
     *
     * @return the contribution operations of this client
     */
    Contributions contributions();

    /**
     * Redemption operations.
     *
     * @return the redemption operations of this client
     */
    Redemptions redemptions();

    /**
     * Settlements of what the community owes merchants.
     *
     * @return the settlement operations of this client
     */
    Settlements settlements();

    /**
     * Community set-up: activity types and policy.
     *
     * @return the community operations of this client
     */
    Community community();

    /**
     * A community's named attesters.
     *
     * @return the attester operations of this client
     */
    Attesters attesters();

    /**
     * Approval of contributions that wait for it.
     *
     * @return the approval operations of this client
     */
    Approvals approvals();

    /**
     * Merchant statements.
     *
     * @return the merchant statement operations of this client
     */
    MerchantStatements merchantStatements();

    /**
     * Consent operations, relayed by a resident's app.
     *
     * @return the consent operations of this client
     */
    Consents consents();

    /**
     * Loan product operations.
     *
     * @return the loan product operations of this client
     */
    LoanProducts loanProducts();

    /**
     * Score model operations: read, propose, approve, evaluate.
     *
     * @return the score model operations of this client
     */
    ScoreModels scoreModels();

    /**
     * A bank's credit checks.
     *
     * @return the credit check operations of this client
     */
    CreditChecks creditChecks();

    /**
     * A bank's loan decisions on its credit checks, and the credit lines they open.
     *
     * @return the loan decision operations of this client
     */
    LoanDecisions loanDecisions();

    /**
     * The resident's own credit view: score, reasons and query log.
     *
     * @return the resident credit operations of this client
     */
    ResidentCredit residentCredit();

    /**
     * Dispute operations.
     *
     * @return the dispute operations of this client
     */
    Disputes disputes();

    /**
     * Audit operations: transactions, blocks, integrity and reconciliation.
     *
     * @return the audit operations of this client
     */
    Audit audit();

    /**
     * Reports from the gateway's read model: the public transparency board.
     *
     * @return the report operations of this client
     */
    Reports reports();

    /**
     * Event subscriptions.
     *
     * @return the event operations of this client
     */
    Events events();

    /**
     * A community's households (户): registration, moves, the head, reads. A bank checks a household through
     * {@link #creditChecks()} with {@code CreditCheckRequest.Builder.household(communityId, householdId)}.
     *
     * @return the household operations of this client
     */
    Households households();

    /** Configures a {@link CivicLedgerClient}; not thread-safe, the built client is. */
    final class Builder {
        /** The per-request timeout unless {@link #timeout(Duration)} says otherwise. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        /** The number of retries unless {@link #maxRetries(int)} says otherwise. */
        public static final int DEFAULT_MAX_RETRIES = RetryPolicy.DEFAULT_MAX_RETRIES;

        private String baseUrl;
        private Supplier<String> token;
        private String fixedToken;
        private boolean withoutToken;
        private HttpClient httpClient;
        private SSLContext sslContext;
        private final List<CallListener> listeners = new ArrayList<>();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = RetryPolicy.DEFAULT_INITIAL_BACKOFF;

        private Builder() {
        }

        /**
         * Sets the gateway's base URL (required), for example {@code https://gateway.example.org}; the SDK appends
         * {@code /api/v1/…}.
         *
         * @param baseUrl an absolute http or https URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets the bearer token (required) that maps to the caller: its role, organisation and community.
         *
         * @param token the token
         * @return this builder
         */
        public Builder token(String token) {
            this.fixedToken = token;
            this.token = null;
            this.withoutToken = false;
            return this;
        }

        /**
         * Sets where the bearer token comes from, instead of {@link #token(String)}: asked on every attempt of every
         * call, so a rotated token is used at once. It must be quick (cache the token) and return a non-blank token.
         *
         * @param token the supplier
         * @return this builder
         */
        public Builder tokenSupplier(Supplier<String> token) {
            this.token = java.util.Objects.requireNonNull(token, "token");
            this.fixedToken = null;
            this.withoutToken = false;
            return this;
        }

        /**
         * Builds a client that sends no token, for the API's public operations only: the transparency board
         * ({@link Reports#transparency}) and the published score models ({@link ScoreModels#list()},
         * {@link ScoreModels#get(long)}). Every other call is refused with {@link UnauthenticatedException}. A later
         * {@link #token(String)} or {@link #tokenSupplier(Supplier)} undoes it.
         *
         * @return this builder
         */
        public Builder withoutToken() {
            this.withoutToken = true;
            this.token = null;
            this.fixedToken = null;
            return this;
        }

        /**
         * Sets the TLS context of the SDK's own HTTP client: a bank's trust store, or a client certificate for mutual
         * TLS. Not with {@link #httpClient(HttpClient)}, which brings its own.
         *
         * @param sslContext the context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Uses this HTTP client (its executor, proxy, TLS, authenticator...) instead of the SDK's own. The SDK still
         * sets each request's timeout.
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Adds a listener of every exchange: logging, metrics, tracing headers, raw answers.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(CallListener listener) {
            listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Sets the timeout of each attempt of a request (default {@link #DEFAULT_TIMEOUT}).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets how many times a request is retried (default {@value #DEFAULT_MAX_RETRIES}; 0 turns retries off): after {@code 429 CONTENDED}
         * always (nothing was written), no sooner than its {@code Retry-After}; after a {@code 503} or a
         * connection failure only if the call is safe to repeat (every call but a credit check and a dispute
         * resolution; those are retried only when the connection was refused, so nothing was sent).
         *
         * @param maxRetries zero or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the delay before the first retry (default 100 ms); each further retry doubles it, up to 5 s, with
         * random jitter.
         *
         * @param initialBackoff a positive duration
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the immutable, thread-safe client
         * @throws IllegalStateException if a required setting is missing or a setting breaks its rule
         */
        public CivicLedgerClient build() {
            Checks.requireText(baseUrl, "baseUrl");
            URI base;
            try {
                base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("baseUrl must be an absolute http or https URL: " + baseUrl, e);
            }
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                throw new IllegalStateException("baseUrl must be an absolute http or https URL: " + baseUrl);
            }
            if (token == null && !withoutToken) {
                Checks.requireText(fixedToken, "token");
            }
            if (httpClient != null && sslContext != null) {
                throw new IllegalStateException("sslContext belongs to the SDK's own HTTP client; configure the given "
                        + "httpClient's instead");
            }
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalStateException("timeout must be a positive duration, was " + timeout);
            }
            if (maxRetries < 0) {
                throw new IllegalStateException("maxRetries must be zero or more, was " + maxRetries);
            }
            if (initialBackoff == null || initialBackoff.isZero() || initialBackoff.isNegative()) {
                throw new IllegalStateException("initialBackoff must be a positive duration, was " + initialBackoff);
            }
            HttpClient http = httpClient;
            if (http == null) {
                HttpClient.Builder own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
                if (sslContext != null) {
                    own.sslContext(sslContext);
                }
                http = own.build();
            }
            if (withoutToken) {
                return new DefaultCivicLedgerClient(new HttpTransport(base, () -> null, timeout,
                        new RetryPolicy(maxRetries, initialBackoff), http, listeners));
            }
            String fixed = fixedToken;
            Supplier<String> bearer = token != null ? token : () -> fixed;
            Supplier<String> checked = () -> {
                String value = bearer.get();
                if (value == null || value.isBlank()) {
                    throw new IllegalStateException("the token supplier returned no token");
                }
                return value;
            };
            return new DefaultCivicLedgerClient(new HttpTransport(base, checked, timeout,
                    new RetryPolicy(maxRetries, initialBackoff), http, listeners));
        }
    }
}
