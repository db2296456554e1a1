package org.civicledger.gateway.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * Restores a backup ({@link DataDirBackup}) into an empty data dir, checking everything before the data
 * dir is usable: the manifest's checksum, every file's length and SHA-256, then — once the world state
 * is rebuilt by replaying the blocks — the ledger's integrity check (every record's checksum, the hash
 * chain, the orderer's and every creator's signature, and the rebuilt state against the state digest
 * of the last block), and the height and last block hash against the manifest.
 *
 * <p>A damaged backup is refused with a {@link RestoreRefusedException} naming what failed, before
 * anything is written; a refusal found later (the replay or integrity check) removes what was written,
 * so the target is left as it was. The restored files appear in the target only once all is checked.
 *
 * <p>{@code java -jar quarkus-run.jar restore <backup-folder> <data-dir>}, then start the gateway with
 * {@code CIVIC_DATA_DIR=<data-dir>}.
 */
public final class Restore {
    private static final String STAGING = ".restoring";

    private Restore() {
    }

    /**
     * What was restored.
     *
     * @param height the ledger's height
     * @param lastBlockHash the hash of its last block
     * @param files the number of files restored
     */
    public record Restored(long height, String lastBlockHash, int files) {
    }

    /**
     * The {@code restore} command: {@code restore <backup-folder> <data-dir>}.
     *
     * @return the process's exit status: 0 restored, 1 refused or failed (nothing restored), 2 wrong usage
     */
    public static int command(PrintStream out, PrintStream err, String... args) {
        if (args.length != 2) {
            err.println("usage: java -jar quarkus-run.jar restore <backup-folder> <data-dir>  "
                    + "(the data dir must be new or empty)");
            return 2;
        }
        Path backup = Path.of(args[0]).toAbsolutePath().normalize();
        Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            Restored restored = run(backup, dataDir);
            out.println("restored " + restored.files() + " files into " + dataDir + ": height " + restored.height()
                    + ", last block " + restored.lastBlockHash() + "; hashes, chain, signatures and state verified. "
                    + "Start the gateway with CIVIC_DATA_DIR=" + dataDir);
            return 0;
        } catch (RestoreRefusedException e) {
            err.println("restore refused: " + e.getMessage() + ". Nothing was restored into " + dataDir + ".");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("restore failed: " + e + ". Nothing was restored into " + dataDir + ".");
            return 1;
        }
    }

    /**
     * Restores the backup in {@code backup} into {@code dataDir}, which must not exist or be empty.
     *
     * @throws RestoreRefusedException naming what failed; {@code dataDir} is as it was
     * @throws IOException if the backup cannot be read or the data dir written; {@code dataDir} is as it was
     */
    public static Restored run(Path backup, Path dataDir) throws IOException {
        requireEmpty(dataDir);
        BackupManifest manifest = BackupManifest.readFrom(backup);
        for (BackupManifest.Entry entry : manifest.files()) {
            check(entry, BackupFiles.hash(existing(backup, entry)));
        }
        boolean created = !Files.exists(dataDir);
        Path staging = dataDir.resolve(STAGING);
        try {
            BackupFiles.createPrivateDirectories(staging);
            for (BackupManifest.Entry entry : manifest.files()) {
                // checked again as copied: what is restored is what was verified
                check(entry, BackupFiles.copy(existing(backup, entry), staging.resolve(entry.path())));
            }
            String lastBlockHash = verifyLedger(staging, manifest);
            moveInto(staging, dataDir);
            return new Restored(manifest.height(), lastBlockHash, manifest.files().size());
        } catch (IOException | RuntimeException e) {
            BackupFiles.deleteQuietly(created ? dataDir : staging);
            throw e;
        }
    }

    private static void requireEmpty(Path dataDir) throws IOException {
        if (!Files.exists(dataDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dataDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new RestoreRefusedException("the target " + dataDir + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new RestoreRefusedException("the target " + dataDir + " is not empty: restore only into a new "
                        + "or empty folder (a restore never overwrites a ledger)");
            }
        }
    }

    private static Path existing(Path backup, BackupManifest.Entry entry) {
        Path file = backup.resolve(entry.path());
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RestoreRefusedException(entry.path() + " is missing from the backup");
        }
        return file;
    }

    private static void check(BackupManifest.Entry entry, BackupFiles.Written found) {
        if (found.bytes() != entry.bytes()) {
            throw new RestoreRefusedException(entry.path() + " is " + found.bytes() + " bytes, the manifest says "
                    + entry.bytes() + ": the backup is damaged");
        }
        if (!found.sha256().equals(entry.sha256())) {
            throw new RestoreRefusedException(entry.path() + " does not match its SHA-256 in "
                    + BackupManifest.FILE + ": the backup is damaged");
        }
    }

    /** Rebuilds the world state from the blocks and runs the ledger's integrity check; returns the last block hash. */
    private static String verifyLedger(Path dir, BackupManifest manifest) {
        EmbeddedLedger ledger;
        try {
            ledger = EmbeddedLedger.open(dir, IdentityStore.open(dir));
        } catch (RuntimeException e) {
            throw new RestoreRefusedException("the ledger in the backup cannot be replayed: " + e.getMessage());
        }
        try (ledger) {
            if (ledger.height() != manifest.height()) {
                throw new RestoreRefusedException(BackupManifest.BLOCKS + " holds " + ledger.height()
                        + " blocks, the manifest says " + manifest.height());
            }
            IntegrityReport integrity = ledger.verifyIntegrity();
            if (!integrity.verified()) {
                throw new RestoreRefusedException("the ledger's integrity check failed: " + integrity.problem());
            }
            if (manifest.height() == 0) {
                return manifest.lastBlockHash();
            }
            BlockInfo last = ledger.block(manifest.height() - 1).orElseThrow();
            if (!last.hash().equals(manifest.lastBlockHash()) || !last.stateDigest().equals(manifest.stateDigest())) {
                throw new RestoreRefusedException("block " + last.number() + " is not the one the manifest names "
                        + "(hash or state digest differ)");
            }
            return last.hash();
        }
    }

    /** Moves the verified files from the staging folder into the data dir, then removes the staging folder. */
    private static void moveInto(Path staging, Path dataDir) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(staging)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            Files.move(entry, dataDir.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(staging);
        BackupFiles.syncDirectory(dataDir);
    }
}
