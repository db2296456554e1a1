package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A bank's credit check: the explained score and the product's terms for its band. Every new check is a
 * transaction on the resident's query log; the answer is 200 whether new or a replay (the same {@code checkId} and
 * body again answers the original check, its transaction and block), so it carries no replay flag.
 */
@JsonClassDescription("Answer of POST /api/v1/credit-checks: the explained score and the product's terms; "
        + "every new check is a transaction on the resident's query log.")
public final class CreditCheck extends CreditScore {
    @JsonProperty(required = true) @JsonPropertyDescription("The product checked") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose") private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("The consent that allowed the check")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the product offers terms to the band")
    private boolean eligible;
    @JsonProperty @JsonPropertyDescription("Largest loan for the band, in fen (when eligible)")
    private Long maxAmountFen;
    @JsonProperty @JsonPropertyDescription("Rate discount for the band, in basis points (when eligible)")
    private Integer rateDiscountBps;
    @JsonProperty @JsonPropertyDescription("The bank's idempotency id, when the request had one")
    private String checkId;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the check") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Block of that transaction") private long blockNumber;

    @JsonProperty
    @JsonPropertyDescription("A check of a household: the household; residentId is then its head, whose consent "
            + "allowed the check, and the score is the household's")
    private String householdId;
    @JsonProperty @JsonPropertyDescription("A check of a household: the household's community") private String communityId;
    @JsonProperty @JsonPropertyDescription("A check of a household: its members at the check, sorted")
    private List<String> memberIds;

    private CreditCheck() {
    }

    public String productId() { return productId; }
    public String purpose() { return purpose; }
    public String consentId() { return consentId; }
    public boolean eligible() { return eligible; }
    public Long maxAmountFen() { return maxAmountFen; }
    public Integer rateDiscountBps() { return rateDiscountBps; }
    public String checkId() { return checkId; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
    public String householdId() { return householdId; }
    public String communityId() { return communityId; }
    public List<String> memberIds() { return memberIds; }
}
