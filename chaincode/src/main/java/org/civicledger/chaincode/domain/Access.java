package org.civicledger.chaincode.domain;

import java.util.Arrays;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Member;
import org.civicledger.api.Role;

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
                    + " may not act in another community");
        }
    }

    /**
     * The first half of a read allowed to an AUDITOR anywhere and to {@code communityRoles}
     * inside their community: the role. Checked before any lookup, so that a refusal tells a
     * caller who may not read nothing about what exists.
     *
     * @return the caller
     * @throws LedgerException {@code FORBIDDEN} for any other role
     */
    static Member readerRole(Tx tx, Role... communityRoles) {
        Member caller = tx.member();
        if (caller.role() != Role.AUDITOR && !Arrays.asList(communityRoles).contains(caller.role())) {
            throw LedgerException.forbidden("role " + caller.role() + " may not read this");
        }
        return caller;
    }

    /**
     * The second half: the record's community.
     *
     * @throws LedgerException {@code FORBIDDEN} when a community-scoped reader looks outside its community
     */
    static void readableIn(Member reader, String communityId) {
        if (reader.role() != Role.AUDITOR) {
            sameCommunity(reader, communityId);
        }
    }

    /**
     * The community a listing reads: a community-scoped caller its own (naming another is refused), a bank or an
     * auditor the one it names, or every community (null) when it names none.
     *
     * @param communityId the {@code communityId} argument, null or empty when none was given
     * @throws LedgerException {@code VALIDATION_FAILED} for an id that breaks the id rule, {@code FORBIDDEN} when a
     *                         community-scoped caller names another community
     */
    static String listedCommunity(Member caller, String communityId) {
        String named = communityId == null || communityId.isEmpty() ? null
                : Request.checkId("communityId", communityId);
        if (!caller.role().communityScoped()) {
            return named;
        }
        if (named != null) {
            sameCommunity(caller, named);
        }
        return caller.communityId();
    }
}
