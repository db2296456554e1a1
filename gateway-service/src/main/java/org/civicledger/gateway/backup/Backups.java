package org.civicledger.gateway.backup;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.runtime.LedgerRuntime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Backups on the operator's request: one at a time, each into its own new folder under
 * {@code civic.operations.backup-dir}, named by the operator or by the time it was taken.
 */
@Singleton
public class Backups {
    /** A backup's name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (never a path). */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String NAME_RULE = "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("'backup-'yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ReentrantLock writing = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();

    @Inject
    CivicConfig config;

    @Inject
    LedgerRuntime runtime;

    /** What the operator is told of a backup written. */
    @Schema(name = "BackupSummary", description = "The backup written: its name (folder), when, the ledger's height "
            + "and last block hash at the cut, and how many files and bytes it holds")
    public record Summary(String name, String createdAt, long height, String lastBlockHash, int files, long bytes) {
    }

    /**
     * Writes a backup now.
     *
     * @param name the backup's name, or null for {@code backup-<UTC time>}
     * @throws ApiException VALIDATION_FAILED (name), ID_CONFLICT (the name exists), INVALID_STATE (a Fabric
     *     gateway, or another backup running), INTERNAL (it could not be written; nothing is left behind)
     */
    public Summary write(String name) {
        String chosen = name == null ? DEFAULT_NAME.format(clock.instant()) : name;
        if (!NAME.matcher(chosen).matches()) {
            throw ApiException.invalid("name must be " + NAME_RULE);
        }
        EmbeddedLedger ledger = runtime.embedded().orElseThrow(() -> new ApiException(ErrorCode.INVALID_STATE,
                "this gateway runs on a Fabric network, whose ledger is held by each organisation's peers: back up "
                        + "their peer and orderer volumes and MSP keys instead"));
        if (!writing.tryLock()) {
            throw new ApiException(ErrorCode.INVALID_STATE, "another backup is being written; try again when it is done");
        }
        try {
            Path target = config.operations().backupDir().toAbsolutePath().normalize().resolve(chosen);
            BackupManifest manifest = DataDirBackup.write(ledger, config.dataDir(), target, clock);
            long bytes = manifest.files().stream().mapToLong(BackupManifest.Entry::bytes).sum();
            return new Summary(chosen, manifest.createdAt(), manifest.height(), manifest.lastBlockHash(),
                    manifest.files().size(), bytes);
        } catch (FileAlreadyExistsException e) {
            throw new ApiException(ErrorCode.ID_CONFLICT, "name: a backup of this name exists; names are not reused");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "backup " + chosen + " could not be written; nothing was left behind", e);
            throw new ApiException(ErrorCode.INTERNAL, "the backup could not be written (the gateway's log says why); "
                    + "nothing was left behind");
        } finally {
            writing.unlock();
        }
    }
}
