package org.civicledger.api.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.Role;
import org.civicledger.api.WireValue;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.api.credit.Band;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.DisputeTargetType;
import org.civicledger.api.disputes.ScoreCorrection;

/**
 * The fields of a chaincode event, typed: one type for every {@link EventType}, each field present on the types its
 * description names and absent (null) on the others. Events carry ids and amounts, never scores or personal data.
 * One type rather than sixteen, because the types share most fields and Java 11 has no pattern matching to tell
 * sixteen classes apart: {@code event.payload().points()} reads as well as a cast would.
 */
@JsonClassDescription("The fields of a chaincode event: each present on the event types its description names. "
        + "Events carry ids and amounts, never scores or personal data.")
public final class EventPayload extends WireValue {
    @JsonProperty @JsonPropertyDescription("The activity type (PointsAwarded, ActivityTypeDefined)")
    private String activityType;
    @JsonProperty
    @JsonPropertyDescription("The bank (ConsentGranted, ConsentRevoked, CreditChecked, LoanProductPublished)")
    private String bankId;
    @JsonProperty @JsonPropertyDescription("The community the event belongs to (every event of a community's books)")
    private String communityId;
    @JsonProperty @JsonPropertyDescription("The consent (ConsentGranted, ConsentRevoked)") private String consentId;
    @JsonProperty @JsonPropertyDescription("The contribution (PointsAwarded, ContributionReversed, "
            + "ContributionPending, ContributionRejected)")
    private String contributionId;
    @JsonProperty @JsonPropertyDescription("The dispute (DisputeFiled, DisputeOverdue, DisputeResolved)")
    private String disputeId;
    @JsonProperty @JsonPropertyDescription("Until when the consent holds (ConsentGranted); until when the pending "
            + "contribution may be decided (ContributionPending)") private Instant expiresAt;
    @JsonProperty @JsonPropertyDescription("When the score model version takes effect (ScoreModelProposed, "
            + "ScoreModelApproved)") private Instant effectiveAt;
    @JsonProperty @JsonPropertyDescription("The community's longest consent, in days (PolicyUpdated)")
    private Integer maxConsentDays;
    @JsonProperty @JsonPropertyDescription("The oldest contribution the community awards, in days (PolicyUpdated)")
    private Integer maxContributionAgeDays;
    @JsonProperty @JsonPropertyDescription("The merchant (PointsRedeemed, MerchantSettled)") private String merchantId;
    @JsonProperty @JsonPropertyDescription("The score model's version (ScoreModelPublished, ScoreModelProposed, "
            + "ScoreModelApproved)") private Long modelVersion;
    @JsonProperty @JsonPropertyDescription("The member's organisation (MemberRegistered)") private String mspId;
    @JsonProperty @JsonPropertyDescription("UPHELD or REJECTED (DisputeResolved); GRANTED or DECLINED (LoanDecided)")
    private String outcome;
    @JsonProperty
    @JsonPropertyDescription("Points awarded, redeemed or settled (PointsAwarded, PointsRedeemed, MerchantSettled)")
    private Long points;
    @JsonProperty @JsonPropertyDescription("After how many months points expire, 0 for never (PolicyUpdated)")
    private Integer pointsExpiryMonths;
    @JsonProperty @JsonPropertyDescription("The loan product (CreditChecked, LoanProductPublished)")
    private String productId;
    @JsonProperty @JsonPropertyDescription("What the consent or the check is for (ConsentGranted, CreditChecked)")
    private String purpose;
    @JsonProperty @JsonPropertyDescription("How many redemptions the settlement covers (MerchantSettled)")
    private Integer redemptionCount;
    @JsonProperty @JsonPropertyDescription("The redemption (PointsRedeemed)") private String redemptionId;
    @JsonProperty @JsonPropertyDescription("The resident (every event about one)") private String residentId;
    @JsonProperty
    @JsonPropertyDescription("Points taken back (ContributionReversed; DisputeResolved when it reversed an award)")
    private Long reversedPoints;
    @JsonProperty @JsonPropertyDescription("The member's role (MemberRegistered)") private Role role;
    @JsonProperty @JsonPropertyDescription("The settlement (MerchantSettled)") private String settlementId;
    @JsonProperty @JsonPropertyDescription("The resident's new status (ResidentStatusChanged); the attester's "
            + "(AttesterRegistered, AttesterStatusChanged)")
    private ResidentStatus status;
    @JsonProperty @JsonPropertyDescription("The member's subject id (MemberRegistered)") private String subjectId;
    @JsonProperty @JsonPropertyDescription("The disputed transaction (DisputeFiled)") private String targetTxId;
    // issue 16 (attesters and approval)
    @JsonProperty
    @JsonPropertyDescription("The app that recorded the contribution (PointsAwarded, ContributionPending, "
            + "ContributionReversed)")
    private String appId;
    @JsonProperty @JsonPropertyDescription("Who approved a pending contribution (PointsAwarded of an approval)")
    private String approvedBy;
    @JsonProperty
    @JsonPropertyDescription("The named attester, when there is one (PointsAwarded, ContributionPending, "
            + "ContributionReversed, AttesterRegistered, AttesterStatusChanged)")
    private String attesterId;
    @JsonProperty @JsonPropertyDescription("Whether awards must name an attester (PolicyUpdated)")
    private Boolean attesterRequired;
    @JsonProperty
    @JsonPropertyDescription("The category (PointsAwarded, ContributionPending, ContributionReversed, DisputeResolved when it reversed an "
            + "award; ActivityTypeDefined: the type's)")
    private String category;
    @JsonProperty @JsonPropertyDescription("The activity type's daily cap (PointsAwarded: at the award; ActivityTypeDefined)")
    private Long dailyCapPoints;
    @JsonProperty
    @JsonPropertyDescription("Points this transaction expired on the way, only when more than 0 (PointsAwarded, "
            + "ContributionReversed, PointsRedeemed, DisputeResolved)")
    private Long expiredPoints;
    @JsonProperty @JsonPropertyDescription("The attester's kind (AttesterRegistered, AttesterStatusChanged)")
    private org.civicledger.api.community.AttesterKind kind;
    @JsonProperty @JsonPropertyDescription("When the contribution happened (PointsAwarded)") private Instant occurredAt;
    @JsonProperty @JsonPropertyDescription("Days a pending contribution may wait for approval (PolicyUpdated)")
    private Integer pendingExpiryDays;
    @JsonProperty
    @JsonPropertyDescription("Whether awards of the type wait for approval (ActivityTypeDefined; absent: they do not)")
    private Boolean requiresApproval;
    @JsonProperty @JsonPropertyDescription("Who rejected a pending contribution (ContributionRejected)")
    private String rejectedBy;
    @JsonProperty @JsonPropertyDescription("Who reversed the contribution (ContributionReversed)")
    private String reversedBy;
    @JsonProperty
    @JsonPropertyDescription("Points of the reversed contribution already spent or expired (ContributionReversed)")
    private Long unrecoveredPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction that set the event (every event)")
    private String txId;
    // issue 16 (categories): fields added to existing events; absent on older events ("unknown")
    @JsonProperty
    @JsonPropertyDescription("The transaction's time (every event; absent on events written before it was added)")
    private Instant at;
    @JsonProperty @JsonPropertyDescription("Outcome of the credit check (CreditChecked), when it gave one")
    private Band band;
    @JsonProperty @JsonPropertyDescription("The category defined (CategoryDefined)") private String categoryId;
    @JsonProperty
    @JsonPropertyDescription("Credit weight in percent (ActivityTypeDefined: the type's; CategoryDefined: the category's)")
    private Integer creditWeight;
    @JsonProperty @JsonPropertyDescription("By when the dispute is to be resolved (DisputeFiled, DisputeOverdue)")
    private Instant dueBy;
    @JsonProperty @JsonPropertyDescription("Whether the check found the resident eligible (CreditChecked), when it did")
    private Boolean eligible;
    @JsonProperty @JsonPropertyDescription("Points per unit (ActivityTypeDefined)") private Long pointsPerUnit;
    @JsonProperty @JsonPropertyDescription("Who resolved the dispute (DisputeResolved)") private String resolvedBy;
    @JsonProperty @JsonPropertyDescription("What the dispute is about (DisputeFiled, DisputeOverdue, DisputeResolved)")
    private DisputeTargetType targetType;
    @JsonProperty @JsonPropertyDescription("The dispute's status after the event: OPEN (DisputeFiled), OVERDUE "
            + "(DisputeOverdue), UPHELD or REJECTED (DisputeResolved)")
    private DisputeStatus disputeStatus;
    @JsonProperty @JsonPropertyDescription("The role that resolved the dispute: ADMIN or AUDITOR (DisputeResolved)")
    private Role resolverRole;
    @JsonProperty @JsonPropertyDescription("What an upheld SCORE dispute corrected (DisputeResolved)")
    private ScoreCorrection correction;
    @JsonProperty @JsonPropertyDescription("Whether an upheld SUSPENSION dispute set the resident ACTIVE again "
            + "(DisputeResolved)")
    private Boolean reactivated;
    @JsonProperty @JsonPropertyDescription("The disputes one markOverdue call recorded OVERDUE, all of the event's "
            + "community (DisputeOverdue; with exactly one, its disputeId, residentId, dueBy and targetType are also "
            + "set on the payload)")
    private java.util.List<org.civicledger.api.disputes.OverdueNotice> disputes;
    @JsonProperty
    @JsonPropertyDescription("Value in fen (PointsRedeemed when declared; MerchantSettled, the settlement's total)")
    private Long valueFen;
    @JsonProperty @JsonPropertyDescription("The loan decision (LoanDecided, CreditLineDrawn, CreditLineRepaid, "
            + "CreditLineClosed)") private String decisionId;
    @JsonProperty @JsonPropertyDescription("RESIDENT or HOUSEHOLD (LoanDecided and the line's events)")
    private org.civicledger.api.credit.CreditSubject subjectType;
    @JsonProperty @JsonPropertyDescription("The household, for a household's loan (LoanDecided and the line's events)")
    private String householdId;
    @JsonProperty @JsonPropertyDescription("The credit check decided on (LoanDecided)") private String checkTxId;
    @JsonProperty @JsonPropertyDescription("The line granted (LoanDecided), drawn or repaid (CreditLineDrawn, "
            + "CreditLineRepaid), in fen") private Long amountFen;
    @JsonProperty @JsonPropertyDescription("Whether the line is a documented override of the product's bands "
            + "(LoanDecided)") private Boolean override;
    @JsonProperty @JsonPropertyDescription("The override's OverrideReason code (LoanDecided)")
    private String overrideReason;
    @JsonProperty @JsonPropertyDescription("The DeclineReason codes (LoanDecided, DECLINED)")
    private java.util.List<String> reasonCodes;
    @JsonProperty @JsonPropertyDescription("The drawdown (CreditLineDrawn)") private String drawdownId;
    @JsonProperty @JsonPropertyDescription("The repayment (CreditLineRepaid)") private String repaymentId;
    @JsonProperty @JsonPropertyDescription("Drawn in total after the drawdown, in fen (CreditLineDrawn)")
    private Long drawnFen;
    @JsonProperty @JsonPropertyDescription("Outstanding after the repayment, in fen (CreditLineRepaid)")
    private Long outstandingFen;

