package org.civicledger.api.credit;

import org.civicledger.api.ReasonCode;

/** Why a bank declined credit after a check: the codes a declined loan decision may give (at most four). */
public enum DeclineReason implements ReasonCode {
    BAND_NOT_ELIGIBLE("The score band is not eligible for this product.",
            "您的信用档位暂不符合该贷款产品的条件。"),
    INSUFFICIENT_REPAYMENT_CAPACITY("The expected income does not cover the repayments.",
            "根据收入情况，暂时难以按期还款。"),
    EXISTING_DEBT("Existing debts are too high.",
            "现有负债较高。"),
    INCOMPLETE_DOCUMENTS("The application documents are incomplete.",
            "申请材料不完整。"),
    OUTSIDE_PRODUCT_AREA("The applicant lives outside the product's service area.",
            "申请人不在该产品的服务区域内。"),
    APPLICANT_WITHDREW("The applicant withdrew the application.",
            "申请人已撤回申请。"),
    OTHER("Another reason, recorded by the bank.",
            "其他原因（已由银行记录）。");

    private final String en;
    private final String zh;

    DeclineReason(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override public String code() { return name(); }
    @Override public String en() { return en; }
    @Override public String zh() { return zh; }
}
