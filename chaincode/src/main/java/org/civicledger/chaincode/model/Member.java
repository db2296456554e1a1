package org.civicledger.chaincode.model;

import org.civicledger.api.Role;

import java.util.List;

/**
 * One ledger identity's role. {@code clientId} is the identity as the contract API reads it
 * ({@code x509::subject::issuer}); {@code activityTypes}, for an APP, lists the activity types
 * it may award (null: all of its community's).
 */
public record Member(String mspId, String clientId, Role role, String subjectId, String communityId,
                     List<String> activityTypes, String registeredBy, String registeredAt, String txId) {

    /** @return how records name this member as the one who acted: its subject id, else its client id */
    public String actor() {
        return subjectId != null ? subjectId : clientId;
    }

    /** @return whether two registrations grant the same thing */
    public boolean sameGrant(Member other) {
        return mspId.equals(other.mspId) && clientId.equals(other.clientId) && role == other.role
                && java.util.Objects.equals(subjectId, other.subjectId)
                && java.util.Objects.equals(communityId, other.communityId)
                && java.util.Objects.equals(activityTypes, other.activityTypes);
    }
}
