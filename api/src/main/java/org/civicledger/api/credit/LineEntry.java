package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

@JsonClassDescription("A drawdown or repayment on a credit line, with the line's totals right after it: the answer "
        + "of POST .../drawdowns and .../repayments (201, or 200 with the original for a replay).")
public final class LineEntry extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The loan decision") private String decisionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("DRAWDOWN or REPAYMENT") private LineEntryKind kind;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The drawdownId or repaymentId (one id space per line)") private String entryId;
    @JsonProperty(required = true) @JsonPropertyDescription("The amount, in fen") private long amountFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn in total, in fen") private long drawnFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Repaid in total, in fen") private long repaidFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn and not repaid, in fen") private long outstandingFen;
    @JsonProperty(required = true) @JsonPropertyDescription("When") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Its transaction") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction") private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private LineEntry() {
    }

    public String decisionId() { return decisionId; }
    public String bankId() { return bankId; }
    public LineEntryKind kind() { return kind; }
    public String entryId() { return entryId; }
    public long amountFen() { return amountFen; }
    public long drawnFen() { return drawnFen; }
    public long repaidFen() { return repaidFen; }
    public long outstandingFen() { return outstandingFen; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }

    /** @return whether this answer is the original result of the same request sent before (HTTP 200, not 201) */
    public boolean replayed() { return replayed; }
}
