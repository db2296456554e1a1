package org.civicledger.gateway.ledger.fabric;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * The identities a Fabric network's organisations issued to the gateway's callers and admins, as
 * the profile lists them ({@link NetworkProfile}: one organisation's, or the development network's); the
 * gateway makes none of its own. A caller the network has no
 * identity for is refused with the list of those it has. Thread-safe; each identity is read once.
 */
final class FabricIdentities implements Identities {
    private final NetworkProfile profile;
    private final Map<String, LedgerIdentity> loaded = new ConcurrentHashMap<>();

    FabricIdentities(NetworkProfile profile) {
        this.profile = profile;
    }

    @Override
    public Optional<String> organisation() {
        return profile.organisation();
    }

    @Override
    public LedgerIdentity identity(String mspId, String name, boolean orgAdmin) {
        List<NetworkProfile.Member> members = orgAdmin ? profile.admins() : profile.callers();
        NetworkProfile.Member member = members.stream()
                .filter(m -> m.mspId().equals(mspId) && (orgAdmin || m.name().equals(name))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the Fabric network (" + profile.file() + ") has no "
                        + (orgAdmin ? "admin identity of " + mspId : "identity for " + mspId + "/" + name)
                        + "; it has " + members.stream().map(m -> m.mspId() + "/" + m.name()).toList()));
        LedgerIdentity identity = loaded.computeIfAbsent(member.mspId() + "/" + member.name(),
                key -> LedgerIdentity.fromFiles(member.mspId(), member.name(), member.certificate(), member.key()));
        if (identity.isOrgAdmin() != orgAdmin) {
            throw new IllegalArgumentException(member.certificate() + " is " + (orgAdmin ? "not" : "") + " an "
                    + mspId + " admin certificate (NodeOU)");
        }
        return identity;
    }
}
