package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WirePattern;
import org.civicledger.api.WireValue;

@JsonClassDescription("An activity type as the ledger holds it; the answer of POST /api/v1/activity-types "
        + "(201, or 200 with the original for the same definition again) also carries the write's blockNumber.")
public final class ActivityType extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community that defined it") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Id of the activity type within the community")
    private String activityType;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Its category: a default or one the community defined")
    @WirePattern(Categories.PATTERN)
    private String category;
    @JsonProperty(required = true) @JsonPropertyDescription("Points per unit of quantity") private long pointsPerUnit;
    @JsonProperty(required = true) @JsonPropertyDescription("What one unit of quantity counts") private Unit unit;
    @JsonProperty(required = true) @JsonPropertyDescription("Most points one resident may earn from it per day")
    private long dailyCapPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("Weight of these points in the credit score, in percent")
    private int creditWeight;
    @JsonProperty
    @JsonPropertyDescription("Whether its awards are PENDING until a COORDINATOR or ADMIN approves them (absent: false)")
    private Boolean requiresApproval;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was defined (ISO-8601 UTC)")
    private Instant definedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction that defined it") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private ActivityType() {
    }

    public String communityId() { return communityId; }
    public String activityType() { return activityType; }
    public String category() { return category; }
    public long pointsPerUnit() { return pointsPerUnit; }
    public Unit unit() { return unit; }
    public long dailyCapPoints() { return dailyCapPoints; }
    public int creditWeight() { return creditWeight; }
    public boolean requiresApproval() { return Boolean.TRUE.equals(requiresApproval); }
    public Instant definedAt() { return definedAt; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }

    /**
     * Whether this answer to a definition found the same activity type defined before (HTTP 200 rather than 201).
     * {@code false} on a list. Not on the wire.
     *
     * @return whether the definition wrote nothing new
     */
    public boolean replayed() { return replayed; }
}
