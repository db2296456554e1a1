package org.civicledger.chaincode.model;

import org.civicledger.api.community.Unit;

/**
 * A point rule ({@code category} a default of {@link org.civicledger.api.community.Categories} or one its
 * community defined): {@code points = pointsPerUnit × quantity}, at most {@code dailyCapPoints} per
 * resident per day; {@code creditWeight} is in percent (100 = counts fully towards the score).
 * {@code requiresApproval} is TRUE when its awards wait for approval, absent otherwise.
 */
public record ActivityType(String communityId, String activityType, String category, long pointsPerUnit,
                           Unit unit, long dailyCapPoints, int creditWeight, String definedAt, String txId,
                           Boolean requiresApproval) {

    public ActivityType(String communityId, String activityType, String category, long pointsPerUnit, Unit unit,
                        long dailyCapPoints, int creditWeight, String definedAt, String txId) {
        this(communityId, activityType, category, pointsPerUnit, unit, dailyCapPoints, creditWeight, definedAt, txId,
                null);
    }

    /** @return whether its awards are PENDING until approved */
    public boolean needsApproval() {
        return Boolean.TRUE.equals(requiresApproval);
    }

    public boolean sameRule(ActivityType other) {
        return communityId.equals(other.communityId) && activityType.equals(other.activityType)
                && category.equals(other.category) && pointsPerUnit == other.pointsPerUnit && unit == other.unit
                && dailyCapPoints == other.dailyCapPoints && creditWeight == other.creditWeight
                && needsApproval() == other.needsApproval();
    }
}
