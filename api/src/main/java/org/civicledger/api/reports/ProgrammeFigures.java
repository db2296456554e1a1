package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/** The credit programme's figures of one scope: the whole report, a community, a bank, or a bank in a community. */
@JsonClassDescription("The credit programme's figures of one scope: no communityId and no bankId for the report's "
        + "whole scope; a communityId for a community (over the banks in scope); a bankId for a bank (over the "
        + "communities where it recorded a decision); both for a bank in a community.")
public final class ProgrammeFigures extends WireValue {
    @JsonProperty @JsonPropertyDescription("The community, for a community's figures") private String communityId;
    @JsonProperty @JsonPropertyDescription("The bank, for a bank's figures") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("At the end of the period (from the ledger's beginning)")
    private ProgrammeTotals cumulative;
    @JsonProperty(required = true) @JsonPropertyDescription("Every month of the period, oldest first")
    private List<ProgrammeMonth> months;
    @JsonProperty @JsonPropertyDescription("A community's figures per bank (AUDITOR only, without bankId)")
    private List<ProgrammeFigures> banks;

    private ProgrammeFigures() {
    }

    /** @return the community, or null for figures over every community in scope */
    public String communityId() { return communityId; }
    /** @return the bank, or null for figures over every bank in scope */
    public String bankId() { return bankId; }
    /** @return the figures at the end of the period */
    public ProgrammeTotals cumulative() { return cumulative; }
    /** @return every month of the period, oldest first */
    public List<ProgrammeMonth> months() { return months; }
    /** @return a community's figures per bank, or null when the report has none */
    public List<ProgrammeFigures> banks() { return banks; }
}
