package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

/**
 * A bank's decision on one of its own credit checks: a credit line GRANTED (amount, rate, term) or credit DECLINED
 * (reason codes). The band and score model version come from the check, never from the request. A line the
 * product's bands do not allow needs a documented {@link LoanOverrideRequest override}.
 *
 * <pre>{@code
 * LoanDecisionRequest grant = LoanDecisionRequest.granted("line-2026-0001", checkTxId, 2_000_000, 435, 36).build();
 * LoanDecisionRequest decline = LoanDecisionRequest.declined("line-2026-0002", checkTxId,
 *         DeclineReason.EXISTING_DEBT).build();
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/loan-decisions (BANK): a decision on one of the bank's own credit checks, "
        + "made at most " + Limits.CHECK_VALID_DAYS + " days after it; one decision per check. Same decisionId and "
        + "same body again: the original decision; same id, other body: ID_CONFLICT.")
public final class LoanDecisionRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("The bank's id for the decision (scoped to the bank): makes it idempotent")
    private String decisionId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The transaction id of the bank's credit check the decision relies on")
    private String checkTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("GRANTED or DECLINED") private LoanOutcome outcome;
    @JsonProperty
    @JsonPropertyDescription("GRANTED only (required): the credit line, in fen (1-" + Limits.MAX_LOAN_FEN + ")")
    private Long amountFen;
    @JsonProperty
    @JsonPropertyDescription("GRANTED only (required): the yearly interest rate, in basis points (0-"
            + Limits.MAX_RATE_BPS + ")")
    private Integer rateBps;
    @JsonProperty
    @JsonPropertyDescription("GRANTED only (required): the term, in months (1-" + Limits.MAX_TERM_MONTHS + ")")
    private Integer termMonths;
    @JsonProperty
    @JsonPropertyDescription("DECLINED only (required): 1-" + Limits.MAX_DECLINE_REASONS + " distinct reason codes")
    private List<DeclineReason> reasonCodes;
    @JsonProperty
    @JsonPropertyDescription("GRANTED only: the documented override of a line the product's bands do not allow "
            + "(above the band's maximum, or a band the product does not offer); refused when the line needs none")
    private LoanOverrideRequest override;

    private LoanDecisionRequest() {
    }

    /**
     * @param decisionId the bank's id for the decision
     * @param checkTxId  the credit check's transaction id
     * @param amountFen  the line, in fen
     * @param rateBps    the yearly rate, in basis points
     * @param termMonths the term, in months
     * @return a builder of a GRANTED decision (add {@link Builder#override} when the bands do not allow it)
     */
    public static Builder granted(String decisionId, String checkTxId, long amountFen, int rateBps, int termMonths) {
        Builder b = new Builder(decisionId, checkTxId, LoanOutcome.GRANTED);
        b.r.amountFen = amountFen;
        b.r.rateBps = rateBps;
        b.r.termMonths = termMonths;
        return b;
    }

    /**
     * @param decisionId the bank's id for the decision
     * @param checkTxId  the credit check's transaction id
     * @param reasons    one to four distinct reasons
     * @return a builder of a DECLINED decision
     */
    public static Builder declined(String decisionId, String checkTxId, DeclineReason... reasons) {
        Builder b = new Builder(decisionId, checkTxId, LoanOutcome.DECLINED);
        b.r.reasonCodes = new ArrayList<>(List.of(reasons));
        return b;
    }

    public String decisionId() { return decisionId; }
    public String checkTxId() { return checkTxId; }
    public LoanOutcome outcome() { return outcome; }
    public Long amountFen() { return amountFen; }
    public Integer rateBps() { return rateBps; }
    public Integer termMonths() { return termMonths; }
    public List<DeclineReason> reasonCodes() { return reasonCodes == null ? null : List.copyOf(reasonCodes); }
    public LoanOverrideRequest override() { return override; }

    /** Builds a {@link LoanDecisionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final LoanDecisionRequest r = new LoanDecisionRequest();

        private Builder(String decisionId, String checkTxId, LoanOutcome outcome) {
            r.decisionId = decisionId;
            r.checkTxId = checkTxId;
            r.outcome = outcome;
        }

        /**
         * Marks a GRANTED line as a documented override of the product's bands.
         *
         * @param reason why the bank grants it anyway
         * @param note   the bank's note (at most {@link Limits#MAX_TEXT_LENGTH} characters; no personal data)
         * @return this builder
         */
        public Builder override(OverrideReason reason, String note) {
            r.override = LoanOverrideRequest.of(Objects.requireNonNull(reason, "reason"), note);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if an id is missing, an amount breaks its limit, a DECLINED decision has no
         *                               reason, repeats one or gives more than four, or carries an override
         */
        public LoanDecisionRequest build() {
            Checks.requireText(r.decisionId, "decisionId");
            Checks.requireText(r.checkTxId, "checkTxId");
            if (r.outcome == LoanOutcome.GRANTED) {
                Checks.requireBetween(r.amountFen, 1, Limits.MAX_LOAN_FEN, "amountFen");
                Checks.requireBetween(r.rateBps, 0, Limits.MAX_RATE_BPS, "rateBps");
                Checks.requireBetween(r.termMonths, 1, Limits.MAX_TERM_MONTHS, "termMonths");
            } else {
                if (r.reasonCodes.isEmpty() || r.reasonCodes.size() > Limits.MAX_DECLINE_REASONS
                        || r.reasonCodes.contains(null)
                        || new LinkedHashSet<>(r.reasonCodes).size() != r.reasonCodes.size()) {
                    throw new IllegalStateException("reasonCodes must be 1 to " + Limits.MAX_DECLINE_REASONS
                            + " distinct reasons");
                }
                if (r.override != null) {
                    throw new IllegalStateException("override is for a GRANTED line only");
                }
            }
            return copy(r);
        }
    }
}
