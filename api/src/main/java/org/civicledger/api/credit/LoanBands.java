package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** Terms per score band; an absent band is not eligible. */
@JsonClassDescription("Terms per score band; an absent band is not eligible.")
public final class LoanBands extends WireValue {
    @JsonProperty @JsonPropertyDescription("Terms for band A")
    private LoanTerms A;
    @JsonProperty @JsonPropertyDescription("Terms for band B")
    private LoanTerms B;
    @JsonProperty @JsonPropertyDescription("Terms for band C")
    private LoanTerms C;
    @JsonProperty @JsonPropertyDescription("Terms for band D")
    private LoanTerms D;

    private LoanBands() {
    }

    public LoanTerms A() { return A; }

    public LoanTerms B() { return B; }

    public LoanTerms C() { return C; }

    public LoanTerms D() { return D; }
}
