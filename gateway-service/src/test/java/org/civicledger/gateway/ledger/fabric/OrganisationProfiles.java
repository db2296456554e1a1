package org.civicledger.gateway.ledger.fabric;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicledger.gateway.identity.IdentityStore;

/**
 * Gateway profiles in a test's folder, without a Fabric network: identities issued by the gateway's own
 * certificate authorities ({@link IdentityStore}: {@code <folder>/identities/<MSP id>/ca.crt}, {@code <name>.crt},
 * {@code <name>.key}). A second instance on another folder has other CAs for the same MSP ids: an impostor's.
 */
public final class OrganisationProfiles {
    public static final List<String> DEMO_CALLERS = List.of("CommunityMSP demo-admin", "CommunityMSP demo-app",
            "CommunityMSP demo-merchant", "BankMSP demo-bank", "AuditMSP demo-auditor");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final IdentityStore store;
    private int written;

    public OrganisationProfiles(Path dir) {
        this.dir = dir;
        this.store = IdentityStore.open(dir.resolve("crypto"));
    }

    /** @return the CA certificate of {@code mspId} (created with its admin when absent) */
    public Path caCert(String mspId) {
        store.identity(mspId, "Admin", true);
        return identities(mspId).resolve("ca.crt");
    }

    /** @return a profile entry for identity {@code name} of {@code mspId}, issued now when absent */
    public ObjectNode member(String mspId, String name, boolean admin) {
        store.identity(mspId, name, admin);
        ObjectNode member = JSON.createObjectNode();
        if (!admin) {
            member.put("name", name);
        }
        return member.put("mspId", mspId).put("cert", certificate(mspId, name).toString())
                .put("key", identities(mspId).resolve(name + ".key").toString());
    }

    /** @return the certificate file of identity {@code name} of {@code mspId} */
    public Path certificate(String mspId, String name) {
        return identities(mspId).resolve(name + ".crt");
    }

    /** @return a peer entry of {@code mspId} (its TLS CA: the organisation's CA certificate, a readable PEM) */
    public ObjectNode peer(String mspId) {
        String org = mspId.replace("MSP", "").toLowerCase(Locale.ROOT);
        return JSON.createObjectNode().put("name", "peer0." + org + ".civic.test").put("mspId", mspId)
                .put("endpoint", "peer0." + org + ".civic.test:7051").put("tlsRootCert", caCert(mspId).toString());
    }

    /** @return {@code mspId}'s own profile: its peer, its admin and the demo callers of that organisation */
    public ObjectNode organisation(String mspId) {
        ObjectNode profile = base().put("organisation", mspId).put("caCert", caCert(mspId).toString());
        profile.withArray("peers").add(peer(mspId));
        profile.withArray("organisationAdmins").add(member(mspId, "Admin", true));
        ArrayNode callers = profile.withArray("callers");
        for (String demo : DEMO_CALLERS) {
            String[] parts = demo.split(" ");
            if (parts[0].equals(mspId)) {
                callers.add(member(parts[0], parts[1], false));
            }
        }
        return profile;
    }

    /** @return the development network's profile, as {@code network/up.sh} writes it: every organisation's identities */
    public ObjectNode development() {
        ObjectNode profile = base().put("development", true);
        for (String mspId : List.of("CommunityMSP", "BankMSP", "AuditMSP")) {
            profile.withArray("peers").add(peer(mspId));
            profile.withArray("organisationAdmins").add(member(mspId, "Admin", true));
        }
        for (String demo : DEMO_CALLERS) {
            String[] parts = demo.split(" ");
            profile.withArray("callers").add(member(parts[0], parts[1], false));
        }
        return profile;
    }

    /** @return the file {@code profile} was written to (a new one each time) */
    public Path write(ObjectNode profile) {
        Path file = dir.resolve("profile-" + ++written + ".json");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ObjectNode base() {
        return JSON.createObjectNode().put("channel", "civic").put("chaincode", "civic-ledger");
    }

    private Path identities(String mspId) {
        return dir.resolve("crypto").resolve("identities").resolve(mspId);
    }
}
