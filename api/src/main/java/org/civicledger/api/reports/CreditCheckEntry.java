package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** One credit check a bank made, as the oversight report lists it: who, for what, with which consent. */
@JsonClassDescription("One credit check of the oversight report: who checked whom, for what, with which consent.")
public final class CreditCheckEntry extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The check's transaction time") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("The check's transaction") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank that checked") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's loan product") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose the bank named") private String purpose;
    @JsonProperty
    @JsonPropertyDescription("The consent the check relied on (absent on checks recorded before it was kept)")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident (pseudonymous)") private String residentId;
    @JsonProperty @JsonPropertyDescription("The band the check saw (A-D), when recorded") private String band;
    @JsonProperty @JsonPropertyDescription("Whether the product was offered, when recorded") private Boolean eligible;

    private CreditCheckEntry() {
    }

    public Instant at() { return at; }
    public String txId() { return txId; }
    public String communityId() { return communityId; }
    public String bankId() { return bankId; }
    public String productId() { return productId; }
    public String purpose() { return purpose; }
    public String consentId() { return consentId; }
    public String residentId() { return residentId; }
    public String band() { return band; }
    public Boolean eligible() { return eligible; }
}
