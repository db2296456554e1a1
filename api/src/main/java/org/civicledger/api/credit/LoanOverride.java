package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("The documented override a GRANTED line carries when the product's bands do not allow it.")
public final class LoanOverride extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The OverrideReason code") private String code;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The reason's text in the negotiated language") private String text;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's note") private String note;

    private LoanOverride() {
    }

    public String code() { return code; }
    public String text() { return text; }
    public String note() { return note; }
}
