package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** A coverage ratio, credited ÷ enrolled, exactly and in basis points. */
@JsonClassDescription("Coverage, credited ÷ enrolled: the exact fraction (not reduced) and its basis points "
        + "(numerator × 10000 ÷ denominator, rounded down); no basisPoints when nothing is enrolled.")
public final class Coverage extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Credited (households or residents)")
    private long numerator;
    @JsonProperty(required = true) @JsonPropertyDescription("Enrolled (households registered, or residents)")
    private long denominator;
    @JsonProperty @JsonPropertyDescription("numerator × 10000 ÷ denominator, rounded down (9013 = 90.13%); absent "
            + "when the denominator is 0")
    private Long basisPoints;

    private Coverage() {
    }

    /** @return the credited households or residents */
    public long numerator() { return numerator; }

    /** @return the enrolled households or residents */
    public long denominator() { return denominator; }

    /** @return the coverage in basis points (rounded down), or null when nothing is enrolled */
    public Long basisPoints() { return basisPoints; }
}
