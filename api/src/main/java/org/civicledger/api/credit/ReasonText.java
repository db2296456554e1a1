package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** A reason code's text in English and in simplified Chinese, as a score model defines it. */
@JsonClassDescription("A reason code's text in English (en) and simplified Chinese (zh), each at most 500 characters.")
public final class ReasonText extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The text in English") private String en;
    @JsonProperty(required = true) @JsonPropertyDescription("The text in simplified Chinese") private String zh;

    private ReasonText() {
    }

    /**
     * @param en the text in English
     * @param zh the text in simplified Chinese
     * @return the texts
     * @throws IllegalStateException if either is blank
     */
    public static ReasonText of(String en, String zh) {
        Checks.requireText(en, "en");
        Checks.requireText(zh, "zh");
        ReasonText text = new ReasonText();
        text.en = en;
        text.zh = zh;
        return text;
    }

    public String en() { return en; }
    public String zh() { return zh; }
}
