package org.civicledger.chaincode.model;

/** What a loan product offers one band: a credit line in fen and a rate discount in basis points. */
public record LoanTerms(long maxAmountFen, int rateDiscountBps) {
}
