package org.civicledger.gateway.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup written while the ledger commits, restored with every check; damaged backups refused, the target untouched. */
class BackupRestoreTest {
    private static final int RESIDENTS = 8;
    private static final int RECORD_HEADER_BYTES = 16;

    @TempDir
    Path dir;

    /** An award the ledger acknowledged. */
    record Ack(String residentId, String txId, long block) {
    }

    @Nested
    class UnderLoad {
        @Test
        void holds_exactly_the_blocks_committed_when_it_began_and_restores_them_verified() throws Exception {
            Path backup = dir.resolve("backups/under-load");
            Queue<Ack> acks = new ConcurrentLinkedQueue<>();
            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Ack> acknowledgedBefore;
            BackupManifest manifest;
            try (LedgerFixture fixture = new LedgerFixture(dir.resolve("data"))) {
                for (int r = 0; r < RESIDENTS; r++) {
                    fixture.enrol(LedgerFixture.residentId(r));
                }
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    int thread = t;
                    Thread writer = new Thread(() -> {
                        try {
                            for (int i = 0; !stop.get(); i++) {
                                String residentId = LedgerFixture.residentId((thread + i) % RESIDENTS);
                                TxResult result = fixture.award("w-" + thread + "-" + i, residentId);
                                acks.add(new Ack(residentId, result.txId(), result.blockNumber()));
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    });
                    writer.start();
                    writers.add(writer);
                }
                awaitAcks(acks, 200, failures);
                acknowledgedBefore = List.copyOf(acks);
                manifest = DataDirBackup.write(fixture.ledger, fixture.dataDir, backup, Clock.systemUTC());
                int atBackupEnd = acks.size();
                awaitAcks(acks, atBackupEnd + 50, failures); // the ledger went on committing
                stop.set(true);
                for (Thread writer : writers) {
                    writer.join();
                }
                assertEquals(List.of(), List.copyOf(failures), "every award was acknowledged");
                assertTrue(fixture.ledger.height() > manifest.height(), "blocks were committed after the cut");
            }

            Path restoredDir = dir.resolve("restored");
            Restore.Restored restored = Restore.run(backup, restoredDir);
            assertEquals(manifest.height(), restored.height());
            try (EmbeddedLedger ledger = EmbeddedLedger.open(restoredDir, IdentityStore.open(restoredDir))) {
                IntegrityReport integrity = ledger.verifyIntegrity();
                assertTrue(integrity.verified(), integrity::problem);
                assertEquals(manifest.height(), ledger.height());
                for (Ack ack : acknowledgedBefore) {
                    TxInfo tx = ledger.transaction(ack.txId())
                            .orElseThrow(() -> new AssertionError("acknowledged before the backup, missing: " + ack));
                    assertEquals("VALID", tx.validationCode());
                }
                // Exactly the cut: an award is in the restored ledger if and only if its block is below the height.
                Map<String, Long> expected = acks.stream().filter(a -> a.block() < manifest.height())
                        .collect(Collectors.groupingBy(Ack::residentId, Collectors.summingLong(a -> 20L)));
                IdentityStore identities = IdentityStore.open(restoredDir);
                for (int r = 0; r < RESIDENTS; r++) {
                    String residentId = LedgerFixture.residentId(r);
                    assertEquals(expected.getOrDefault(residentId, 0L), LedgerFixture.available(ledger,
                            identities.identity("AuditMSP", "demo-auditor", false), residentId), residentId);
                }
                for (Ack ack : acks) {
                    assertEquals(ack.block() < manifest.height(), ledger.transaction(ack.txId()).isPresent(), ack::toString);
                }
            }
        }

        private void awaitAcks(Queue<Ack> acks, int count, Queue<Throwable> failures) throws InterruptedException {
            while (acks.size() < count) {
                assertEquals(List.of(), List.copyOf(failures), "a writer failed");
                Thread.sleep(5);
            }
        }
    }

