package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

@JsonClassDescription("A published loan product: an item of GET /api/v1/loan-products, and the answer of POST "
        + "/api/v1/loan-products (201 when new, 200 with the original product for a replay; with blockNumber).")
public final class LoanProduct extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's product id") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("Name shown to residents") private String name;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether a check needs a consent signed by the resident")
    private boolean requireSignedConsent;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Which consents its checks accept: ANY, SIGNED (= requireSignedConsent) or "
            + "SIGNED_OR_WITNESSED")
    private ConsentRequirement consentRequirement;
    @JsonProperty(required = true) @JsonPropertyDescription("Terms per score band; an absent band is not eligible")
    private LoanBands bands;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was published (ISO-8601 UTC)")
    private Instant publishedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction that published it") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a publish)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private LoanProduct() {
    }

    public String bankId() { return bankId; }
    public String productId() { return productId; }
    public String name() { return name; }
    public boolean requireSignedConsent() { return requireSignedConsent; }
    public ConsentRequirement consentRequirement() { return consentRequirement; }
    public LoanBands bands() { return bands; }
    public Instant publishedAt() { return publishedAt; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }

    /**
     * Whether this answer to a publish is a replay: the same request was sent before and this is its original
     * result (HTTP 200 rather than 201); false for a listed product. Not a property on the wire.
     *
     * @return whether nothing new was written
     */
    public boolean replayed() { return replayed; }
}
