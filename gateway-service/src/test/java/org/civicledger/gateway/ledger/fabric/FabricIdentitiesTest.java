package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricIdentitiesTest {
    @TempDir
    Path dir;

    LedgerIdentity issuedApp;
    Path profileFile;

    @BeforeEach
    void networkWithAnAdminAndOneCaller() throws Exception {
        // Certificates and keys as a network's CA would leave them: PEM files, read back by path.
        IdentityStore ca = IdentityStore.open(dir.resolve("crypto"));
        issuedApp = ca.identity("CommunityMSP", "User2", false);
        ca.identity("CommunityMSP", "Admin", true);
        Path org = dir.resolve("crypto/identities/CommunityMSP");
        profileFile = dir.resolve("gateway.json");
        Files.writeString(profileFile, """
                {"channel": "civic", "chaincode": "civic-ledger",
                 "organisation": "CommunityMSP", "caCert": "crypto/identities/CommunityMSP/ca.crt",
                 "peers": [{"mspId": "CommunityMSP", "endpoint": "localhost:7150", "tlsRootCert": "tls.pem"}],
                 "organisationAdmins": [{"mspId": "CommunityMSP", "cert": "%s", "key": "%s"}],
                 "callers": [{"name": "demo-app", "mspId": "CommunityMSP", "cert": "%s", "key": "%s"}]}
                """.formatted(org.resolve("Admin.crt"), org.resolve("Admin.key"), "crypto/identities/CommunityMSP/User2.crt",
                "crypto/identities/CommunityMSP/User2.key"));
    }

    @Test
    void a_caller_gets_the_identity_the_network_issued_to_it_under_its_own_name() {
        FabricIdentities identities = new FabricIdentities(NetworkProfile.read(profileFile));
        LedgerIdentity app = identities.identity("CommunityMSP", "demo-app", false);
        assertEquals(issuedApp.clientId(), app.clientId());
        assertEquals("demo-app", app.name());
        assertFalse(app.isOrgAdmin());
        assertSame(app, identities.identity("CommunityMSP", "demo-app", false));
    }

    @Test
    void the_organisation_admin_is_recognised_by_its_node_ou() {
        LedgerIdentity admin = new FabricIdentities(NetworkProfile.read(profileFile)).identity("CommunityMSP", "Admin", true);
        assertTrue(admin.isOrgAdmin());
    }

    @Test
    void a_caller_the_network_has_no_identity_for_is_refused_with_what_it_has() {
        FabricIdentities identities = new FabricIdentities(NetworkProfile.read(profileFile));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> identities.identity("BankMSP", "demo-bank", false));
        assertTrue(e.getMessage().contains("no identity for BankMSP/demo-bank"), e.getMessage());
        assertTrue(e.getMessage().contains("CommunityMSP/demo-app"), e.getMessage());
    }

    @Test
    void the_peer_is_named_as_its_endpoints_host_and_paths_are_relative_to_the_file() {
        NetworkProfile profile = NetworkProfile.read(profileFile);
        assertEquals("localhost", profile.gatewayPeer().serverName());
        assertEquals(dir.resolve("tls.pem"), profile.gatewayPeer().tlsRootCert());
        assertEquals("civic-ledger", profile.chaincode());
    }

    @Test
    void a_missing_description_says_how_to_get_one() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NetworkProfile.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("network/up.sh"), e.getMessage());
    }

    @Test
    void a_description_without_peers_is_refused() throws Exception {
        Files.writeString(profileFile, "{\"channel\": \"civic\", \"chaincode\": \"c\", \"peers\": []}");
        assertThrows(IllegalStateException.class, () -> NetworkProfile.read(profileFile));
    }
}
