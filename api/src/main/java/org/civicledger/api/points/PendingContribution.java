package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;
import org.civicledger.api.WirePattern;
import org.civicledger.api.community.Categories;

@JsonClassDescription("A contribution awaiting approval, one item of GET /api/v1/contributions/pending (oldest "
        + "recorded first). Expired ones stay listed, with expired true, until decided (which is APPROVAL_EXPIRED).")
public final class PendingContribution extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The contribution") private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The activity type") private String activityType;
    @JsonProperty(required = true) @JsonPropertyDescription("Its category: a default or one the community defined")
    @WirePattern(Categories.PATTERN)
    private String category;
    @JsonProperty(required = true) @JsonPropertyDescription("Points an approval would pay") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("The app that recorded it") private String appId;
    @JsonProperty @JsonPropertyDescription("The named attester, when there is one") private String attesterId;
    @JsonProperty(required = true) @JsonPropertyDescription("When it happened (ISO-8601 UTC)")
    private Instant occurredAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was recorded (the transaction's time)")
    private Instant recordedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When its approval period ends") private Instant expiresAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether expiresAt has passed (as of the read)")
    private boolean expired;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction that recorded it") private String txId;

    private PendingContribution() {
    }

    public String contributionId() { return contributionId; }
    public String residentId() { return residentId; }
    public String communityId() { return communityId; }
    public String activityType() { return activityType; }
    public String category() { return category; }
    public long points() { return points; }
    public String appId() { return appId; }
    public String attesterId() { return attesterId; }
    public Instant occurredAt() { return occurredAt; }
    public Instant recordedAt() { return recordedAt; }
    public Instant expiresAt() { return expiresAt; }
    public boolean expired() { return expired; }
    public String txId() { return txId; }
}
