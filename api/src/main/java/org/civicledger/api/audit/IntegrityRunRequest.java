package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.civicledger.api.WireValue;

/** The body of {@code POST /api/v1/audit/integrity/runs}: nothing to say, the run covers the whole chain. */
@JsonClassDescription("Body of POST /api/v1/audit/integrity/runs: an empty object (or no body); a run always "
        + "verifies the whole chain.")
public final class IntegrityRunRequest extends WireValue {
    private static final IntegrityRunRequest EMPTY = new IntegrityRunRequest();

    private IntegrityRunRequest() {
    }

    /** @return the (empty) request */
    public static IntegrityRunRequest empty() { return EMPTY; }
}
