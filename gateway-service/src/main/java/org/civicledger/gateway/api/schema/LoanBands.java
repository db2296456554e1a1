package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Terms per score band; an absent band is not eligible. */
@Schema(name = "LoanBands",
        description = "Terms per score band; an absent band is not eligible.")
public record LoanBands(
        @Schema(description = "Terms for band A") LoanTerms A,
        @Schema(description = "Terms for band B") LoanTerms B,
        @Schema(description = "Terms for band C") LoanTerms C,
        @Schema(description = "Terms for band D") LoanTerms D) {
}
