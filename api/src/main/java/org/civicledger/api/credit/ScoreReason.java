package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("One reason for the score, in plain words.")
public final class ScoreReason extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Stable reason code") private String code;
    @JsonProperty(required = true) @JsonPropertyDescription("The reason, for the resident, in the "
            + "language the request negotiated (Accept-Language: zh-CN or en; the ledger keeps the code only)")
    private String text;

    private ScoreReason() {
    }

    public String code() { return code; }
    public String text() { return text; }
}
