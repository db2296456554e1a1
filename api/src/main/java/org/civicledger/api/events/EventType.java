package org.civicledger.api.events;

/**
 * The chaincode's event types: every transaction that changes the books sets one. The constants are named as the
 * wire names them. {@link #streamed()} tells the business events that {@code GET /api/v1/events} streams;
 * the others are seen on a transaction ({@code GET /api/v1/audit/transactions/{txId}}) only.
 */
public enum EventType {
    PointsAwarded(true), PointsRedeemed(true), ContributionReversed(true), ConsentGranted(true),
    ConsentRevoked(true), CreditChecked(true), DisputeFiled(true), DisputeResolved(true),
    MerchantSettled(false), ResidentEnrolled(false), ResidentStatusChanged(false), PolicyUpdated(false),
    ActivityTypeDefined(false), LoanProductPublished(false), MemberRegistered(false), ScoreModelPublished(false),
    ContributionPending(true), ContributionRejected(true), AttesterRegistered(false), AttesterStatusChanged(false),
    CategoryDefined(false),
    HouseholdRegistered(false), HouseholdMemberMoved(false), HouseholdHeadChanged(false),
    LoanDecided(false), CreditLineDrawn(false), CreditLineRepaid(false), CreditLineClosed(false),
    ScoreModelProposed(false), ScoreModelApproved(false), DisputeOverdue(true);

    private final boolean streamed;

    EventType(boolean streamed) {
        this.streamed = streamed;
    }

    /** @return whether {@code GET /api/v1/events} streams events of this type */
    public boolean streamed() {
        return streamed;
    }
}
