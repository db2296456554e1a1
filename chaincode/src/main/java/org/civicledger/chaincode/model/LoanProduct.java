package org.civicledger.chaincode.model;

import org.civicledger.api.credit.Band;

import java.util.Map;
import java.util.TreeMap;

/** A bank's loan product; a band absent from {@code bands} is not eligible. */
public record LoanProduct(String bankId, String productId, String name, boolean requireSignedConsent,
                          Map<Band, LoanTerms> bands, String publishedAt, String txId) {

    public LoanProduct {
        bands = new TreeMap<>(bands);
    }

    public boolean sameTerms(LoanProduct other) {
        return bankId.equals(other.bankId) && productId.equals(other.productId) && name.equals(other.name)
                && requireSignedConsent == other.requireSignedConsent && bands.equals(other.bands);
    }
}
