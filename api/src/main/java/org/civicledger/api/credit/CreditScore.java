package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The explained score: the resident's own view, and the first part of a bank's {@link CreditCheck}. */
@JsonClassDescription("Answer of GET /api/v1/residents/{residentId}/credit: the resident's own view of their "
        + "score, computed on committed state; writes nothing.")
public class CreditScore extends ExplainedScore {
    @JsonProperty(required = true) @JsonPropertyDescription("The ledger state the score was computed on")
    private AsOf asOf;

    /** For {@link CreditCheck}. */
    CreditScore() {
    }

    public final AsOf asOf() { return asOf; }
}
