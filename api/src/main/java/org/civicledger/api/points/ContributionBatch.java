package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** Body of POST /api/v1/contributions/batch: 1-1000 contributions, each awarded or refused on its own. */
@JsonClassDescription("Body of POST /api/v1/contributions/batch: 1-1000 contributions, each awarded or "
        + "refused on its own.")
public final class ContributionBatch extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The contributions (1-1000)")
    private List<ContributionRequest> items;

    private ContributionBatch() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }

    public List<ContributionRequest> items() { return items; }

    /** Builds a {@link ContributionBatch}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ContributionBatch r = new ContributionBatch();

        private Builder() {
        }

        /** Required: the contributions (1-1000). */
        public Builder items(List<ContributionRequest> v) { r.items = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public ContributionBatch build() {
            Checks.requireSet(r.items, "items");
            return copy(r);
        }
    }
}
