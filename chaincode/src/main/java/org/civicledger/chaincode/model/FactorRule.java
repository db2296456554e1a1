package org.civicledger.chaincode.model;

/**
 * How one factor scores: full {@code maxPoints} when its measure reaches {@code target},
 * proportionally less below it (for REVERSALS, {@code target} reversals or more score zero).
 */
public record FactorRule(int maxPoints, long target) {
}
