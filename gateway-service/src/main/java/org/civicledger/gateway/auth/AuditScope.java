package org.civicledger.gateway.auth;

import org.civicledger.api.Role;

/**
 * What the audit endpoints show a reader: the AUDITOR sees every transaction; a community's ADMIN only
 * those whose chaincode event names its community (the chaincode decides a transaction's community, the
 * same on every ledger). Transactions of no community (a bank's product, another organisation's
 * registration) and invalidated transactions (their events were never committed) are the AUDITOR's alone.
 */
public final class AuditScope {
    private AuditScope() {
    }

    /** @return whether {@code reader} may see a transaction of {@code communityId} (null: of no community) */
    public static boolean sees(Caller reader, String communityId) {
        return reader.role() == Role.AUDITOR
                || reader.role() == Role.ADMIN && communityId != null && communityId.equals(reader.communityId());
    }
}
