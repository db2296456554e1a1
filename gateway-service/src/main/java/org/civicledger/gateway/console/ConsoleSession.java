package org.civicledger.gateway.console;

import java.time.Instant;
import org.civicledger.gateway.auth.Caller;

/**
 * A signed-in console user: the caller its token stood for (the token itself is not kept), the CSRF token its pages
 * send with every write, and when it started and was last used.
 *
 * @param caller  who signed in
 * @param csrf    the synchronizer token of this session ({@code X-CSRF-Token} on every write)
 * @param started when it signed in
 * @param seen    when it was last used
 */
public record ConsoleSession(Caller caller, String csrf, Instant started, Instant seen) {

    ConsoleSession touched(Instant now) {
        return new ConsoleSession(caller, csrf, started, now);
    }
}
