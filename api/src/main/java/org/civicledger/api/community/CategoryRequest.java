package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WirePattern;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/categories: a category of contribution the community adds to the five "
        + "defaults. The same body again answers 200 with the original; a different one for the same id, 409.")
public final class CategoryRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Id of the category within the community, not a default's, e.g. ELDERLY_CARE")
    @WirePattern(Categories.PATTERN)
    private String categoryId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Its name as the community publishes it (public text, at most 100 characters; no "
            + "personal data)")
    private String name;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Weight of its points in the credit score, in percent (0-1000; the defaults weigh 100): "
            + "an award counts with activity type weight × this / 100")
    private int creditWeight;

    private CategoryRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String categoryId() { return categoryId; }
    public String name() { return name; }
    public int creditWeight() { return creditWeight; }

    /** Builds a {@link CategoryRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final CategoryRequest r = new CategoryRequest();

        private Builder() {
        }

        /** Required: id of the category within the community ({@link Categories#PATTERN}, not a default). */
        public Builder categoryId(String v) { r.categoryId = v; return this; }

        /** Required: its public name (at most 100 characters). */
        public Builder name(String v) { r.name = v; return this; }

        /** Required: weight of its points in the credit score, in percent (0-1000). */
        public Builder creditWeight(int v) { r.creditWeight = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing, or the weight is outside 0-1000
         */
        public CategoryRequest build() {
            Checks.requireText(r.categoryId, "categoryId");
            Checks.requireText(r.name, "name");
            Checks.requireBetween(r.creditWeight, 0, Limits.MAX_CREDIT_WEIGHT, "creditWeight");
            return copy(r);
        }
    }
}
