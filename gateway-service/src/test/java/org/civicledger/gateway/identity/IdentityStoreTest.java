package org.civicledger.gateway.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityStoreTest {
    private static final String ORG1 = "Org1MSP";
    private static final String ORG2 = "Org2MSP";

    @TempDir
    Path dataDir;

    private IdentityStore store() {
        return IdentityStore.open(dataDir);
    }

    private Path orgDir(String mspId) {
        return dataDir.resolve("identities").resolve(mspId);
    }

    @Nested
    class Identity {
        @Test
        void issues_a_certificate_signed_by_the_organisations_ca() throws Exception {
            IdentityStore store = store();
            LedgerIdentity alice = store.identity(ORG1, "alice", false);
            X509Certificate ca = store.caCertificate(ORG1);

            alice.certificate().verify(ca.getPublicKey());
            assertEquals(ca.getSubjectX500Principal(), alice.certificate().getIssuerX500Principal());
        }

        @Test
        void names_the_subject_CN_name_OU_client_O_mspId() {
            LedgerIdentity alice = store().identity(ORG1, "alice", false);

            assertEquals("CN=alice,OU=client,O=Org1MSP", alice.certificate().getSubjectX500Principal().getName());
            assertEquals(ORG1, alice.mspId());
            assertEquals("alice", alice.name());
            assertFalse(alice.isOrgAdmin());
        }

        @Test
        void gives_an_organisation_admin_OU_admin() {
            LedgerIdentity admin = store().identity(ORG1, "admin", true);

            assertEquals("CN=admin,OU=admin,O=Org1MSP", admin.certificate().getSubjectX500Principal().getName());
            assertTrue(admin.isOrgAdmin());
        }

        @Test
        void uses_an_ec_p256_key_and_sha256_with_ecdsa() {
            X509Certificate certificate = store().identity(ORG1, "alice", false).certificate();

            ECPublicKey key = (ECPublicKey) certificate.getPublicKey();
            assertEquals(256, key.getParams().getCurve().getField().getFieldSize());
            assertTrue(Ecdsa.isP256(key));
            assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        }

        @Test
        void issues_an_end_entity_certificate_for_digital_signatures() {
            X509Certificate certificate = store().identity(ORG1, "alice", false).certificate();

            assertEquals(-1, certificate.getBasicConstraints());
            assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
            assertFalse(certificate.getKeyUsage()[5], "keyCertSign");
        }

        @Test
        void is_valid_now_and_for_decades() throws Exception {
            X509Certificate certificate = store().identity(ORG1, "alice", false).certificate();

            certificate.checkValidity();
            assertTrue(certificate.getNotAfter().toInstant()
                    .isAfter(ZonedDateTime.now(ZoneOffset.UTC).plusYears(40).toInstant()));
        }

        @Test
        void gives_every_certificate_its_own_serial_number() {
            IdentityStore store = store();
            Set<Object> serials = new HashSet<>();
            for (String org : List.of(ORG1, ORG2)) {
                serials.add(store.caCertificate(org).getSerialNumber());
                for (int i = 0; i < 10; i++) {
                    serials.add(store.identity(org, "user" + i, i == 0).certificate().getSerialNumber());
                }
            }

            assertEquals(22, serials.size());
        }

        @Test
        void returns_the_same_object_on_later_calls() {
            IdentityStore store = store();

            assertSame(store.identity(ORG1, "alice", false), store.identity(ORG1, "alice", false));
        }

        @Test
        void keeps_same_named_identities_of_two_organisations_apart() {
            IdentityStore store = store();
            LedgerIdentity org1Alice = store.identity(ORG1, "alice", false);
            LedgerIdentity org2Alice = store.identity(ORG2, "alice", false);

            assertNotEquals(org1Alice.clientId(), org2Alice.clientId());
            assertNotEquals(org1Alice.certificate().getIssuerX500Principal(),
                    org2Alice.certificate().getIssuerX500Principal());
        }

        @Test
        void writes_the_certificate_and_key_as_pem_next_to_the_ca() throws Exception {
            LedgerIdentity alice = store().identity(ORG1, "alice", false);

            assertEquals(Set.of("ca.crt", "ca.key", "alice.crt", "alice.key"), fileNames(orgDir(ORG1)));
            assertEquals(alice.certificatePem(), Files.readString(orgDir(ORG1).resolve("alice.crt")));
            assertTrue(Files.readString(orgDir(ORG1).resolve("alice.key")).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        }

        @Test
        void refuses_the_other_role_for_an_existing_identity() {
            IdentityStore store = store();
            store.identity(ORG1, "alice", false);

            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> store.identity(ORG1, "alice", true));
            assertEquals("identity Org1MSP/alice exists as a client; an identity's role is fixed when it is created",
                    refusal.getMessage());
        }
    }

    @Nested
    class CaCertificate {
        @Test
        void is_a_self_signed_ca_for_signing_certificates() throws Exception {
            X509Certificate ca = store().caCertificate(ORG1);

            ca.verify(ca.getPublicKey());
            assertEquals("CN=ca,O=Org1MSP", ca.getSubjectX500Principal().getName());
            assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
            assertTrue(ca.getBasicConstraints() >= 0, "CA=true");
            assertTrue(ca.getKeyUsage()[5], "keyCertSign");
            assertTrue(Ecdsa.isP256(ca.getPublicKey()));
        }

        @Test
        void is_created_once_per_organisation() throws Exception {
            IdentityStore store = store();
            X509Certificate first = store.caCertificate(ORG1);
            store.identity(ORG1, "alice", false);

            assertArrayEquals(first.getEncoded(), store.caCertificate(ORG1).getEncoded());
            assertNotEquals(first.getPublicKey(), store.caCertificate(ORG2).getPublicKey());
        }

        @Test
        void creates_nothing_for_other_organisations() {
            store().caCertificate(ORG1);

            assertEquals(Set.of(ORG1), fileNames(dataDir.resolve("identities")));
        }
    }

    @Nested
    class Reopening {
        @Test
        void returns_the_same_certificates() throws Exception {
            LedgerIdentity before = store().identity(ORG1, "alice", false);
            X509Certificate caBefore = store().caCertificate(ORG1);

            IdentityStore reopened = IdentityStore.open(dataDir);
            LedgerIdentity after = reopened.identity(ORG1, "alice", false);

            assertArrayEquals(before.certificate().getEncoded(), after.certificate().getEncoded());
            assertArrayEquals(before.serialized(), after.serialized());
            assertEquals(before.clientId(), after.clientId());
            assertArrayEquals(caBefore.getEncoded(), reopened.caCertificate(ORG1).getEncoded());
        }

        @Test
        void keeps_the_private_key() {
            LedgerIdentity before = store().identity(ORG1, "alice", false);
            byte[] message = "transfer 10 points".getBytes(StandardCharsets.UTF_8);

            IdentityStore reopened = IdentityStore.open(dataDir);
            byte[] signature = reopened.identity(ORG1, "alice", false).sign(message);

            assertTrue(new SignatureVerifier(reopened).verify(before.serialized(), message, signature));
            assertTrue(new SignatureVerifier(store()).verify(before.serialized(), message, before.sign(message)));
        }

        @Test
        void keeps_the_role() {
            store().identity(ORG1, "admin", true);

            IdentityStore reopened = IdentityStore.open(dataDir);

            assertTrue(reopened.identity(ORG1, "admin", true).isOrgAdmin());
            assertThrows(IllegalArgumentException.class, () -> reopened.identity(ORG1, "admin", false));
        }

        @Test
        void redoes_a_creation_interrupted_before_the_certificate_was_written() throws Exception {
            store().identity(ORG1, "alice", false);
            Files.delete(orgDir(ORG1).resolve("alice.crt"));

            LedgerIdentity alice = IdentityStore.open(dataDir).identity(ORG1, "alice", false);

            assertEquals(alice.certificatePem(), Files.readString(orgDir(ORG1).resolve("alice.crt")));
            byte[] message = {1, 2, 3};
            assertTrue(new SignatureVerifier(IdentityStore.open(dataDir))
                    .verify(alice.serialized(), message, IdentityStore.open(dataDir)
                            .identity(ORG1, "alice", false).sign(message)));
        }

        @Test
        void refuses_a_private_key_that_does_not_match_the_certificate() throws Exception {
            IdentityStore store = store();
            store.identity(ORG1, "alice", false);
            store.identity(ORG1, "bob", false);
            Files.copy(orgDir(ORG1).resolve("bob.key"), orgDir(ORG1).resolve("alice.key"),
                    StandardCopyOption.REPLACE_EXISTING);

            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> IdentityStore.open(dataDir).identity(ORG1, "alice", false));
            assertTrue(refusal.getMessage().contains("Org1MSP/alice"), refusal.getMessage());
        }

        @Test
        void refuses_a_certificate_of_another_identity() throws Exception {
            IdentityStore store = store();
            store.identity(ORG1, "alice", false);
            store.identity(ORG1, "bob", false);
            for (String extension : List.of(".crt", ".key")) {
                Files.copy(orgDir(ORG1).resolve("bob" + extension), orgDir(ORG1).resolve("alice" + extension),
                        StandardCopyOption.REPLACE_EXISTING);
            }

            assertThrows(IllegalStateException.class, () -> IdentityStore.open(dataDir).identity(ORG1, "alice", false));
        }
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(strings = {"", "-org", ".org", "_org", "org/1", "org 1", "..", "../etc", "Org1MSP\n", "Orgä",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
        void refuses_an_msp_id_that_breaks_the_rule_and_states_the_rule(String mspId) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> store().identity(mspId, "alice", false));

            assertEquals("mspId must be 1 to 64 characters from [A-Za-z0-9._-], starting with a letter or digit: \""
                    + mspId + "\"", refusal.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store().caCertificate(mspId));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-alice", "al,ice", "CN=alice", "alice+bob", "al ice", "al/ice"})
        void refuses_a_name_that_breaks_the_rule_and_states_the_rule(String name) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> store().identity(ORG1, name, false));

            assertEquals("name must be 1 to 64 characters from [A-Za-z0-9._-], starting with a letter or digit: \""
                    + name + "\"", refusal.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ca", "CA", "Ca"})
        void refuses_the_name_of_the_ca_files(String name) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> store().identity(ORG1, name, false));

            assertTrue(refusal.getMessage().startsWith("name must not be \"ca\""), refusal.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "0", "Org1.MSP_x-2", "ca2", "a123456789012345678901234567890123456789012345678901234567890123"})
        void accepts_names_that_follow_the_rule(String name) {
            LedgerIdentity identity = store().identity(name, name, false);

            assertEquals(name, identity.name());
            assertEquals(name, identity.mspId());
        }

        @Test
        void refuses_nulls() {
            IdentityStore store = store();

            assertThrows(NullPointerException.class, () -> IdentityStore.open(null));
            assertThrows(NullPointerException.class, () -> store.identity(null, "alice", false));
            assertThrows(NullPointerException.class, () -> store.identity(ORG1, null, false));
            assertThrows(NullPointerException.class, () -> store.caCertificate(null));
        }

        @Test
        void creates_no_files_for_refused_arguments() {
            IdentityStore store = store();
            assertThrows(IllegalArgumentException.class, () -> store.identity("../escape", "alice", false));
            assertThrows(IllegalArgumentException.class, () -> store.identity(ORG1, "ca", false));

            assertEquals(Set.of(), fileNames(dataDir.resolve("identities")));
        }
    }

    @Nested
    class Concurrency {
        @Test
        void eight_threads_asking_for_one_new_identity_get_one_certificate() throws Exception {
            IdentityStore store = store();

            List<LedgerIdentity> results = concurrently(8, i -> store.identity(ORG1, "alice", false));

            for (LedgerIdentity result : results) {
                assertSame(results.get(0), result);
            }
            assertEquals(results.get(0).certificatePem(), Files.readString(orgDir(ORG1).resolve("alice.crt")));
            assertArrayEquals(results.get(0).certificate().getEncoded(),
                    IdentityStore.open(dataDir).identity(ORG1, "alice", false).certificate().getEncoded());
            assertEquals(Set.of("ca.crt", "ca.key", "alice.crt", "alice.key"), fileNames(orgDir(ORG1)));
        }

        @Test
        void eight_threads_creating_different_identities_share_one_ca() throws Exception {
            IdentityStore store = store();

            List<LedgerIdentity> results = concurrently(8, i -> store.identity(ORG1, "user" + i, false));

            X509Certificate ca = store.caCertificate(ORG1);
            assertEquals(8, results.stream().map(LedgerIdentity::clientId).distinct().count());
            for (LedgerIdentity result : results) {
                result.certificate().verify(ca.getPublicKey());
            }
            assertArrayEquals(ca.getEncoded(), IdentityStore.open(dataDir).caCertificate(ORG1).getEncoded());
        }

        private <T> List<T> concurrently(int threads, IndexedTask<T> task) throws Exception {
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<T>> futures = IntStream.range(0, threads)
                        .mapToObj(i -> executor.submit((Callable<T>) () -> {
                            start.await();
                            return task.apply(i);
                        }))
                        .toList();
                start.countDown();
                List<T> results = new ArrayList<>();
                for (Future<T> future : futures) {
                    results.add(future.get(60, TimeUnit.SECONDS));
                }
                return results;
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Nested
    class FilePermissions {
        @Test
        void keeps_private_keys_readable_by_their_owner_only() throws Exception {
            assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
            store().identity(ORG1, "alice", false);

            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            assertEquals(ownerOnly, Files.getPosixFilePermissions(orgDir(ORG1).resolve("alice.key")));
            assertEquals(ownerOnly, Files.getPosixFilePermissions(orgDir(ORG1).resolve("ca.key")));
        }

        @Test
        void keeps_the_identity_directories_private() throws Exception {
            assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
            store().identity(ORG1, "alice", false);

            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
            assertEquals(ownerOnly, Files.getPosixFilePermissions(dataDir.resolve("identities")));
            assertEquals(ownerOnly, Files.getPosixFilePermissions(orgDir(ORG1)));
        }

        @Test
        void writes_certificates_no_one_else_may_change() throws Exception {
            assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
            store().identity(ORG1, "alice", false);

            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(orgDir(ORG1).resolve("alice.crt"));
            assertTrue(permissions.contains(PosixFilePermission.OWNER_READ));
            assertFalse(permissions.contains(PosixFilePermission.GROUP_WRITE));
            assertFalse(permissions.contains(PosixFilePermission.OTHERS_WRITE));
        }
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T apply(int i) throws Exception;
    }

    private static Set<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
