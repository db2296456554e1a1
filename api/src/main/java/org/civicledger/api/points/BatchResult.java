package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of POST /api/v1/contributions/batch.")
public final class BatchResult extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("One result per item, in the request's order")
    private List<BatchItemResult> results;

    private BatchResult() {
    }

    public List<BatchItemResult> results() { return results; }
}
