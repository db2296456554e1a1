package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("A community's figures of one month, or of the whole period.")
public final class TransparencyFigures extends WireValue {
    @JsonProperty @JsonPropertyDescription("The month, YYYY-MM (UTC); absent on the period's figures")
    private String month;
    @JsonProperty(required = true) @JsonPropertyDescription("Distinct residents with an award or a redemption")
    private ReportCell activeResidents;
    @JsonProperty(required = true) @JsonPropertyDescription("Points awarded") private ReportCell issued;
    @JsonProperty(required = true) @JsonPropertyDescription("Points redeemed, with their value")
    private ReportCell redeemed;
    @JsonProperty(required = true) @JsonPropertyDescription("Points expired") private ReportCell expired;
    @JsonProperty(required = true) @JsonPropertyDescription("Points taken back by reversals") private ReportCell reversed;
    @JsonProperty(required = true) @JsonPropertyDescription("Awards and reversals by category, by category id")
    private List<CategoryFigures> byCategory;
    @JsonProperty(required = true) @JsonPropertyDescription("Redemptions by exchange point, by merchant id")
    private List<ExchangePointFigures> byExchangePoint;

    private TransparencyFigures() {
    }

    public String month() { return month; }
    public ReportCell activeResidents() { return activeResidents; }
    public ReportCell issued() { return issued; }
    public ReportCell redeemed() { return redeemed; }
    public ReportCell expired() { return expired; }
    public ReportCell reversed() { return reversed; }
    public List<CategoryFigures> byCategory() { return byCategory; }
    public List<ExchangePointFigures> byExchangePoint() { return byExchangePoint; }
}
