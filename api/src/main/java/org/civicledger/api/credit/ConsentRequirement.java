package org.civicledger.api.credit;

/**
 * What kind of consent a loan product's credit checks need. {@link #SIGNED} is the older
 * {@code requireSignedConsent: true}; a product gives either field or both, and both must agree.
 */
public enum ConsentRequirement {
    /** Any valid consent (the default). */
    ANY,
    /** A consent signed by the resident's registered key. */
    SIGNED,
    /** A signed consent, or one a witness recorded for a resident without a key (with the paper form's hash). */
    SIGNED_OR_WITNESSED;

    /** @return the requirement an older product states with {@code requireSignedConsent} alone */
    public static ConsentRequirement of(boolean requireSignedConsent) {
        return requireSignedConsent ? SIGNED : ANY;
    }
}