    @Nested
    class Contents {
        @Test
        void are_the_blocks_identities_and_secrets_with_owner_only_permissions_and_restore_keeps_them() throws Exception {
            Path backup = backupOfSmallLedger();
            Path data = dir.resolve("data");
            Path restoredDir = dir.resolve("restored");
            Restore.run(backup, restoredDir);

            for (String path : List.of("secrets/demo.resident-key", "identities/CommunityMSP/ca.key",
                    "identities/CommunityMSP/demo-app.crt", "identities/OrdererMSP/orderer.key")) {
                assertTrue(Files.exists(backup.resolve(path)), path + " is in the backup");
                assertEquals(Files.readString(data.resolve(path)), Files.readString(restoredDir.resolve(path)), path);
                assertEquals(java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(backup.resolve(path)), path + " is readable by its owner only");
            }
            assertFalse(Files.exists(backup.resolve("ledger/state")), "the state is rebuilt from the blocks, not copied");
            assertTrue(Files.isDirectory(restoredDir.resolve("ledger/state")), "restore rebuilt the state");
            assertFalse(Files.exists(restoredDir.resolve(".restoring")));
            try (Stream<Path> left = Files.list(dir.resolve("backups"))) {
                assertEquals(List.of("small"), left.map(p -> p.getFileName().toString()).toList(),
                        "no partial folder is left beside the backup");
            }
        }

        @Test
        void a_backup_name_is_never_reused() throws Exception {
            Path backup = backupOfSmallLedger();
            try (EmbeddedLedger ledger = EmbeddedLedger.open(dir.resolve("data"), IdentityStore.open(dir.resolve("data")))) {
                assertThrows(FileAlreadyExistsException.class,
                        () -> DataDirBackup.write(ledger, dir.resolve("data"), backup, Clock.systemUTC()));
            }
        }
    }

    @Nested
    class Refused {
        @Test
        void a_flipped_byte_in_the_block_file_names_the_file_and_writes_nothing() throws Exception {
            Path backup = backupOfSmallLedger();
            flipByte(backup.resolve("ledger/blocks.dat"), 100);
            Path target = dir.resolve("restored");

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () -> Restore.run(backup, target));
            assertEquals("ledger/blocks.dat does not match its SHA-256 in manifest.json: the backup is damaged",
                    refused.getMessage());
            assertFalse(Files.exists(target), "the target is untouched");
        }

        @Test
        void a_flipped_byte_in_the_manifest_names_the_manifest_and_leaves_an_empty_target_empty() throws Exception {
            Path backup = backupOfSmallLedger();
            flipByte(backup.resolve(BackupManifest.FILE), 40);
            Path target = Files.createDirectories(dir.resolve("empty"));

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () -> Restore.run(backup, target));
            assertEquals("manifest.json does not match its SHA-256 in manifest.sha256: the manifest is damaged",
                    refused.getMessage());
            try (Stream<Path> entries = Files.list(target)) {
                assertEquals(0, entries.count(), "the target is still empty");
            }
        }

