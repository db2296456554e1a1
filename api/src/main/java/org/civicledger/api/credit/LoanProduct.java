package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** A published loan product. */
@JsonClassDescription("A published loan product.")
public final class LoanProduct extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank")
    private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The product")
    private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("Name shown to residents")
    private String name;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether a check needs a signed consent")
    private boolean requireSignedConsent;
    @JsonProperty(required = true) @JsonPropertyDescription("Terms per score band")
    private LoanBands bands;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was published")
    private Instant publishedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction that published it")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;

    private LoanProduct() {
    }

    public String bankId() { return bankId; }

    public String productId() { return productId; }

    public String name() { return name; }

    public boolean requireSignedConsent() { return requireSignedConsent; }

    public LoanBands bands() { return bands; }

    public Instant publishedAt() { return publishedAt; }

    public String txId() { return txId; }

    public Long blockNumber() { return blockNumber; }
}
