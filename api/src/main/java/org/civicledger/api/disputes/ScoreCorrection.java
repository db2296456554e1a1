package org.civicledger.api.disputes;

import org.civicledger.api.ReasonCode;

/** What an upheld dispute of a score corrected: named on the resolution, beside the recomputed score. */
public enum ScoreCorrection implements ReasonCode {
    MISSING_CONTRIBUTION_RECORDED("A contribution that was missing has been recorded.",
            "漏记的贡献已补录。"),
    WRONG_REVERSAL_CORRECTED("An award that was reversed by mistake has been restored.",
            "被错误撤销的积分已恢复。"),
    ENROLMENT_DATE_CORRECTED("The date the resident joined the community has been corrected.",
            "居民加入社区的日期已更正。"),
    RECORD_CORRECTED("A record the score relies on has been corrected.",
            "评分所依据的记录已更正。");

    private final String en;
    private final String zh;

    ScoreCorrection(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override public String code() { return name(); }
    @Override public String en() { return en; }
    @Override public String zh() { return zh; }
}
