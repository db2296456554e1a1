package org.civicledger.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of the calls made through one view of a client: {@code client.withOptions(options)}. Unset options keep
 * the client's own.
 *
 * <pre>{@code
 * Award award = client.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5))
 *         .header("X-Request-Id", requestId).build())
 *     .contributions().award(request);
 * }</pre>
 */
public final class RequestOptions {
    /** No options: the client's own. */
    public static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Map<String, String> headers;
    private final CallListener listener;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.listener = builder.listener;
    }

    /**
     * Starts a set of options.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the timeout of each attempt, or {@code null} for the client's */
    Duration timeout() {
        return timeout;
    }

    /** @return extra headers of each request */
    Map<String, String> headers() {
        return headers;
    }

    /** @return a listener of these calls, or {@code null} */
    CallListener listener() {
        return listener;
    }

    /** Builds {@link RequestOptions}; not thread-safe, the built options are. */
    public static final class Builder {
        private Duration timeout;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private CallListener listener;

        private Builder() {
        }

        /**
         * Sets the timeout of each attempt of these calls.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the duration is not positive
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be a positive duration");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Adds a header to every request of these calls (a correlation id, say). The SDK's own headers
         * ({@code Authorization}, {@code Accept}, {@code Content-Type}, {@code User-Agent}) cannot be replaced.
         *
         * @param name  the header's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or one of the SDK's own headers, or the value is null
         */
        public Builder header(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("a header needs a name and a value");
            }
            if (HttpTransport.OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(name + " is set by the SDK");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Asks for texts in {@code language}: reason texts ({@code reasons[].text}) and problem titles and details
         * are answered in Simplified Chinese for any {@code zh} locale and in English otherwise (the gateway's
         * default). Sends {@code Accept-Language}.
         *
         * <pre>{@code
         * CreditScore score = client.withOptions(RequestOptions.builder().language(Locale.SIMPLIFIED_CHINESE).build())
         *         .residentCredit().get(residentId);   // score.reasons().get(0).text() is in Chinese
         * }</pre>
         *
         * @param language the language wanted, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
         * @return this builder
         * @throws IllegalArgumentException if {@code language} is null or has no language
         */
        public Builder language(java.util.Locale language) {
            if (language == null || language.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("language must name a language, e.g. Locale.SIMPLIFIED_CHINESE");
            }
            headers.put("Accept-Language", language.toLanguageTag());
            return this;
        }

        /**
         * Sets a listener of these calls, besides the client's own: it sees each request and its raw answer.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(CallListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
