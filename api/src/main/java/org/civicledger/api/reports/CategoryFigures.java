package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("A transparency board's figures of one category.")
public final class CategoryFigures extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The category (UNCATEGORISED: awards recorded before "
            + "events named their category)")
    private String category;
    @JsonProperty(required = true) @JsonPropertyDescription("Points awarded") private ReportCell issued;
    @JsonProperty(required = true) @JsonPropertyDescription("Points taken back by reversals") private ReportCell reversed;

    private CategoryFigures() {
    }

    public String category() { return category; }
    public ReportCell issued() { return issued; }
    public ReportCell reversed() { return reversed; }
}
