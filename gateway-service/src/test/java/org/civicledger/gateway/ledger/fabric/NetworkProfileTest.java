package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gateway's profile holds only its own organisation's identities, or says it is the development network's. */
class NetworkProfileTest {
    @TempDir
    Path dir;

    OrganisationProfiles profiles;
    ObjectNode community;

    @BeforeEach
    void theCommunityOrganisationsOwnProfile() {
        profiles = new OrganisationProfiles(dir.resolve("network"));
        community = profiles.organisation("CommunityMSP");
    }

    /** @return the message of the refusal to read {@code profile}, after checking it names no key material */
    private String refusal(ObjectNode profile) throws Exception {
        Path file = profiles.write(profile);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NetworkProfile.read(file));
        assertTrue(e.getMessage().startsWith("profile " + file.toAbsolutePath()), e.getMessage());
        assertFalse(e.getMessage().contains("PRIVATE KEY"), e.getMessage());
        for (String line : Files.readAllLines(dir.resolve("network/crypto/identities/CommunityMSP/Admin.key"))) {
            assertFalse(!line.startsWith("-----") && e.getMessage().contains(line), "key material in " + e.getMessage());
        }
        return e.getMessage();
    }

    private static ArrayNode array(ObjectNode profile, String field) {
        return (ArrayNode) profile.get(field);
    }

    @Nested
    class An_organisations_profile {
        @Test
        void holding_only_its_own_identities_issued_by_its_ca_is_accepted() {
            NetworkProfile profile = NetworkProfile.read(profiles.write(community));
            assertEquals(Optional.of("CommunityMSP"), profile.organisation());
            assertEquals("CommunityMSP", profile.gatewayPeer().mspId());
            assertEquals("peer0.community.civic.test", profile.gatewayPeer().serverName());
            FabricIdentities identities = new FabricIdentities(profile);
            assertEquals(Optional.of("CommunityMSP"), identities.organisation());
            assertTrue(identities.identity("CommunityMSP", "Admin", true).isOrgAdmin());
            assertEquals(List.of("demo-admin", "demo-app", "demo-merchant"),
                    profile.callers().stream().map(NetworkProfile.Member::name).toList());
            identities.identity("CommunityMSP", "demo-merchant", false);
        }

        @Test
        void naming_a_peer_of_another_organisation_is_refused() throws Exception {
            array(community, "peers").add(profiles.peer("BankMSP"));
            assertTrue(refusal(community).endsWith(": peers[1] (peer0.bank.civic.test) is of BankMSP, not this gateway's"
                    + " organisation CommunityMSP: a gateway connects only to its own organisation's peers"));
        }

        @Test
        void holding_another_organisations_admin_is_refused() throws Exception {
            array(community, "organisationAdmins").add(profiles.member("BankMSP", "Admin", true));
            assertTrue(refusal(community).endsWith(": organisationAdmins[1] (BankMSP Admin) is of BankMSP, not this"
                    + " gateway's organisation CommunityMSP: a gateway holds only its own organisation's keys"));
        }

        @Test
        void holding_another_organisations_caller_is_refused() throws Exception {
            array(community, "callers").add(profiles.member("BankMSP", "demo-bank", false));
            assertTrue(refusal(community).endsWith(": callers[3] (demo-bank) is of BankMSP, not this gateway's"
                    + " organisation CommunityMSP: a gateway holds only its own organisation's keys"));
        }

        @Test
        void a_caller_that_claims_the_organisation_but_another_ca_issued_is_refused() throws Exception {
            // Same MSP id, another CA: what an organisation's operator would hold if it made a "Community" caller itself.
            ObjectNode impostor = new OrganisationProfiles(dir.resolve("impostor")).member("CommunityMSP", "demo-app", false);
            array(community, "callers").set(1, impostor);
            String message = refusal(community);
            assertTrue(message.contains(": callers[1] (demo-app): its certificate " + impostor.get("cert").asText()
                    + " is not issued by caCert, the CA of CommunityMSP"), message);
        }

        @Test
        void an_admin_another_ca_issued_is_refused() throws Exception {
            array(community, "organisationAdmins").set(0,
                    new OrganisationProfiles(dir.resolve("impostor")).member("CommunityMSP", "Admin", true));
            assertTrue(refusal(community).contains(": organisationAdmins[0] (CommunityMSP Admin): its certificate "),
                    "refused as not issued by caCert");
        }

        @Test
        void a_key_that_is_not_its_certificates_is_refused() throws Exception {
            ObjectNode app = (ObjectNode) array(community, "callers").get(1);
            ObjectNode merchant = (ObjectNode) array(community, "callers").get(2);
            app.put("key", merchant.get("key").asText());
            String message = refusal(community);
            assertTrue(message.contains(": callers[1] (demo-app): " + merchant.get("key").asText()
                    + " is not the private key of " + app.get("cert").asText()), message);
        }

        @Test
        void a_client_certificate_as_its_admin_is_refused() throws Exception {
            ObjectNode app = (ObjectNode) array(community, "callers").get(1);
            ObjectNode admin = (ObjectNode) array(community, "organisationAdmins").get(0);
            admin.put("cert", app.get("cert").asText()).put("key", app.get("key").asText());
            assertTrue(refusal(community).contains(": organisationAdmins[0] (CommunityMSP Admin): its certificate "
                    + app.get("cert").asText() + " is not an admin certificate (NodeOU admin)"));
        }

        @Test
        void without_its_own_admin_it_is_refused() throws Exception {
            community.putArray("organisationAdmins");
            assertTrue(refusal(community).contains(" has no organisationAdmins entry of CommunityMSP"));
        }

        @Test
        void without_ca_cert_it_is_refused_naming_the_field() throws Exception {
            community.remove("caCert");
            assertTrue(refusal(community).contains("has no \"caCert\": add the path to CommunityMSP's CA certificate"));
        }

        @Test
        void with_an_unreadable_ca_cert_it_is_refused() throws Exception {
            community.put("caCert", ((ObjectNode) array(community, "callers").get(0)).get("key").asText());
            assertTrue(refusal(community).contains(": caCert "), "names caCert");
        }

        @Test
        void saying_it_is_also_the_development_network_is_refused() throws Exception {
            community.put("development", true);
            assertTrue(refusal(community).contains("says both \"development\": true and \"organisation\""));
        }
    }

    @Test
    void a_profile_that_says_neither_whose_it_is_nor_development_is_refused_naming_the_fields_to_add() throws Exception {
        community.remove("organisation");
        community.remove("caCert");
        String message = refusal(community);
        assertTrue(message.contains("add \"organisation\": \"<your MSP id>\" and \"caCert\""), message);
        assertTrue(message.contains("or \"development\": true"), message);
    }

    @Test
    void the_development_networks_profile_is_accepted_with_a_warning_that_it_holds_several_organisations_keys() {
        List<LogRecord> logged = new ArrayList<>();
        Logger logger = Logger.getLogger(NetworkProfile.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            NetworkProfile profile = NetworkProfile.read(profiles.write(profiles.development()));
            assertEquals(Optional.empty(), profile.organisation());
            assertEquals("CommunityMSP", profile.gatewayPeer().mspId());
            FabricIdentities identities = new FabricIdentities(profile);
            assertEquals(Optional.empty(), identities.organisation());
            assertEquals("BankMSP", identities.identity("BankMSP", "demo-bank", false).mspId());
            assertTrue(identities.identity("AuditMSP", "Admin", true).isOrgAdmin());
        } finally {
            logger.removeHandler(handler);
        }
        List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), "one warning");
        String warning = warnings.get(0).getMessage();
        assertTrue(warning.contains("holds several organisations' keys ([AuditMSP, BankMSP, CommunityMSP]), for"
                + " development only"), warning);
    }
}
