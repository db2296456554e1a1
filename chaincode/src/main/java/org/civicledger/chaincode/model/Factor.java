package org.civicledger.chaincode.model;

/**
 * The score's factors, each with the reason code and plain-language text shown when it holds
 * the score back. The order here breaks ties between reasons of equal impact.
 */
public enum Factor {
    CONTRIBUTION_VOLUME("LOW_CONTRIBUTION",
            "Few credit-weighted civic contribution points in the last 12 months."),
    ACTIVE_MONTHS("FEW_ACTIVE_MONTHS",
            "Contributions were made in only some of the last 12 months."),
    DIVERSITY("NARROW_PARTICIPATION",
            "Contributions came from few categories of civic work."),
    TENURE("SHORT_TENURE",
            "The resident has been enrolled in the community for a short time."),
    REVERSALS("RECENT_REVERSALS",
            "Awards were reversed in the last 12 months.");

    private final String reasonCode;
    private final String text;

    Factor(String reasonCode, String text) {
        this.reasonCode = reasonCode;
        this.text = text;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String text() {
        return text;
    }
}
