package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of GET /api/v1/merchants/{merchantId}/statement.")
public final class MerchantStatement extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant") private String merchantId;
    @JsonProperty(required = true) @JsonPropertyDescription("Redemptions in the period")
    private List<StatementLine> redemptions;
    @JsonProperty(required = true) @JsonPropertyDescription("Points of those redemptions") private long totalPoints;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Value of those redemptions in fen (0.01 CNY); a redemption without one counts 0")
    private long totalValueFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Points not yet settled") private long unsettledPoints;

    private MerchantStatement() {
    }

    public String merchantId() { return merchantId; }
    public List<StatementLine> redemptions() { return redemptions; }
    public long totalPoints() { return totalPoints; }
    public long totalValueFen() { return totalValueFen; }
    public long unsettledPoints() { return unsettledPoints; }
}
