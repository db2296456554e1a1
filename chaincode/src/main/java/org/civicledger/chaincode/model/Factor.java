package org.civicledger.chaincode.model;

/**
 * The score's factors, each with the reason code and plain-language text shown when it holds
 * the score back. The order here breaks ties between reasons of equal impact.
 */
public enum Factor {
    CONTRIBUTION_VOLUME("LOW_CONTRIBUTION",
            "Few credit-weighted civic contribution points in the last 12 months.",
            "近12个月参加社区公益活动获得的积分较少。"),
    ACTIVE_MONTHS("FEW_ACTIVE_MONTHS",
            "Contributions were made in only some of the last 12 months.",
            "近12个月里只有部分月份参加了社区活动。"),
    DIVERSITY("NARROW_PARTICIPATION",
            "Contributions came from few categories of civic work.",
            "参加的公益活动种类较少。"),
    TENURE("SHORT_TENURE",
            "The resident has been enrolled in the community for a short time.",
            "加入社区积分的时间还不长。"),
    REVERSALS("RECENT_REVERSALS",
            "Awards were reversed in the last 12 months.",
            "近12个月有积分被撤销。");

    private final String reasonCode;
    private final String text;
    private final String zh;

    Factor(String reasonCode, String text, String zh) {
        this.reasonCode = reasonCode;
        this.text = text;
        this.zh = zh;
    }

    /** @return the reason's text in simplified Chinese */
    public String zh() {
        return zh;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String text() {
        return text;
    }
}
