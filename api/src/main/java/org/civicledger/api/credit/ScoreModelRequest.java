package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * A proposed score model version (a community ADMIN proposes; an AUDITOR of another organisation approves).
 *
 * <pre>{@code
 * ScoreModelRequest v2 = ScoreModelRequest.builder().version(2).effectiveAt(Instant.parse("2027-01-01T00:00:00Z"))
 *         .factor("CONTRIBUTION_VOLUME", 400, 120_000).factor("ACTIVE_MONTHS", 250, 12)
 *         .factor("DIVERSITY", 150, 4).factor("TENURE", 100, 24).factor("REVERSALS", 100, 2)
 *         .bandMinimums(750, 550, 350)
 *         .reasonText("LOW_CONTRIBUTION", "Few civic points this year.", "近一年公益积分较少。") // … all five codes
 *         .build();
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/score-models (ADMIN): the next version (the highest proposed or approved "
        + "+ 1), all five factors with maxPoints adding up to exactly 1000, band minimums 1000 >= A > B > C >= 1, "
        + "both texts of all five reason codes, and an effectiveAt in the future.")
public final class ScoreModelRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The version: the highest proposed or approved + 1")
    private long version;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Each factor's rule: CONTRIBUTION_VOLUME, ACTIVE_MONTHS, DIVERSITY, TENURE, REVERSALS")
    private Map<String, ScoreFactorRule> factors;
    @JsonProperty(required = true) @JsonPropertyDescription("The lowest score of bands A, B and C (lower is D)")
    private Map<String, Integer> bandMinimums;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Each reason code's texts: LOW_CONTRIBUTION, FEW_ACTIVE_MONTHS, NARROW_PARTICIPATION, "
            + "SHORT_TENURE, RECENT_REVERSALS")
    private Map<String, ReasonText> reasonTexts;
    @JsonProperty(required = true) @JsonPropertyDescription("When the version takes effect once approved")
    private Instant effectiveAt;

    private ScoreModelRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public long version() { return version; }
    public Map<String, ScoreFactorRule> factors() { return factors; }
    public Map<String, Integer> bandMinimums() { return bandMinimums; }
    public Map<String, ReasonText> reasonTexts() { return reasonTexts; }
    public Instant effectiveAt() { return effectiveAt; }

    /** Builds a {@link ScoreModelRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ScoreModelRequest r = new ScoreModelRequest();
        private final Map<String, ScoreFactorRule> factors = new TreeMap<>();
        private final Map<String, Integer> bands = new TreeMap<>();
        private final Map<String, ReasonText> texts = new TreeMap<>();

        private Builder() {
        }

        /** The version (required): the highest proposed or approved + 1. */
        public Builder version(long v) { r.version = v; return this; }

        /** When the version takes effect once approved (required; in the future). */
        public Builder effectiveAt(Instant v) { r.effectiveAt = v; return this; }

        /**
         * One factor's rule (all five are required).
         *
         * @throws IllegalArgumentException if a number breaks its range
         */
        public Builder factor(String factor, int maxPoints, long target) {
            factors.put(Objects.requireNonNull(factor, "factor"), ScoreFactorRule.of(maxPoints, target));
            return this;
        }

        /** The lowest score of bands A, B and C (required). */
        public Builder bandMinimums(int a, int b, int c) {
            bands.put(Band.A.name(), a);
            bands.put(Band.B.name(), b);
            bands.put(Band.C.name(), c);
            return this;
        }

        /**
         * One reason code's texts (all five codes are required).
         *
         * @throws IllegalStateException if a text is blank
         */
        public Builder reasonText(String code, String en, String zh) {
            texts.put(Objects.requireNonNull(code, "code"), ReasonText.of(en, zh));
            return this;
        }

        /**
         * Builds the request; the ledger checks the rules (sums, order, all codes).
         *
         * @return the immutable request
         * @throws IllegalStateException if the version, effectiveAt, factors, bands or texts are missing
         */
        public ScoreModelRequest build() {
            if (r.version < 1 || r.effectiveAt == null) {
                throw new IllegalStateException("version (positive) and effectiveAt are required");
            }
            if (factors.isEmpty() || bands.isEmpty() || texts.isEmpty()) {
                throw new IllegalStateException("factors, bandMinimums and reasonTexts are required");
            }
            r.factors = factors;
            r.bandMinimums = bands;
            r.reasonTexts = texts;
            return copy(r);
        }
    }
}
