package org.civicledger.gateway.auth;

import org.civicledger.api.Role;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * Who a bearer token stands for: a role, an organisation, a subject id (app id, merchant id, bank
 * id…), a community for community-scoped roles, and the ledger identity it transacts with.
 */
public record Caller(String name, Role role, String organisation, String subjectId, String communityId,
                     LedgerIdentity identity) {
}
