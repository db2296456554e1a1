package org.civicledger.chaincode.model;

/**
 * A resident's move between households of a community, recorded under each household it names (either end may be
 * absent: a move into the first household, or out of any).
 */
public record HouseholdMove(String communityId, String residentId, String fromHouseholdId, String toHouseholdId,
                            String at, String txId) {
}
