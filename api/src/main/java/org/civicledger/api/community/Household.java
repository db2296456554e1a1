package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

/**
 * A household (户) of a community: a pseudonymous id linking its residents, one of them its head. A resident belongs
 * to at most one household at a time.
 */
@JsonClassDescription("A household (户) of a community: a pseudonymous id linking its resident members, one of them "
        + "its head (whose consent lets a bank check the household). The answer of POST /api/v1/households (201, or "
        + "200 with the record for the same registration again), of a move in or out and of a change of head also "
        + "carries the write's blockNumber.")
public final class Household extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The household's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Pseudonymous id of the household within the community")
    private String householdId;
    @JsonProperty
    @JsonPropertyDescription("The head, one of memberIds (absent only when the last member moved out)")
    private String headResidentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The members, sorted (at most 10)")
    private List<String> memberIds;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was registered (ISO-8601 UTC)")
    private Instant registeredAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the last write of the record")
    private String txId;
    @JsonProperty @JsonPropertyDescription("When a member last moved in or out or the head changed (ISO-8601 UTC)")
    private Instant updatedAt;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private Household() {
    }

    public String communityId() { return communityId; }
    public String householdId() { return householdId; }
    public String headResidentId() { return headResidentId; }
    public List<String> memberIds() { return memberIds; }
    public Instant registeredAt() { return registeredAt; }
    public String txId() { return txId; }
    public Instant updatedAt() { return updatedAt; }
    public Long blockNumber() { return blockNumber; }

    /**
     * Whether this answer to a registration or a move found it already done (HTTP 200 rather than 201, or a move
     * that changed nothing). {@code false} on a read. Not on the wire.
     *
     * @return whether the write wrote nothing new
     */
    public boolean replayed() { return replayed; }
}
