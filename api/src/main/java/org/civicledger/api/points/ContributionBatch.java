package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/contributions/batch: 1-" + Limits.MAX_BATCH_ITEMS
        + " contributions, each awarded or refused on its own.")
public final class ContributionBatch extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The contributions (1-" + Limits.MAX_BATCH_ITEMS + ")")
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

        /** Required: the contributions (1 to {@link Limits#MAX_BATCH_ITEMS}). */
        public Builder items(List<ContributionRequest> v) { r.items = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if the items are missing, empty, more than {@link Limits#MAX_BATCH_ITEMS}
         *                               or hold a null
         */
        public ContributionBatch build() {
            Checks.requireSet(r.items, "items");
            if (r.items.isEmpty() || r.items.size() > Limits.MAX_BATCH_ITEMS
                    || r.items.stream().anyMatch(Objects::isNull)) {
                throw new IllegalStateException("items must hold 1 to " + Limits.MAX_BATCH_ITEMS
                        + " contributions, none of them null");
            }
            return copy(r);
        }
    }
}
