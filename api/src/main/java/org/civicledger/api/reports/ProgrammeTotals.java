package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The credit programme's cumulative figures at the end of a period. */
@JsonClassDescription("The credit programme's figures from the ledger's beginning to the end of the period. A "
        + "household is credited when a line was ever granted to it (a household check), a resident when a line "
        + "was ever granted to the resident (a resident check); a closed line still counts.")
public final class ProgrammeTotals extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Households registered") private long householdsEnrolled;
    @JsonProperty(required = true) @JsonPropertyDescription("Households with a granted line")
    private long householdsCredited;
    @JsonProperty(required = true) @JsonPropertyDescription("householdsCredited ÷ householdsEnrolled")
    private Coverage householdCoverage;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents enrolled") private long residentsEnrolled;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents with a granted line of their own")
    private long residentsCredited;
    @JsonProperty(required = true) @JsonPropertyDescription("residentsCredited ÷ residentsEnrolled")
    private Coverage residentCoverage;
    @JsonProperty(required = true) @JsonPropertyDescription("Lines granted") private long linesGranted;
    @JsonProperty(required = true) @JsonPropertyDescription("The granted lines' amounts, fen") private long grantedFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Decisions that declined") private long linesDeclined;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn, fen") private long drawnFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Repaid, fen") private long repaidFen;
    @JsonProperty(required = true) @JsonPropertyDescription("drawnFen − repaidFen") private long outstandingFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Decisions marked as an override of the product's bands")
    private long overrides;
    @JsonProperty(required = true) @JsonPropertyDescription("Lines closed") private long linesClosed;

    private ProgrammeTotals() {
    }

    /** @return households registered */
    public long householdsEnrolled() { return householdsEnrolled; }
    /** @return households with a granted line */
    public long householdsCredited() { return householdsCredited; }
    /** @return households credited ÷ households registered */
    public Coverage householdCoverage() { return householdCoverage; }
    /** @return residents enrolled */
    public long residentsEnrolled() { return residentsEnrolled; }
    /** @return residents with a granted line of their own */
    public long residentsCredited() { return residentsCredited; }
    /** @return residents credited ÷ residents enrolled */
    public Coverage residentCoverage() { return residentCoverage; }
    /** @return lines granted */
    public long linesGranted() { return linesGranted; }
    /** @return the granted lines' amounts, fen */
    public long grantedFen() { return grantedFen; }
    /** @return decisions that declined */
    public long linesDeclined() { return linesDeclined; }
    /** @return drawn, fen */
    public long drawnFen() { return drawnFen; }
    /** @return repaid, fen */
    public long repaidFen() { return repaidFen; }
    /** @return drawn − repaid, fen */
    public long outstandingFen() { return outstandingFen; }
    /** @return override decisions */
    public long overrides() { return overrides; }
    /** @return lines closed */
    public long linesClosed() { return linesClosed; }
}
