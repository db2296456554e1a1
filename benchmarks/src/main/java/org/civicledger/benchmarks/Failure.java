package org.civicledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.civicledger.api.Wire;

/**
 * How {@code ConsortiumLoad} names a failed request and whether resending it (always under the same client id,
 * so it can never be written twice) may help: the API guide's "Writes, ids and replays" and error table.
 */
final class Failure {
    /** What a failure says about the write. */
    enum Kind {
        /** A refusal (4xx but 429): nothing was written and resending would be refused again. */
        REFUSED,
        /** 429 CONTENDED: nothing was written; resend the same request later. */
        BUSY,
        /** A 5xx, a timeout or a broken connection: it may or may not have been written; resend to learn which. */
        UNKNOWN
    }

    private Failure() {
    }

    static Kind kind(int status) {
        if (status == 429) {
            return Kind.BUSY;
        }
        return status >= 500 ? Kind.UNKNOWN : Kind.REFUSED;
    }

    /** {@code <status> <code>} from a problem+json body ({@code 429 CONTENDED}), or the status alone. */
    static String label(int status, String body) {
        try {
            JsonNode code = Wire.mapper().readTree(body).path("code");
            if (code.isTextual()) {
                return status + " " + code.asText();
            }
        } catch (IOException | RuntimeException notProblemJson) {
            // named by its status alone
        }
        return Integer.toString(status);
    }

    /** {@code TIMEOUT} or {@code CONNECTION}. */
    static String label(IOException e) {
        return e instanceof SocketTimeoutException ? "TIMEOUT" : "CONNECTION";
    }
}
