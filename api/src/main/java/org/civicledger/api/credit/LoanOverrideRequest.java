package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

@JsonClassDescription("A documented override of a loan product's bands, in a loan decision.")
public final class LoanOverrideRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Why the bank grants the line anyway")
    private OverrideReason reasonCode;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The bank's note (1-" + Limits.MAX_TEXT_LENGTH + " characters; no personal data)")
    private String note;

    private LoanOverrideRequest() {
    }

    /**
     * @param reasonCode why the bank grants the line anyway
     * @param note       the bank's note
     * @return the override
     * @throws IllegalStateException if the note is blank
     */
    public static LoanOverrideRequest of(OverrideReason reasonCode, String note) {
        Checks.requireSet(reasonCode, "reasonCode");
        Checks.requireText(note, "note");
        LoanOverrideRequest o = new LoanOverrideRequest();
        o.reasonCode = reasonCode;
        o.note = note;
        return o;
    }

    public OverrideReason reasonCode() { return reasonCode; }
    public String note() { return note; }
}
