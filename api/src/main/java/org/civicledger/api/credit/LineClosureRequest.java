package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/loan-decisions/{decisionId}/closure: an empty object (the path names "
        + "the line).")
public final class LineClosureRequest extends WireValue {
    private static final LineClosureRequest EMPTY = new LineClosureRequest();

    private LineClosureRequest() {
    }

    /** @return the (empty) closure request */
    public static LineClosureRequest empty() { return EMPTY; }
}
