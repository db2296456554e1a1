package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/** The credit programme's figures: households and residents credited, coverage, lines, drawdowns, repayments. */
@JsonClassDescription("Answer of GET /api/v1/reports/credit-programme: the credit programme's figures for the whole "
        + "scope, per community and per bank, cumulative at the end of the period and per month.")
public final class CreditProgrammeReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("How far the read model had followed the ledger")
    private ReadModelAsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("First month, YYYY-MM (UTC)") private String from;
    @JsonProperty(required = true) @JsonPropertyDescription("Last month, YYYY-MM (UTC), included") private String to;
    @JsonProperty @JsonPropertyDescription("The community, when the report covers one") private String communityId;
    @JsonProperty @JsonPropertyDescription("The bank, when the report covers one") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The whole scope's figures")
    private ProgrammeFigures programme;
    @JsonProperty(required = true) @JsonPropertyDescription("Per community, by community id")
    private List<ProgrammeFigures> communities;
    @JsonProperty @JsonPropertyDescription("Per bank, by bank id (absent on an ADMIN's report)")
    private List<ProgrammeFigures> banks;

    private CreditProgrammeReport() {
    }

    /** @return how far the read model had followed the ledger */
    public ReadModelAsOf asOf() { return asOf; }
    /** @return the first month, {@code YYYY-MM} */
    public String from() { return from; }
    /** @return the last month, {@code YYYY-MM}, included */
    public String to() { return to; }
    /** @return the community the report covers, or null for every community in scope */
    public String communityId() { return communityId; }
    /** @return the bank the report covers, or null for every bank in scope */
    public String bankId() { return bankId; }
    /** @return the whole scope's figures */
    public ProgrammeFigures programme() { return programme; }
    /** @return per community */
    public List<ProgrammeFigures> communities() { return communities; }
    /** @return per bank, or null on an ADMIN's report */
    public List<ProgrammeFigures> banks() { return banks; }
}
