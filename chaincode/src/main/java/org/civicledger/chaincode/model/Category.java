package org.civicledger.chaincode.model;

/**
 * A category of contribution: one of the defaults ({@code builtIn}, no community, no record on the ledger) or one
 * a community defined. {@code creditWeight} is in percent: an award of an activity type of this category counts
 * towards the score with {@code type weight × creditWeight / 100}.
 */
public record Category(String communityId, String categoryId, String name, int creditWeight, boolean builtIn,
                       String definedAt, String txId) {

    public boolean sameRule(Category other) {
        return communityId.equals(other.communityId) && categoryId.equals(other.categoryId)
                && name.equals(other.name) && creditWeight == other.creditWeight;
    }
}
