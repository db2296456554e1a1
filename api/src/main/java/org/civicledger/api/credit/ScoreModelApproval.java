package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.civicledger.api.WireValue;

/** The body of an approval of a score model version: no properties (the path names the version). */
@JsonClassDescription("Body of POST /api/v1/score-models/{version}/approval (AUDITOR): {} (the path names the "
        + "version).")
public final class ScoreModelApproval extends WireValue {
    private static final ScoreModelApproval EMPTY = new ScoreModelApproval();

    private ScoreModelApproval() {
    }

    /** @return the (empty) approval body */
    public static ScoreModelApproval of() {
        return EMPTY;
    }
}
