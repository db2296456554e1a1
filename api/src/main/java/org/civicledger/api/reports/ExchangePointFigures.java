package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("A transparency board's figures of one exchange point (merchant).")
public final class ExchangePointFigures extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The exchange point") private String merchantId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points redeemed there, with their value")
    private ReportCell redeemed;

    private ExchangePointFigures() {
    }

    public String merchantId() { return merchantId; }
    public ReportCell redeemed() { return redeemed; }
}
