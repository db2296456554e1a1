package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** One failed reconciliation check. */
@JsonClassDescription("One failed reconciliation check.")
public final class ReconciliationMismatch extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The record checked") private String subject;
    @JsonProperty(required = true) @JsonPropertyDescription("The rule it broke") private String check;
    @JsonProperty(required = true) @JsonPropertyDescription("What the rule expected") private long expected;
    @JsonProperty(required = true) @JsonPropertyDescription("What was found") private long actual;

    private ReconciliationMismatch() {
    }

    public String subject() { return subject; }
    public String check() { return check; }
    public long expected() { return expected; }
    public long actual() { return actual; }
}
