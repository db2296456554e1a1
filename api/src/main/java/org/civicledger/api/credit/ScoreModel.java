package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.Map;
import org.civicledger.api.WireValue;

/**
 * A score model version with its status: everything needed to recompute a score by hand from its factors (each
 * factor's points from its rule, the score their sum, the band the highest whose minimum the score reaches).
 */
@JsonClassDescription("A score model version (GET /api/v1/score-models…, and the answer of a proposal or approval): "
        + "its rules, thresholds, reason texts, effective time and status. A score's factors[].measure with these "
        + "rules gives its points; the score is their sum; the band is the highest whose minimum it reaches, else D.")
public final class ScoreModel extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The version") private long version;
    @JsonProperty(required = true) @JsonPropertyDescription("How it stands now") private ScoreModelStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("Each factor's rule, by factor")
    private Map<String, ScoreFactorRule> factors;
    @JsonProperty(required = true) @JsonPropertyDescription("The lowest score of bands A, B and C (lower is D)")
    private Map<String, Integer> bandMinimums;
    @JsonProperty(required = true) @JsonPropertyDescription("Each reason code's texts, by code")
    private Map<String, ReasonText> reasonTexts;
    @JsonProperty(required = true) @JsonPropertyDescription("When it takes (or took) effect once approved")
    private Instant effectiveAt;
    @JsonProperty @JsonPropertyDescription("When it was approved (version 1: when the ledger was initialised)")
    private Instant publishedAt;
    @JsonProperty @JsonPropertyDescription("The proposing ADMIN's community (absent for version 1)")
    private String communityId;
    @JsonProperty @JsonPropertyDescription("The proposing ADMIN") private String proposedBy;
    @JsonProperty @JsonPropertyDescription("The proposer's organisation") private String proposerMspId;
    @JsonProperty @JsonPropertyDescription("When it was proposed") private Instant proposedAt;
    @JsonProperty @JsonPropertyDescription("The approving AUDITOR") private String approvedBy;
    @JsonProperty @JsonPropertyDescription("The approver's organisation (never the proposer's)")
    private String approverMspId;
    @JsonProperty @JsonPropertyDescription("When it was approved") private Instant approvedAt;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The transaction that last wrote it (its approval, else its proposal); for a proposal "
            + "or approval just made, that transaction")
    private String txId;
    @JsonProperty @JsonPropertyDescription("The block of a proposal or approval just made") private Long blockNumber;

    private ScoreModel() {
    }

    public long version() { return version; }
    public ScoreModelStatus status() { return status; }
    public Map<String, ScoreFactorRule> factors() { return factors; }
    public Map<String, Integer> bandMinimums() { return bandMinimums; }
    public Map<String, ReasonText> reasonTexts() { return reasonTexts; }
    public Instant effectiveAt() { return effectiveAt; }
    public Instant publishedAt() { return publishedAt; }
    public String communityId() { return communityId; }
    public String proposedBy() { return proposedBy; }
    public String proposerMspId() { return proposerMspId; }
    public Instant proposedAt() { return proposedAt; }
    public String approvedBy() { return approvedBy; }
    public String approverMspId() { return approverMspId; }
    public Instant approvedAt() { return approvedAt; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }
}
