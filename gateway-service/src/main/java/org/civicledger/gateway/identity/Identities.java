package org.civicledger.gateway.identity;

import java.util.Optional;

/**
 * Where the gateway gets each caller's ledger identity. On the embedded ledger an
 * {@link IdentityStore} issues them from the gateway's own organisation CAs; on a Fabric network
 * they are the identities the network's organisations issued (see the Fabric adapter).
 */
public interface Identities {

    /**
     * @param mspId the organisation's MSP id
     * @param name the identity's name (a caller's name, or {@code Admin} for the organisation's admin)
     * @param orgAdmin whether the identity is its organisation's admin
     * @return the identity
     * @throws IllegalArgumentException when there is no such identity and none can be made
     */
    LedgerIdentity identity(String mspId, String name, boolean orgAdmin);

    /**
     * @return the one organisation (MSP id) whose identities these are, when the gateway is that organisation's
     *     own (a Fabric profile of one organisation); empty when it holds several organisations' identities (the
     *     embedded ledger, the single-host development network)
     */
    default Optional<String> organisation() {
        return Optional.empty();
    }
}
