package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

@JsonClassDescription("A named attester of a community (a grid worker, service team, social organisation or "
        + "volunteer team, by a pseudonymous id); the answer of POST /api/v1/attesters (201, or 200 with the "
        + "original for the same registration again) and of its status change also carries the write's blockNumber.")
public final class Attester extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community it attests for") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Pseudonymous id of the attester within the community")
    private String attesterId;
    @JsonProperty(required = true) @JsonPropertyDescription("What kind of attester it is") private AttesterKind kind;
    @JsonProperty(required = true) @JsonPropertyDescription("ACTIVE, or SUSPENDED (may not attest)")
    private AttesterStatus status;
    @JsonProperty
    @JsonPropertyDescription("Most points it may attest per UTC day of recording (absent: no limit)")
    private Long dailyLimitPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was registered (ISO-8601 UTC)")
    private Instant registeredAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the last write of the record")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Why its status was last changed") private String statusReason;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private Attester() {
    }

    public String communityId() { return communityId; }
    public String attesterId() { return attesterId; }
    public AttesterKind kind() { return kind; }
    public AttesterStatus status() { return status; }
    public Long dailyLimitPoints() { return dailyLimitPoints; }
    public Instant registeredAt() { return registeredAt; }
    public String txId() { return txId; }
    public String statusReason() { return statusReason; }
    public Long blockNumber() { return blockNumber; }

    /**
     * Whether this answer to a registration found the same attester registered before (HTTP 200 rather than 201).
     * {@code false} on a list. Not on the wire.
     *
     * @return whether the registration wrote nothing new
     */
    public boolean replayed() { return replayed; }
}
