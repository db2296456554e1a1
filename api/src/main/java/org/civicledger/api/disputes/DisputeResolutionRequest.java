package org.civicledger.api.disputes;

import org.civicledger.api.Limits;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * How an ADMIN (or, once the dispute is past due, an AUDITOR naming its {@code communityId}) resolves a dispute;
 * upholding a SCORE dispute names its {@code correction}. The same outcome and note again answers the original resolution; another
 * resolution of a resolved dispute is {@code INVALID_STATE}.
 *
 * <pre>{@code
 * DisputeResolutionRequest.builder().outcome(DisputeStatus.REJECTED).note("patrol log shows them").build();
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/disputes/{disputeId}/resolution (ADMIN; AUDITOR once the dispute is "
        + "past due, naming communityId); UPHELD on an award reverses it, on a suspension reactivates the resident, "
        + "on a credit check marks it disputed on the query logs, on a score recomputes it (correction required). "
        + "The same outcome and note again answers the original resolution.")
public final class DisputeResolutionRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("UPHELD or REJECTED (OPEN and OVERDUE are refused)")
    private DisputeStatus outcome;
    @JsonProperty(required = true) @JsonPropertyDescription("What was checked (1-" + Limits.MAX_TEXT_LENGTH + " characters)") private String note;
    @JsonProperty @JsonPropertyDescription("UPHELD SCORE disputes only (required there, refused elsewhere): what "
            + "was corrected")
    private ScoreCorrection correction;
    @JsonProperty @JsonPropertyDescription("The dispute's community: required for an AUDITOR (dispute ids are "
            + "scoped to their community); an ADMIN may name only its own")
    private String communityId;

    private DisputeResolutionRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public DisputeStatus outcome() { return outcome; }
    public String note() { return note; }
    public ScoreCorrection correction() { return correction; }
    public String communityId() { return communityId; }

    /** Builds a {@link DisputeResolutionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final DisputeResolutionRequest r = new DisputeResolutionRequest();

        private Builder() {
        }

        /** Required: UPHELD (on an award, reverses it) or REJECTED. */
        public Builder outcome(DisputeStatus v) { r.outcome = v; return this; }

        /** Required: what was checked. */
        public Builder note(String v) { r.note = v; return this; }

        /** Required to uphold a SCORE dispute, refused otherwise: what was corrected. */
        public Builder correction(ScoreCorrection v) { r.correction = v; return this; }

        /** Required for an AUDITOR: the dispute's community. */
        public Builder communityId(String v) { r.communityId = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a field is missing, or the outcome is OPEN
         */
        public DisputeResolutionRequest build() {
            Checks.requireSet(r.outcome, "outcome");
            if (!r.outcome.isOutcome()) {
                throw new IllegalStateException("outcome must be UPHELD or REJECTED");
            }
            Checks.requireText(r.note, "note");
            return copy(r);
        }
    }
}
