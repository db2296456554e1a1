package org.civicledger.chaincode.model;

import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.ConsentRequirement;

import java.util.Map;
import java.util.TreeMap;

/**
 * A bank's loan product; a band absent from {@code bands} is not eligible. {@code consentRequirement} says which
 * consents its checks accept; {@code requireSignedConsent} is kept and agrees with it (true exactly for
 * {@code SIGNED}). Products written before the requirement existed read it from {@code requireSignedConsent}.
 */
public record LoanProduct(String bankId, String productId, String name, boolean requireSignedConsent,
                          Map<Band, LoanTerms> bands, String publishedAt, String txId,
                          ConsentRequirement consentRequirement) {

    public LoanProduct {
        bands = new TreeMap<>(bands);
        consentRequirement = consentRequirement == null ? ConsentRequirement.of(requireSignedConsent)
                : consentRequirement;
    }

    public LoanProduct(String bankId, String productId, String name, boolean requireSignedConsent,
                       Map<Band, LoanTerms> bands, String publishedAt, String txId) {
        this(bankId, productId, name, requireSignedConsent, bands, publishedAt, txId, null);
    }

    public boolean sameTerms(LoanProduct other) {
        return bankId.equals(other.bankId) && productId.equals(other.productId) && name.equals(other.name)
                && requireSignedConsent == other.requireSignedConsent && bands.equals(other.bands)
                && consentRequirement == other.consentRequirement;
    }
}
