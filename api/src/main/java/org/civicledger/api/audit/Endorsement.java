package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** One organisation's endorsement of a transaction. */
@JsonClassDescription("One organisation's endorsement of a transaction.")
public final class Endorsement extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The endorsing organisation (MSP id)") private String mspId;

    private Endorsement() {
    }

    public String mspId() { return mspId; }
}
