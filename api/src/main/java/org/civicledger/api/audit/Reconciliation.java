package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * The points invariants checked: every balance equals the sum of its history and of its buckets, none is negative,
 * no contribution paid twice, and issued = available + redeemed + expired + reversed.
 */
@JsonClassDescription("Answer of GET /api/v1/audit/reconciliation: the points invariants over every account "
        + "(AUDITOR) or over the accounts, contributions and redemptions of the ADMIN's community.")
public final class Reconciliation extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Whether every check passed") private boolean ok;
    @JsonProperty(required = true) @JsonPropertyDescription("How many accounts were checked") private long accounts;
    @JsonProperty(required = true) @JsonPropertyDescription("All points ever awarded (the accounts' earned totals)")
    private long issued;
    @JsonProperty(required = true) @JsonPropertyDescription("Points available now") private long available;
    @JsonProperty(required = true) @JsonPropertyDescription("Points redeemed") private long redeemed;
    @JsonProperty(required = true) @JsonPropertyDescription("Points expired") private long expired;
    @JsonProperty(required = true) @JsonPropertyDescription("Points reversed") private long reversed;
    @JsonProperty(required = true) @JsonPropertyDescription("Every failed check")
    private List<ReconciliationMismatch> mismatches;

    private Reconciliation() {
    }

    public boolean ok() { return ok; }
    public long accounts() { return accounts; }
    public long issued() { return issued; }
    public long available() { return available; }
    public long redeemed() { return redeemed; }
    public long expired() { return expired; }
    public long reversed() { return reversed; }
    public List<ReconciliationMismatch> mismatches() { return mismatches; }
}
