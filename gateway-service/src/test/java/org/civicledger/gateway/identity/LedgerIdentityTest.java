package org.civicledger.gateway.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerIdentityTest {
    @TempDir
    Path dataDir;

    private IdentityStore store;
    private LedgerIdentity alice;
    private LedgerIdentity admin;

    @BeforeEach
    void createIdentities() {
        store = IdentityStore.open(dataDir);
        alice = store.identity("Org1MSP", "alice", false);
        admin = store.identity("Org1MSP", "admin", true);
    }

    @Nested
    class ClientId {
        @Test
        void equals_what_the_contract_api_reports_for_the_creator() throws Exception {
            for (LedgerIdentity identity : List.of(alice, admin)) {
                ClientIdentity seenByContracts = new ClientIdentity(CreatorStub.withCreator(identity.serialized()));

                assertEquals(seenByContracts.getId(), identity.clientId());
                assertEquals(identity.mspId(), seenByContracts.getMSPID());
            }
        }

        @Test
        void reads_x509_subject_and_issuer() {
            assertEquals("x509::CN=alice, OU=client, O=Org1MSP::CN=ca, O=Org1MSP", alice.clientId());
        }

        @Test
        void differs_between_identities_of_one_organisation() {
            assertFalse(alice.clientId().equals(admin.clientId()));
        }
    }

    @Nested
    class Role {
        @Test
        void is_the_node_ou_the_chaincode_reads_from_the_creator() throws Exception {
            assertEquals("admin", organisationalUnit(admin));
            assertEquals("client", organisationalUnit(alice));
            assertTrue(admin.isOrgAdmin());
            assertFalse(alice.isOrgAdmin());
        }

        /** The OU as the chaincode finds it: through the contract API's certificate, by LDAP name. */
        private String organisationalUnit(LedgerIdentity identity) throws Exception {
            ClientIdentity seenByContracts = new ClientIdentity(CreatorStub.withCreator(identity.serialized()));
            LdapName name = new LdapName(seenByContracts.getX509Certificate().getSubjectX500Principal().getName());
            List<String> units = new ArrayList<>();
            for (Rdn rdn : name.getRdns()) {
                if ("OU".equalsIgnoreCase(rdn.getType())) {
                    units.add(String.valueOf(rdn.getValue()));
                }
            }
            assertEquals(1, units.size(), units.toString());
            return units.get(0);
        }
    }

    @Nested
    class Serialized {
        @Test
        void is_a_fabric_serialized_identity_of_msp_id_and_pem_certificate() throws Exception {
            SerializedIdentity parsed = SerializedIdentity.parseFrom(alice.serialized());

            assertEquals("Org1MSP", parsed.getMspid());
            assertEquals(alice.certificatePem(), parsed.getIdBytes().toString(StandardCharsets.US_ASCII));
            assertTrue(alice.certificatePem().startsWith("-----BEGIN CERTIFICATE-----\n"));
            assertTrue(alice.certificatePem().endsWith("\n-----END CERTIFICATE-----\n"));
            assertArrayEquals(alice.certificate().getEncoded(),
                    PemFiles.decode(PemFiles.CERTIFICATE, alice.certificatePem()));
        }

        @Test
        void returns_a_fresh_copy_each_time() {
            byte[] first = alice.serialized();
            byte[] original = first.clone();
            first[0] ^= 1;

            assertArrayEquals(original, alice.serialized());
        }
    }

    @Nested
    class Sign {
        private final byte[] message = "award 50 points to resident R-1".getBytes(StandardCharsets.UTF_8);

        @Test
        void makes_a_sha256_ecdsa_signature_another_provider_verifies() throws Exception {
            Signature jdk = Signature.getInstance("SHA256withECDSA", "SunEC");
            jdk.initVerify(alice.certificate().getPublicKey());
            jdk.update(message);

            assertTrue(jdk.verify(alice.sign(message)));
        }

        @Test
        void always_makes_low_s_signatures_as_fabric_requires() {
            BigInteger halfOrder = ((ECPublicKey) alice.certificate().getPublicKey()).getParams().getOrder()
                    .shiftRight(1);

            for (int i = 0; i < 64; i++) {
                byte[] signature = alice.sign(message);
                assertTrue(TestCertificates.s(signature).compareTo(halfOrder) <= 0, "signature " + i);
            }
        }

        @Test
        void signs_verifiably_from_many_threads_at_once() throws Exception {
            SignatureVerifier verifier = new SignatureVerifier(store);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    LedgerIdentity signer = t % 2 == 0 ? alice : admin;
                    results.add(executor.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            byte[] text = ("message " + i).getBytes(StandardCharsets.UTF_8);
                            if (!verifier.verify(signer.serialized(), text, signer.sign(text))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> result : results) {
                    assertTrue(result.get(60, TimeUnit.SECONDS));
                }
            } finally {
                executor.shutdownNow();
            }
        }

        @Test
        void refuses_a_null_message() {
            assertThrows(NullPointerException.class, () -> alice.sign(null));
        }
    }

    @Test
    void describes_itself_without_its_key() {
        assertEquals("LedgerIdentity[Org1MSP/alice, client]", alice.toString());
        assertEquals("LedgerIdentity[Org1MSP/admin, admin]", admin.toString());
    }
}
