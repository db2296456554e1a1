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

@JsonClassDescription("A category of contribution: one of the five defaults (builtIn, weight 100, no community) or "
        + "one a community defined; the answer of POST /api/v1/categories (201, or 200 with the original for the "
        + "same definition again) also carries the write's blockNumber.")
public final class Category extends WireValue {
    @JsonProperty @JsonPropertyDescription("The community that defined it (absent on a default)")
    private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Id of the category")
    @WirePattern(Categories.PATTERN)
    private String categoryId;
    @JsonProperty(required = true) @JsonPropertyDescription("Its public name") private String name;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Weight of its points in the credit score, in percent")
    private int creditWeight;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether it is one of the five defaults every community has")
    private boolean builtIn;
    @JsonProperty @JsonPropertyDescription("When it was defined (absent on a default)") private Instant definedAt;
    @JsonProperty @JsonPropertyDescription("Transaction that defined it (absent on a default)") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private Category() {
    }

    public String communityId() { return communityId; }
    public String categoryId() { return categoryId; }
    public String name() { return name; }
    public int creditWeight() { return creditWeight; }
    public boolean builtIn() { return builtIn; }
    public Instant definedAt() { return definedAt; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }

    /**
     * Whether this answer to a definition found the same category defined before (HTTP 200 rather than 201).
     * {@code false} on a list. Not on the wire.
     *
     * @return whether the definition wrote nothing new
     */
    public boolean replayed() { return replayed; }
}
