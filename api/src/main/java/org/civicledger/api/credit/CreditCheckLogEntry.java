package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("One entry of a resident's credit query log (GET /api/v1/residents/{residentId}/credit-checks), "
        + "oldest first: a bank's check as it was recorded.")
public final class CreditCheckLogEntry extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident checked") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank that checked") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("The product") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose") private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("The consent that allowed the check")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("When (ISO-8601 UTC)") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the check") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the product offered terms to the band")
    private boolean eligible;
    @JsonProperty @JsonPropertyDescription("Largest loan offered, in fen (when eligible)") private Long maxAmountFen;
    @JsonProperty @JsonPropertyDescription("Rate discount offered, in basis points (when eligible)")
    private Integer rateDiscountBps;
    @JsonProperty @JsonPropertyDescription("The bank's idempotency id, when the check had one") private String checkId;
    @JsonProperty(required = true) @JsonPropertyDescription("The explained score the check computed")
    private LoggedScore score;
    @JsonProperty
    @JsonPropertyDescription("A check of a household: the household (its head is residentId; the same entry is on "
            + "every member's log)")
    private String householdId;
    @JsonProperty @JsonPropertyDescription("A check of a household: the household's community") private String communityId;
    @JsonProperty @JsonPropertyDescription("A check of a household: its members at the check, sorted")
    private List<String> memberIds;
    @JsonProperty @JsonPropertyDescription("Set when a dispute of this check was upheld (on every query log the "
            + "check is on)")
    private org.civicledger.api.disputes.CheckDisputed disputed;

    private CreditCheckLogEntry() {
    }

    public String residentId() { return residentId; }
    public String bankId() { return bankId; }
    public String productId() { return productId; }
    public String purpose() { return purpose; }
    public String consentId() { return consentId; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public boolean eligible() { return eligible; }
    public Long maxAmountFen() { return maxAmountFen; }
    public Integer rateDiscountBps() { return rateDiscountBps; }
    public String checkId() { return checkId; }
    public LoggedScore score() { return score; }
    public String householdId() { return householdId; }
    public String communityId() { return communityId; }
    public List<String> memberIds() { return memberIds; }
    public org.civicledger.api.disputes.CheckDisputed disputed() { return disputed; }
}
