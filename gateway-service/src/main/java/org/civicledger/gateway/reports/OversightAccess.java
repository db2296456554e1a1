package org.civicledger.gateway.reports;

import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.problem.ApiException;

/**
 * Who may read the oversight and anomaly reports, and of which community: the one place of that rule. The AUDITOR
 * reads any community, or all of them when it names none; a community's ADMIN reads its own community only (naming
 * none means its own; naming another is 403); every other role is refused with 403, before anything is read.
 */
public final class OversightAccess {
    private OversightAccess() {
    }

    /**
     * Refuses every role but AUDITOR and ADMIN; call it before looking at the request's parameters.
     *
     * @throws ApiException FORBIDDEN for any other role
     */
    public static void requireReader(Caller caller) {
        if (caller.role() != Role.AUDITOR && caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("role " + caller.role() + " may not read oversight reports "
                    + "(allowed: AUDITOR, ADMIN)");
        }
    }

    /**
     * @param requested the {@code communityId} the request names, or null
     * @return the community the report covers; null for every community (an AUDITOR that named none)
     * @throws ApiException FORBIDDEN for a role other than AUDITOR and ADMIN, or an ADMIN naming another community
     */
    public static String community(Caller caller, String requested) {
        requireReader(caller);
        if (caller.role() == Role.AUDITOR) {
            return requested;
        }
        if (requested == null || requested.equals(caller.communityId())) {
            return caller.communityId();
        }
        throw ApiException.forbidden("an ADMIN reads the reports of its own community only");
    }
}
