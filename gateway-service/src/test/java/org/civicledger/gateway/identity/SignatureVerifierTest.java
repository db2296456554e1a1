package org.civicledger.gateway.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.Random;
import org.bouncycastle.asn1.x500.X500Name;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureVerifierTest {
    private static final String ORG1 = "Org1MSP";
    private static final byte[] MESSAGE = "redeem 30 points at merchant M-7".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    private IdentityStore store;
    private SignatureVerifier verifier;
    private LedgerIdentity alice;

    @BeforeEach
    void createIdentities() {
        store = IdentityStore.open(dataDir);
        verifier = new SignatureVerifier(store);
        alice = store.identity(ORG1, "alice", false);
    }

    @Nested
    class Accepting {
        @Test
        void accepts_the_creators_signature() {
            assertTrue(verifier.verify(alice.serialized(), MESSAGE, alice.sign(MESSAGE)));
        }

        @Test
        void accepts_an_admins_signature_and_an_empty_message() {
            LedgerIdentity admin = store.identity(ORG1, "admin", true);

            assertTrue(verifier.verify(admin.serialized(), new byte[0], admin.sign(new byte[0])));
        }

        @Test
        void accepts_identities_of_every_organisation_of_the_store() {
            LedgerIdentity bob = store.identity("Org2MSP", "bob", false);

            assertTrue(verifier.verify(bob.serialized(), MESSAGE, bob.sign(MESSAGE)));
            assertTrue(verifier.verify(alice.serialized(), MESSAGE, alice.sign(MESSAGE)));
        }

        @Test
        void accepts_organisations_created_after_the_verifier() {
            SignatureVerifier early = new SignatureVerifier(IdentityStore.open(otherDataDir));
            LedgerIdentity late = IdentityStore.open(otherDataDir).identity("Org3MSP", "carol", false);

            assertTrue(early.verify(late.serialized(), MESSAGE, late.sign(MESSAGE)));
        }

        @Test
        void decodes_each_creator_once_by_content() {
            for (int i = 0; i < 3; i++) {
                assertTrue(verifier.verify(alice.serialized(), MESSAGE, alice.sign(MESSAGE)));
            }

            assertEquals(1, verifier.cachedIdentities());
        }

        @Test
        void keeps_a_bounded_number_of_creators() throws Exception {
            SignatureVerifier small = new SignatureVerifier(store, 4);
            for (int i = 0; i < 10; i++) {
                LedgerIdentity identity = store.identity(ORG1, "user" + i, false);
                assertTrue(small.verify(identity.serialized(), MESSAGE, identity.sign(MESSAGE)), "user" + i);
                assertTrue(small.cachedIdentities() <= 4, "cached " + small.cachedIdentities());
            }
            assertTrue(small.verify(alice.serialized(), MESSAGE, alice.sign(MESSAGE)));
        }
    }

    @Nested
    class Tampering {
        @Test
        void rejects_a_message_with_any_bit_flipped() {
            byte[] signature = alice.sign(MESSAGE);
            for (int i = 0; i < MESSAGE.length; i++) {
                for (int bit = 0; bit < 8; bit += 7) {
                    byte[] tampered = MESSAGE.clone();
                    tampered[i] ^= (byte) (1 << bit);
                    assertFalse(verifier.verify(alice.serialized(), tampered, signature), "byte " + i + " bit " + bit);
                }
            }
        }

        @Test
        void rejects_a_signature_with_any_bit_flipped() {
            byte[] signature = alice.sign(MESSAGE);
            for (int i = 0; i < signature.length; i++) {
                for (int bit = 0; bit < 8; bit++) {
                    byte[] tampered = signature.clone();
                    tampered[i] ^= (byte) (1 << bit);
                    assertFalse(verifier.verify(alice.serialized(), MESSAGE, tampered), "byte " + i + " bit " + bit);
                }
            }
        }

        @Test
        void rejects_the_high_s_twin_of_a_valid_signature() throws Exception {
            byte[] twin = TestCertificates.highSTwin(alice.sign(MESSAGE), alice.certificate().getPublicKey());
            Signature plainEcdsa = Signature.getInstance("SHA256withECDSA", "SunEC");
            plainEcdsa.initVerify(alice.certificate().getPublicKey());
            plainEcdsa.update(MESSAGE);
            assertTrue(plainEcdsa.verify(twin), "the twin is a valid ECDSA signature");

            assertFalse(verifier.verify(alice.serialized(), MESSAGE, twin));
        }

        @Test
        void rejects_a_signature_with_bytes_appended() {
            byte[] signature = alice.sign(MESSAGE);

            assertFalse(verifier.verify(alice.serialized(), MESSAGE, Arrays.copyOf(signature, signature.length + 1)));
        }

        @Test
        void rejects_another_identitys_signature() {
            LedgerIdentity bob = store.identity(ORG1, "bob", false);

            assertFalse(verifier.verify(alice.serialized(), MESSAGE, bob.sign(MESSAGE)));
        }
    }

    @Nested
    class ForeignCertificates {
        @Test
        void rejects_a_certificate_of_another_organisations_ca_under_this_msp_id() {
            LedgerIdentity bob = store.identity("Org2MSP", "bob", false);
            byte[] claimingOrg1 = TestCertificates.creator(ORG1, derOf(bob.certificatePem()));

            assertTrue(verifier.verify(bob.serialized(), MESSAGE, bob.sign(MESSAGE)), "control: bob as himself");
            assertFalse(verifier.verify(claimingOrg1, MESSAGE, bob.sign(MESSAGE)));
        }

        @Test
        void rejects_an_identity_of_another_store_with_the_same_msp_id() {
            LedgerIdentity impostor = IdentityStore.open(otherDataDir).identity(ORG1, "alice", true);

            assertFalse(verifier.verify(impostor.serialized(), MESSAGE, impostor.sign(MESSAGE)));
        }

        @Test
        void rejects_a_self_made_ca_claiming_the_msp_id() throws Exception {
            KeyPair caKeys = Ecdsa.generateKeyPair();
            X509Certificate fakeCa = TestCertificates.selfSignedCa(Names.caSubject(ORG1), caKeys);
            KeyPair mallory = Ecdsa.generateKeyPair();
            byte[] certificate = TestCertificates.issue(fakeCa, caKeys.getPrivate(),
                    Names.identitySubject(ORG1, "mallory", true), mallory.getPublic(), TestCertificates.YEAR_2020,
                    TestCertificates.YEAR_2100);

            assertFalse(verifier.verify(TestCertificates.creator(ORG1, certificate), MESSAGE,
                    Ecdsa.sign(mallory.getPrivate(), MESSAGE)));
        }

        @Test
        void rejects_an_msp_id_the_store_does_not_know_and_creates_nothing_for_it() {
            LedgerIdentity stranger = IdentityStore.open(otherDataDir).identity("Org9MSP", "dave", false);

            assertFalse(verifier.verify(stranger.serialized(), MESSAGE, stranger.sign(MESSAGE)));
            assertFalse(Files.exists(dataDir.resolve("identities").resolve("Org9MSP")));
        }

        @Test
        void rejects_the_organisations_ca_certificate_as_a_creator() throws Exception {
            PrivateKey caKey = TestCertificates.caKey(dataDir, ORG1);
            byte[] creator = TestCertificates.creator(ORG1, store.caCertificate(ORG1).getEncoded());

            assertFalse(verifier.verify(creator, MESSAGE, Ecdsa.sign(caKey, MESSAGE)));
        }
    }

    @Nested
    class Validity {
        @Test
        void accepts_a_certificate_the_ca_issued_for_now() throws Exception {
            Issued issued = issueWithValidity(TestCertificates.YEAR_2020, TestCertificates.YEAR_2100);

            assertTrue(verifier.verify(issued.creator(), MESSAGE, issued.sign(MESSAGE)));
        }

        @Test
        void rejects_an_expired_certificate_of_the_right_ca() throws Exception {
            Issued issued = issueWithValidity(TestCertificates.LONG_AGO, TestCertificates.LATER_LONG_AGO);

            assertFalse(verifier.verify(issued.creator(), MESSAGE, issued.sign(MESSAGE)));
        }

        @Test
        void rejects_a_certificate_not_yet_valid() throws Exception {
            Issued issued = issueWithValidity(TestCertificates.FAR_FUTURE, TestCertificates.FARTHER_FUTURE);

            assertFalse(verifier.verify(issued.creator(), MESSAGE, issued.sign(MESSAGE)));
        }

        /** A certificate issued with the store's own CA key (read from its file), as the store would but dated. */
        private Issued issueWithValidity(Date from, Date to) throws Exception {
            KeyPair keys = Ecdsa.generateKeyPair();
            X500Name subject = Names.identitySubject(ORG1, "erin", false);
            byte[] certificate = TestCertificates.issue(store.caCertificate(ORG1), TestCertificates.caKey(dataDir, ORG1),
                    subject, keys.getPublic(), from, to);
            return new Issued(TestCertificates.creator(ORG1, certificate), keys.getPrivate());
        }
    }

    @Nested
    class MalformedInput {
        @Test
        void rejects_nulls_and_empty_arrays() {
            byte[] signature = alice.sign(MESSAGE);

            assertFalse(verifier.verify(null, MESSAGE, signature));
            assertFalse(verifier.verify(alice.serialized(), null, signature));
            assertFalse(verifier.verify(alice.serialized(), MESSAGE, null));
            assertFalse(verifier.verify(new byte[0], MESSAGE, signature));
            assertFalse(verifier.verify(alice.serialized(), MESSAGE, new byte[0]));
        }

        @Test
        void rejects_random_bytes_in_every_position() {
            Random random = new Random(20_261_124L);
            byte[] signature = alice.sign(MESSAGE);
            for (int i = 0; i < 200; i++) {
                byte[] garbage = new byte[random.nextInt(1_200)];
                random.nextBytes(garbage);
                assertFalse(verifier.verify(garbage, MESSAGE, signature), "creator " + i);
                assertFalse(verifier.verify(alice.serialized(), MESSAGE, Arrays.copyOf(garbage, 72)), "signature " + i);
            }
            assertEquals(1, verifier.cachedIdentities());
        }

        @Test
        void rejects_a_creator_whose_certificate_is_not_pem() {
            byte[] derCreator = SerializedIdentity.newBuilder().setMspid(ORG1)
                    .setIdBytes(ByteString.copyFrom(derOf(alice.certificatePem()))).build().toByteArray();

            assertFalse(verifier.verify(derCreator, MESSAGE, alice.sign(MESSAGE)));
        }

        @Test
        void rejects_a_creator_whose_pem_is_corrupt() {
            String pem = alice.certificatePem();
            String corrupt = pem.substring(0, 100) + (pem.charAt(100) == 'A' ? 'B' : 'A') + pem.substring(101);
            byte[] creator = SerializedIdentity.newBuilder().setMspid(ORG1)
                    .setIdBytes(ByteString.copyFrom(corrupt, StandardCharsets.US_ASCII)).build().toByteArray();

            assertFalse(verifier.verify(creator, MESSAGE, alice.sign(MESSAGE)));
            assertFalse(verifier.verify(SerializedIdentity.newBuilder().setMspid(ORG1)
                    .setIdBytes(ByteString.copyFromUtf8("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n"))
                    .build().toByteArray(), MESSAGE, alice.sign(MESSAGE)));
        }

        @Test
        void rejects_a_creator_with_an_msp_id_that_is_no_directory_name() {
            byte[] creator = TestCertificates.creator("../" + ORG1, derOf(alice.certificatePem()));

            assertFalse(verifier.verify(creator, MESSAGE, alice.sign(MESSAGE)));
        }

        @Test
        void does_not_cache_rejected_creators() {
            verifier.verify(new byte[] {10, 3, 'x', 'y', 'z'}, MESSAGE, new byte[] {1});
            verifier.verify(IdentityStore.open(otherDataDir).identity(ORG1, "alice", false).serialized(), MESSAGE,
                    new byte[] {1});

            assertEquals(0, verifier.cachedIdentities());
        }
    }

    @Test
    void refuses_a_null_store() {
        assertThrows(NullPointerException.class, () -> new SignatureVerifier(null));
    }

    private static byte[] derOf(String pem) {
        try {
            return PemFiles.decode(PemFiles.CERTIFICATE, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Issued(byte[] creator, PrivateKey key) {
        byte[] sign(byte[] message) {
            return Ecdsa.sign(key, message);
        }
    }
}
