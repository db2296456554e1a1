package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WirePattern;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/activity-types: a kind of contribution the community rewards.")
public final class ActivityTypeRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Id of the activity type within the community, e.g. volunteer-hour")
    private String activityType;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Its category: a default (VOLUNTEER_SERVICE, SAFETY_PATROL, ANTI_FRAUD_PUBLICITY, "
            + "GARBAGE_SORTING, COMMUNITY_AFFAIRS) or one the community defined")
    @WirePattern(Categories.PATTERN)
    private String category;
    @JsonProperty(required = true) @JsonPropertyDescription("Points per unit of quantity (positive)")
    private long pointsPerUnit;
    @JsonProperty(required = true) @JsonPropertyDescription("What one unit of quantity counts") private Unit unit;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Most points one resident may earn from it per day (positive)")
    private long dailyCapPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("Weight of these points in the credit score, in percent")
    private int creditWeight;
    @JsonProperty
    @JsonPropertyDescription("Whether its awards are PENDING until a COORDINATOR or ADMIN approves them (default false)")
    private Boolean requiresApproval;

    private ActivityTypeRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String activityType() { return activityType; }
    public String category() { return category; }
    public long pointsPerUnit() { return pointsPerUnit; }
    public Unit unit() { return unit; }
    public long dailyCapPoints() { return dailyCapPoints; }
    public int creditWeight() { return creditWeight; }
    public Boolean requiresApproval() { return requiresApproval; }

    /** Builds a {@link ActivityTypeRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ActivityTypeRequest r = new ActivityTypeRequest();

        private Builder() {
        }

        /** Required: id of the activity type within the community, e.g. volunteer-hour. */
        public Builder activityType(String v) { r.activityType = v; return this; }

        /** Required: its category, a default ({@link Categories#DEFAULTS}) or one the community defined. */
        public Builder category(String v) { r.category = v; return this; }

        /** Required: points per unit of quantity (positive). */
        public Builder pointsPerUnit(long v) { r.pointsPerUnit = v; return this; }

        /** Required: what one unit of quantity counts. */
        public Builder unit(Unit v) { r.unit = v; return this; }

        /** Required: most points one resident may earn from it per day (positive). */
        public Builder dailyCapPoints(long v) { r.dailyCapPoints = v; return this; }

        /** Required: weight of these points in the credit score, in percent. */
        public Builder creditWeight(int v) { r.creditWeight = v; return this; }

        /** Optional: whether its awards wait for approval (default false). */
        public Builder requiresApproval(Boolean v) { r.requiresApproval = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public ActivityTypeRequest build() {
            Checks.requireText(r.activityType, "activityType");
            Checks.requireText(r.category, "category");
            Checks.requirePositive(r.pointsPerUnit, "pointsPerUnit");
            Checks.requireSet(r.unit, "unit");
            Checks.requirePositive(r.dailyCapPoints, "dailyCapPoints");
            return copy(r);
        }
    }
}
