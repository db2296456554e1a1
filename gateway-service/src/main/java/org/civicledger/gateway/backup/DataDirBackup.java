package org.civicledger.gateway.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.ledger.embedded.LedgerCut;

/**
 * Writes a backup of a gateway's data dir while it serves: the block file up to the height committed
 * when the backup starts ({@link LedgerCut}), then the identities (CA and member keys and
 * certificates) and the resident-id secrets, then {@link BackupManifest}. The world state is not
 * copied: {@link Restore} rebuilds it from the blocks and proves it against the last block's digest.
 *
 * <p>Identities and secrets are copied after the cut, so every identity or secret that any block of the
 * backup used is in it (one is created, in full, before its first use). An identity whose key is
 * written but whose certificate is not yet (created at this very instant, so used by no block of
 * the backup) is left out; the gateway writes its certificate last and redoes such an identity.
 *
 * <p>The backup is written to {@code .<name>.partial} beside the target and renamed into place when
 * complete, so a folder with the backup's name is always a whole backup.
 */
public final class DataDirBackup {
    private static final Logger LOG = Logger.getLogger(DataDirBackup.class.getName());
    private static final String IDENTITIES = "identities";
    private static final String SECRETS = "secrets";

    private DataDirBackup() {
    }

    /**
     * Writes a backup of {@code dataDir}, whose ledger is {@code ledger}, to the new folder {@code target}.
     *
     * @return the backup's manifest
     * @throws FileAlreadyExistsException if {@code target} exists; nothing is written
     * @throws IOException if the backup cannot be written; nothing is left behind
     */
    public static BackupManifest write(EmbeddedLedger ledger, Path dataDir, Path target, Clock clock)
            throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        BackupFiles.deleteTree(partial); // left by a crash during an earlier attempt
        try {
            BackupFiles.createPrivateDirectories(partial);
            String createdAt = Instant.now(clock).toString();
            List<BackupManifest.Entry> files = new ArrayList<>();
            LedgerCut.Cut cut = copyBlocks(ledger, partial, files);
            copyIdentities(dataDir.resolve(IDENTITIES), partial, files);
            copySecrets(dataDir.resolve(SECRETS), partial, files);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, createdAt, cut.height(),
                    cut.lastBlockHash(), cut.stateDigest(), List.copyOf(files));
            manifest.writeTo(partial);
            syncDirectories(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            BackupFiles.syncDirectory(target.toAbsolutePath().getParent());
            LOG.info(() -> "backup written to " + target + ": height " + cut.height() + ", " + files.size() + " files");
            return manifest;
        } catch (IOException | RuntimeException e) {
            BackupFiles.deleteQuietly(partial);
            throw e;
        }
    }

    private static LedgerCut.Cut copyBlocks(EmbeddedLedger ledger, Path partial, List<BackupManifest.Entry> files)
            throws IOException {
        Path copy = partial.resolve(BackupManifest.BLOCKS);
        LedgerCut.Cut cut;
        try (FileChannel out = BackupFiles.create(copy)) {
            cut = LedgerCut.copyBlocks(ledger, out);
            out.force(true);
        }
        // Hashed as written to the backup's disk, so the manifest describes the copy, not the original.
        BackupFiles.Written written = BackupFiles.hash(copy);
        if (written.bytes() != cut.bytes()) {
            throw new IOException("the block file copy holds " + written.bytes() + " bytes, expected " + cut.bytes());
        }
        files.add(new BackupManifest.Entry(BackupManifest.BLOCKS, written.bytes(), written.sha256()));
        return cut;
    }

    /** {@code identities/<MSP>/<file>}: every organisation's CA and members, keys with their certificates. */
    private static void copyIdentities(Path root, Path partial, List<BackupManifest.Entry> files) throws IOException {
        for (Path organisation : list(root)) {
            if (!Files.isDirectory(organisation, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path file : list(organisation)) {
                String name = file.getFileName().toString();
                boolean keyWithoutCertificate = name.endsWith(".key") && !Files.exists(
                        file.resolveSibling(name.substring(0, name.length() - ".key".length()) + ".crt"));
                if (!keyWithoutCertificate) {
                    copy(IDENTITIES + "/" + organisation.getFileName() + "/" + name, file, partial, files);
                }
            }
        }
    }

    /** {@code secrets/<community>.resident-key}: the keys of the resident ids. */
    private static void copySecrets(Path root, Path partial, List<BackupManifest.Entry> files) throws IOException {
        for (Path file : list(root)) {
            if (file.getFileName().toString().endsWith(".resident-key")) {
                copy(SECRETS + "/" + file.getFileName(), file, partial, files);
            }
        }
    }

    private static void copy(String path, Path file, Path partial, List<BackupManifest.Entry> files)
            throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !BackupManifest.allowedPath(path)) {
            return; // temporary files (".name.tmp", "new-….tmp") and anything the gateway did not write
        }
        BackupFiles.Written written = BackupFiles.copy(file, partial.resolve(path));
        files.add(new BackupManifest.Entry(path, written.bytes(), written.sha256()));
    }

    /** The entries of {@code dir} in name order; none when it does not exist. */
    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    private static void syncDirectories(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            dirs.filter(Files::isDirectory).forEach(BackupFiles::syncDirectory);
        }
    }
}
