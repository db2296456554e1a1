package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

/** A bank's loan decision on a credit check and, when GRANTED, the credit line it opened with its totals. */
@JsonClassDescription("A loan decision: the answer of POST /api/v1/loan-decisions (201, or 200 with the original "
        + "for a replay) and of a closure, and an item of GET /api/v1/loan-decisions. Reasons are written in the "
        + "language the request negotiated (Accept-Language; English by default).")
public final class LoanDecision extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's id for the decision") private String decisionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The checked loan product") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The credit check it relies on") private String checkTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("RESIDENT or HOUSEHOLD") private CreditSubject subjectType;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The resident checked (for a household, its head)") private String residentId;
    @JsonProperty @JsonPropertyDescription("The household checked, for a household decision") private String householdId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("GRANTED or DECLINED") private LoanOutcome outcome;
    @JsonProperty @JsonPropertyDescription("GRANTED: the line, in fen") private Long amountFen;
    @JsonProperty @JsonPropertyDescription("GRANTED: the yearly rate, in basis points") private Integer rateBps;
    @JsonProperty @JsonPropertyDescription("GRANTED: the term, in months") private Integer termMonths;
    @JsonProperty(required = true) @JsonPropertyDescription("The band the check gave") private Band band;
    @JsonProperty(required = true) @JsonPropertyDescription("The score model version the check used")
    private long modelVersion;
    @JsonProperty @JsonPropertyDescription("GRANTED beyond the product's bands: the documented override")
    private LoanOverride override;
    @JsonProperty @JsonPropertyDescription("DECLINED: the reasons, in the bank's order") private List<DecisionReason> reasons;
    @JsonProperty(required = true) @JsonPropertyDescription("ACTIVE or CLOSED (a granted line), or DECLINED")
    private LineStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn so far, in fen") private long drawnFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Repaid so far, in fen") private long repaidFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn and not repaid, in fen") private long outstandingFen;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was decided") private Instant decidedAt;
    @JsonProperty @JsonPropertyDescription("When the line was closed") private Instant closedAt;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Transaction of the decision; on the answer to a closure, of the closure")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private LoanDecision() {
    }

    public String decisionId() { return decisionId; }
    public String bankId() { return bankId; }
    public String productId() { return productId; }
    public String checkTxId() { return checkTxId; }
    public CreditSubject subjectType() { return subjectType; }
    public String residentId() { return residentId; }
    public String householdId() { return householdId; }
    public String communityId() { return communityId; }
    public LoanOutcome outcome() { return outcome; }
    public Long amountFen() { return amountFen; }
    public Integer rateBps() { return rateBps; }
    public Integer termMonths() { return termMonths; }
    public Band band() { return band; }
    public long modelVersion() { return modelVersion; }
    public LoanOverride override() { return override; }
    public List<DecisionReason> reasons() { return reasons == null ? null : List.copyOf(reasons); }
    public LineStatus status() { return status; }
    public long drawnFen() { return drawnFen; }
    public long repaidFen() { return repaidFen; }
    public long outstandingFen() { return outstandingFen; }
    public Instant decidedAt() { return decidedAt; }
    public Instant closedAt() { return closedAt; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }

    /**
     * On the answer to a decision or closure: whether it is the original result of the same request sent before
     * (HTTP 200 rather than 201 for a decision); not a property on the wire.
     *
     * @return whether nothing new was written
     */
    public boolean replayed() { return replayed; }
}
