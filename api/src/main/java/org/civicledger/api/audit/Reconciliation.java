package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/** Answer of GET /api/v1/audit/reconciliation: the points invariants over all accounts. */
@JsonClassDescription("Answer of GET /api/v1/audit/reconciliation: the points invariants over all accounts.")
public final class Reconciliation extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Whether every check passed")
    private boolean ok;
    @JsonProperty(required = true) @JsonPropertyDescription("All points ever awarded")
    private long issued;
    @JsonProperty(required = true) @JsonPropertyDescription("Points available now")
    private long available;
    @JsonProperty(required = true) @JsonPropertyDescription("Points redeemed")
    private long redeemed;
    @JsonProperty(required = true) @JsonPropertyDescription("Points expired")
    private long expired;
    @JsonProperty(required = true) @JsonPropertyDescription("Points reversed")
    private long reversed;
    @JsonProperty(required = true) @JsonPropertyDescription("Every failed check")
    private List<ReconciliationMismatch> mismatches;

    private Reconciliation() {
    }

    public boolean ok() { return ok; }

    public long issued() { return issued; }

    public long available() { return available; }

    public long redeemed() { return redeemed; }

    public long expired() { return expired; }

    public long reversed() { return reversed; }

    public List<ReconciliationMismatch> mismatches() { return mismatches; }
}