    private EventPayload() {
    }

    /** @return a loan decision's outcome (LoanDecided), null on any other event */
    public org.civicledger.api.credit.LoanOutcome loanOutcome() {
        return constant(org.civicledger.api.credit.LoanOutcome.class, outcome);
    }

    public String decisionId() { return decisionId; }
    public org.civicledger.api.credit.CreditSubject subjectType() { return subjectType; }
    public String householdId() { return householdId; }
    public String checkTxId() { return checkTxId; }
    public Long amountFen() { return amountFen; }
    public Boolean override() { return override; }
    public String overrideReason() { return overrideReason; }
    public java.util.List<String> reasonCodes() { return reasonCodes == null ? null : java.util.List.copyOf(reasonCodes); }
    public String drawdownId() { return drawdownId; }
    public String repaymentId() { return repaymentId; }
    public Long drawnFen() { return drawnFen; }
    public Long outstandingFen() { return outstandingFen; }

    /** {@code outcome} names a dispute's or a loan's outcome, by the event: the constant it names of one type. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    public String activityType() { return activityType; }
    public String bankId() { return bankId; }
    public String communityId() { return communityId; }
    public String consentId() { return consentId; }
    public String contributionId() { return contributionId; }
    public String disputeId() { return disputeId; }
    public Instant expiresAt() { return expiresAt; }
    public Instant effectiveAt() { return effectiveAt; }
    public Integer maxConsentDays() { return maxConsentDays; }
    public Integer maxContributionAgeDays() { return maxContributionAgeDays; }
    public String merchantId() { return merchantId; }
    public Long modelVersion() { return modelVersion; }
    public String mspId() { return mspId; }
    /** @return a dispute's outcome (DisputeResolved), null on any other event */
    public DisputeStatus outcome() { return constant(DisputeStatus.class, outcome); }
    public Long points() { return points; }
    public Integer pointsExpiryMonths() { return pointsExpiryMonths; }
    public String productId() { return productId; }
    public String purpose() { return purpose; }
    public Integer redemptionCount() { return redemptionCount; }
    public String redemptionId() { return redemptionId; }
    public String residentId() { return residentId; }
    public Long reversedPoints() { return reversedPoints; }
    public Role role() { return role; }
    public String settlementId() { return settlementId; }
    public ResidentStatus status() { return status; }
    public String subjectId() { return subjectId; }
    public String targetTxId() { return targetTxId; }
    public String txId() { return txId; }
    public String appId() { return appId; }
    public String approvedBy() { return approvedBy; }
    public String attesterId() { return attesterId; }
    public Boolean attesterRequired() { return attesterRequired; }
    public String category() { return category; }
    public Long dailyCapPoints() { return dailyCapPoints; }
    public Long expiredPoints() { return expiredPoints; }
    public org.civicledger.api.community.AttesterKind kind() { return kind; }
    public Instant occurredAt() { return occurredAt; }
    public Integer pendingExpiryDays() { return pendingExpiryDays; }
    public Boolean requiresApproval() { return requiresApproval; }
    public String rejectedBy() { return rejectedBy; }
    public String reversedBy() { return reversedBy; }
    public Long unrecoveredPoints() { return unrecoveredPoints; }
    public Instant at() { return at; }
    public Band band() { return band; }
    public String categoryId() { return categoryId; }
    public Integer creditWeight() { return creditWeight; }
    public Instant dueBy() { return dueBy; }
    public Boolean eligible() { return eligible; }
    public Long pointsPerUnit() { return pointsPerUnit; }
    public String resolvedBy() { return resolvedBy; }
    public DisputeTargetType targetType() { return targetType; }
    public DisputeStatus disputeStatus() { return disputeStatus; }
    public Role resolverRole() { return resolverRole; }
    public ScoreCorrection correction() { return correction; }
    public Boolean reactivated() { return reactivated; }
    public java.util.List<org.civicledger.api.disputes.OverdueNotice> disputes() { return disputes; }
    public Long valueFen() { return valueFen; }
}
