package org.civicledger.chaincode.domain;

import java.util.Arrays;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Role;

/** The community rules of DESIGN §2, shared by every operation. */
final class Access {
    private Access() {
    }

    /**
     * @throws LedgerException {@code FORBIDDEN} when a community-scoped caller acts outside its community
     */
    static void sameCommunity(Member caller, String communityId) {
        if (!communityId.equals(caller.communityId())) {
            throw LedgerException.forbidden(caller.role() + " of community " + caller.communityId()
                    + " may not act in community " + communityId);
        }
    }

    /**
     * A read allowed to an AUDITOR anywhere and to the given roles inside their community.
     *
     * @return the caller
     * @throws LedgerException {@code FORBIDDEN} otherwise
     */
    static Member reader(Tx tx, String communityId, Role... communityRoles) {
        Member caller = tx.member();
        if (caller.role() == Role.AUDITOR) {
            return caller;
        }
        if (!Arrays.asList(communityRoles).contains(caller.role())) {
            throw LedgerException.forbidden("role " + caller.role() + " may not read this");
        }
        sameCommunity(caller, communityId);
        return caller;
    }
}
