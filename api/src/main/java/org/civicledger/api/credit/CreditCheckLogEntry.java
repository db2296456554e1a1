package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** One entry of a resident's credit query log. */
@JsonClassDescription("One entry of a resident's credit query log.")
public final class CreditCheckLogEntry extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank that checked")
    private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The product")
    private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose")
    private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("When (ISO-8601 UTC)")
    private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the check")
    private String txId;

    private CreditCheckLogEntry() {
    }

    public String bankId() { return bankId; }

    public String productId() { return productId; }

    public String purpose() { return purpose; }

    public Instant at() { return at; }

    public String txId() { return txId; }
}
