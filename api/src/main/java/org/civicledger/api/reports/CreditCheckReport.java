package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/** One page of the credit checks made in a period, oldest first. */
@JsonClassDescription("Answer of GET /api/v1/reports/oversight/credit-checks: one page of the credit checks made "
        + "in the period, oldest first; pass nextCursor as cursor for the next page.")
public final class CreditCheckReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("How current the report is") private ReadModelAsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("Start of the period (included)") private Instant from;
    @JsonProperty(required = true) @JsonPropertyDescription("End of the period (excluded)") private Instant to;
    @JsonProperty @JsonPropertyDescription("The bank, when the request named one") private String bankId;
    @JsonProperty @JsonPropertyDescription("The community, when the report covers one") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The checks of this page")
    private List<CreditCheckEntry> items;
    @JsonProperty @JsonPropertyDescription("The cursor of the next page; absent on the last")
    private String nextCursor;

    private CreditCheckReport() {
    }

    public ReadModelAsOf asOf() { return asOf; }
    public Instant from() { return from; }
    public Instant to() { return to; }
    public String bankId() { return bankId; }
    public String communityId() { return communityId; }
    public List<CreditCheckEntry> items() { return items; }
    public String nextCursor() { return nextCursor; }
}
