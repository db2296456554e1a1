package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.Role;
import org.civicledger.api.WireValue;

/** How a dispute was resolved. */
@JsonClassDescription("How a dispute was resolved.")
public final class DisputeResolution extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("UPHELD or REJECTED") private DisputeStatus outcome;
    @JsonProperty(required = true) @JsonPropertyDescription("What was checked") private String note;
    @JsonProperty(required = true) @JsonPropertyDescription("Who resolved it: the ADMIN's or AUDITOR's subject id")
    private String by;
    @JsonProperty @JsonPropertyDescription("The role that resolved it: ADMIN, or AUDITOR (only once past due); "
            + "absent on resolutions recorded before it was kept")
    private Role resolverRole;
    @JsonProperty(required = true) @JsonPropertyDescription("When") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the resolution") private String txId;
    @JsonProperty @JsonPropertyDescription("Points reversed by upholding a dispute of an award not yet reversed")
    private Long reversedPoints;
    @JsonProperty @JsonPropertyDescription("An upheld SCORE dispute: what was corrected")
    private ScoreCorrection correction;
    @JsonProperty @JsonPropertyDescription("An upheld SCORE dispute: the score at filing")
    private DisputeScore scoreBefore;
    @JsonProperty @JsonPropertyDescription("An upheld SCORE dispute: the score recomputed at the resolution, with "
            + "the model in force")
    private DisputeScore scoreAfter;
    @JsonProperty @JsonPropertyDescription("An upheld SUSPENSION dispute: true when it set the resident ACTIVE "
            + "again, false when the resident was already active")
    private Boolean reactivated;

    private DisputeResolution() {
    }

    public DisputeStatus outcome() { return outcome; }
    public String note() { return note; }
    public String by() { return by; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public Long reversedPoints() { return reversedPoints; }
    public Role resolverRole() { return resolverRole; }
    public ScoreCorrection correction() { return correction; }
    public DisputeScore scoreBefore() { return scoreBefore; }
    public DisputeScore scoreAfter() { return scoreAfter; }
    public Boolean reactivated() { return reactivated; }
}
