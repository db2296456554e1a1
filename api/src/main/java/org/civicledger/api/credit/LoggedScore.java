package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

@JsonClassDescription("The score a credit check computed, as the resident's query log keeps it.")
public final class LoggedScore extends ExplainedScore {
    @JsonProperty(required = true) @JsonPropertyDescription("The check's transaction, whose time the score was "
            + "computed at")
    private CheckTime asOf;

    private LoggedScore() {
    }

    public CheckTime asOf() { return asOf; }
}