        @Test
        void a_missing_file_is_named() throws Exception {
            Path backup = backupOfSmallLedger();
            Files.delete(backup.resolve("secrets/demo.resident-key"));

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class,
                    () -> Restore.run(backup, dir.resolve("restored")));
            assertEquals("secrets/demo.resident-key is missing from the backup", refused.getMessage());
        }

        @Test
        void a_block_rewritten_with_valid_checksums_and_manifest_fails_the_ledgers_integrity_check() throws Exception {
            Path backup = backupOfSmallLedger();
            long block = rewriteBlockTime(backup.resolve("ledger/blocks.dat"), 3);
            rewriteManifest(backup);
            Path target = dir.resolve("restored");

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () -> Restore.run(backup, target));
            assertEquals("the ledger's integrity check failed: block " + block + ": its header does not match its hash",
                    refused.getMessage());
            assertFalse(Files.exists(target), "what the check had written is removed");
        }

        @Test
        void a_block_file_cut_at_a_record_boundary_fails_against_the_manifests_height() throws Exception {
            Path backup = backupOfSmallLedger();
            BackupManifest manifest = BackupManifest.readFrom(backup);
            Path blocks = backup.resolve("ledger/blocks.dat");
            long lastRecord = recordOffsets(blocks).get((int) manifest.height() - 1);
            try (RandomAccessFile file = new RandomAccessFile(blocks.toFile(), "rw")) {
                file.setLength(lastRecord);
            }
            rewriteManifest(backup);

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class,
                    () -> Restore.run(backup, dir.resolve("restored")));
            assertEquals("ledger/blocks.dat holds " + (manifest.height() - 1) + " blocks, the manifest says "
                    + manifest.height(), refused.getMessage());
        }

        @Test
        void a_target_that_is_not_empty_is_left_as_it_was() throws Exception {
            Path backup = backupOfSmallLedger();
            Path target = Files.createDirectories(dir.resolve("occupied"));
            Files.writeString(target.resolve("keep.txt"), "mine");

            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () -> Restore.run(backup, target));
            assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
            try (Stream<Path> entries = Files.list(target)) {
                assertEquals(List.of(target.resolve("keep.txt")), entries.toList());
            }
        }

        @Test
        void the_command_exits_with_1_and_says_what_failed() throws Exception {
            Path backup = backupOfSmallLedger();
            flipByte(backup.resolve("ledger/blocks.dat"), 100);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int status = Restore.command(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), backup.toString(), dir.resolve("r").toString());
            assertEquals(1, status);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("restore refused: ledger/blocks.dat does not "
                    + "match its SHA-256 in manifest.json: the backup is damaged. Nothing was restored into "),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals(2, Restore.command(System.out, new PrintStream(new ByteArrayOutputStream()), backup.toString()));
        }
    }

    /** A ledger of a few blocks under {@code data/}, closed, and its backup {@code backups/small}. */
    private Path backupOfSmallLedger() throws IOException {
        Path backup = dir.resolve("backups/small");
        if (Files.exists(backup)) {
            return backup;
        }
        try (LedgerFixture fixture = new LedgerFixture(dir.resolve("data"))) {
            fixture.enrol(LedgerFixture.residentId(0));
            for (int i = 0; i < 5; i++) {
                fixture.award("small-" + i, LedgerFixture.residentId(0));
            }
            DataDirBackup.write(fixture.ledger, fixture.dataDir, backup, Clock.systemUTC());
        }
        return backup;
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x01);
        }
    }

    /** The offset of every record: {@code magic | length | header CRC | payload CRC | payload}. */
    private static List<Long> recordOffsets(Path blocks) throws IOException {
        byte[] bytes = Files.readAllBytes(blocks);
        List<Long> offsets = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += RECORD_HEADER_BYTES + ByteBuffer.wrap(bytes, at + 4, 4).getInt()) {
            offsets.add((long) at);
        }
        return offsets;
    }

    /**
     * Changes one digit of the time in the header of the record {@code fromEnd} records before the end, and
     * gives the record a matching payload checksum, as someone rewriting the file would.
     *
     * @return the block's number
     */
    private static long rewriteBlockTime(Path blocks, int fromEnd) throws IOException {
        byte[] bytes = Files.readAllBytes(blocks);
        List<Long> offsets = recordOffsets(blocks);
        int index = offsets.size() - fromEnd;
        int start = Math.toIntExact(offsets.get(index));
        int length = ByteBuffer.wrap(bytes, start + 4, 4).getInt();
        String payload = new String(bytes, start + RECORD_HEADER_BYTES, length, StandardCharsets.ISO_8859_1);
        int time = payload.indexOf("\"time\":\"") + 8;
        assertTrue(time > 8, "the block has a time");
        byte[] changed = payload.getBytes(StandardCharsets.ISO_8859_1);
        changed[time + 3] = (byte) (changed[time + 3] == '1' ? '2' : '1'); // the year's last digit
        System.arraycopy(changed, 0, bytes, start + RECORD_HEADER_BYTES, length);
        CRC32C crc = new CRC32C();
        crc.update(changed);
        ByteBuffer.wrap(bytes).putInt(start + 12, (int) crc.getValue());
        Files.write(blocks, bytes);
        return index;
    }

    /** Recomputes the manifest for the files as they are now, as someone covering their tracks would. */
    private static void rewriteManifest(Path backup) throws IOException {
        BackupManifest old = BackupManifest.readFrom(backup);
        List<BackupManifest.Entry> files = new ArrayList<>();
        for (BackupManifest.Entry entry : old.files()) {
            BackupFiles.Written now = BackupFiles.hash(backup.resolve(entry.path()));
            files.add(new BackupManifest.Entry(entry.path(), now.bytes(), now.sha256()));
        }
        Files.delete(backup.resolve(BackupManifest.FILE));
        Files.delete(backup.resolve(BackupManifest.CHECKSUM_FILE));
        new BackupManifest(old.format(), old.createdAt(), old.height(), old.lastBlockHash(), old.stateDigest(), files)
                .writeTo(backup);
    }
}
