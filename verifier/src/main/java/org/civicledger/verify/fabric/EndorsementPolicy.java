package org.civicledger.verify.fabric;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The channel's endorsement policy as the network sets it: MAJORITY of the application organisations,
 * i.e. endorsements from at least floor(n/2)+1 distinct ones. The application organisations are the
 * MSPs of {@code --trust} except the orderer MSPs: the auditor's trust folder, not the channel
 * configuration carried in the blocks, says who the organisations are.
 */
record EndorsementPolicy(Set<String> organisations) {

    static EndorsementPolicy of(Collection<String> trustedMsps, Collection<String> ordererMsps) {
        Set<String> orgs = new TreeSet<>(trustedMsps);
        orgs.removeAll(ordererMsps);
        return new EndorsementPolicy(Set.copyOf(orgs));
    }

    int required() {
        return organisations.size() / 2 + 1;
    }

    /** @return the application organisations among {@code endorsers}, in order */
    List<String> counted(Collection<String> endorsers) {
        return endorsers.stream().filter(organisations::contains).distinct().sorted().toList();
    }

    boolean met(Collection<String> endorsers) {
        return !organisations.isEmpty() && counted(endorsers).size() >= required();
    }

    /** @return e.g. "MAJORITY of 3" */
    String describe() {
        return "MAJORITY of " + organisations.size();
    }

    /** @return e.g. "MAJORITY of 3 (AuditMSP, BankMSP, CommunityMSP) needs 2 distinct organisations" */
    String explain() {
        return describe() + " (" + String.join(", ", new TreeSet<>(organisations)) + ") needs " + required()
                + " distinct organisation" + (required() == 1 ? "" : "s");
    }
}
