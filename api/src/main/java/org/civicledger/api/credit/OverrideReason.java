package org.civicledger.api.credit;

import org.civicledger.api.ReasonCode;

/**
 * Why a bank granted a line its product's published bands do not allow (above the band's maximum, or for an
 * ineligible band): the documented override, with a note the bank writes.
 */
public enum OverrideReason implements ReasonCode {
    COLLATERAL_PROVIDED("The borrower provided collateral.",
            "借款人提供了抵押物。"),
    GUARANTOR_PROVIDED("A guarantor backs the line.",
            "有担保人为该额度提供担保。"),
    BANK_RISK_ASSESSMENT("The bank's own risk assessment supports the line.",
            "银行自身的风险评估支持该授信。"),
    POLICY_EXCEPTION("An exception approved under the bank's credit policy.",
            "按银行信贷政策批准的例外情况。");

    private final String en;
    private final String zh;

    OverrideReason(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override public String code() { return name(); }
    @Override public String en() { return en; }
    @Override public String zh() { return zh; }
}
