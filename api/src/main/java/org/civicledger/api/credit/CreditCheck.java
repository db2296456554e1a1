package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WriteResult;

/** Answer of POST /api/v1/credit-checks: the explained score and the product's terms; every 200 is a transaction on the resident's query log. */
@JsonClassDescription("Answer of POST /api/v1/credit-checks: the explained score and the product's terms; "
        + "every 200 is a transaction on the resident's query log.")
public final class CreditCheck extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The score, 0-1000")
    private int score;
    @JsonProperty(required = true) @JsonPropertyDescription("The score band, A best")
    private Band band;
    @JsonProperty(required = true) @JsonPropertyDescription("The score's range")
    private ScoreRange range;
    @JsonProperty(required = true) @JsonPropertyDescription("Why the score is what it is")
    private List<ScoreReason> reasons;
    @JsonProperty(required = true) @JsonPropertyDescription("Version of the score model")
    private long modelVersion;
    @JsonProperty(required = true) @JsonPropertyDescription("The ledger state the score was computed on")
    private AsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("The product checked")
    private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose")
    private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("The consent that allowed the check")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the band is eligible for the product")
    private boolean eligible;
    @JsonProperty @JsonPropertyDescription("Largest loan for the band, in fen (when eligible)")
    private Long maxAmountFen;
    @JsonProperty @JsonPropertyDescription("Rate discount for the band (when eligible)")
    private Integer rateDiscountBps;
    @JsonProperty @JsonPropertyDescription("The bank's idempotency id, when the request had one")
    private String checkId;

    private CreditCheck() {
    }

    public String residentId() { return residentId; }

    public int score() { return score; }

    public Band band() { return band; }

    public ScoreRange range() { return range; }

    public List<ScoreReason> reasons() { return reasons; }

    public long modelVersion() { return modelVersion; }

    public AsOf asOf() { return asOf; }

    public String productId() { return productId; }

    public String purpose() { return purpose; }

    public String consentId() { return consentId; }

    public boolean eligible() { return eligible; }

    public Long maxAmountFen() { return maxAmountFen; }

    public Integer rateDiscountBps() { return rateDiscountBps; }

    public String checkId() { return checkId; }
}
