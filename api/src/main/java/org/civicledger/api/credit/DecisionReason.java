package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("A reason a loan decision gives (a decline reason, or an override's reason): its stable code "
        + "and its text in the language the request negotiated (Accept-Language; English by default).")
public final class DecisionReason extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Stable reason code") private String code;
    @JsonProperty(required = true) @JsonPropertyDescription("The reason, in plain words") private String text;

    private DecisionReason() {
    }

    public String code() { return code; }
    public String text() { return text; }
}
