package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The credit programme's flows of one month. */
@JsonClassDescription("What happened in one month (UTC) of the credit programme: enrolments, first credits, "
        + "decisions, drawdowns, repayments and closures recorded in that month.")
public final class ProgrammeMonth extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The month, YYYY-MM (UTC)") private String month;
    @JsonProperty(required = true) @JsonPropertyDescription("Households registered in the month")
    private long householdsEnrolled;
    @JsonProperty(required = true) @JsonPropertyDescription("Households granted their first line in the month")
    private long householdsCredited;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents enrolled in the month")
    private long residentsEnrolled;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents granted their first line in the month")
    private long residentsCredited;
    @JsonProperty(required = true) @JsonPropertyDescription("Lines granted") private long linesGranted;
    @JsonProperty(required = true) @JsonPropertyDescription("The granted lines' amounts, fen") private long grantedFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Decisions that declined") private long linesDeclined;
    @JsonProperty(required = true) @JsonPropertyDescription("Drawn, fen") private long drawnFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Repaid, fen") private long repaidFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Decisions marked as an override of the product's bands")
    private long overrides;
    @JsonProperty(required = true) @JsonPropertyDescription("Lines closed") private long linesClosed;

    private ProgrammeMonth() {
    }

    /** @return the month, {@code YYYY-MM} */
    public String month() { return month; }
    /** @return households registered in the month */
    public long householdsEnrolled() { return householdsEnrolled; }
    /** @return households granted their first line in the month */
    public long householdsCredited() { return householdsCredited; }
    /** @return residents enrolled in the month */
    public long residentsEnrolled() { return residentsEnrolled; }
    /** @return residents granted their first line in the month */
    public long residentsCredited() { return residentsCredited; }
    /** @return lines granted in the month */
    public long linesGranted() { return linesGranted; }
    /** @return the amount of the lines granted in the month, fen */
    public long grantedFen() { return grantedFen; }
    /** @return decisions that declined, in the month */
    public long linesDeclined() { return linesDeclined; }
    /** @return drawn in the month, fen */
    public long drawnFen() { return drawnFen; }
    /** @return repaid in the month, fen */
    public long repaidFen() { return repaidFen; }
    /** @return override decisions in the month */
    public long overrides() { return overrides; }
    /** @return lines closed in the month */
    public long linesClosed() { return linesClosed; }
}
