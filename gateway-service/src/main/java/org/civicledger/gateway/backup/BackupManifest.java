package org.civicledger.gateway.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a backup holds, in {@code manifest.json}: the ledger's height and last block hash at the cut,
 * and every file with its length and SHA-256. {@code manifest.sha256} holds the manifest's own
 * SHA-256 in {@code sha256sum} format, so a damaged manifest is detected too (and an operator can run
 * {@code sha256sum -c manifest.sha256} by hand).
 *
 * @param format {@link #FORMAT}
 * @param createdAt when the backup was taken (ISO-8601 UTC)
 * @param height the number of blocks in {@code ledger/blocks.dat}
 * @param lastBlockHash the hash of the last of them
 * @param stateDigest the state digest the last block commits to: what the restored state must match
 * @param files every file of the backup but the manifest's two, by path relative to the backup
 */
public record BackupManifest(String format, String createdAt, long height, String lastBlockHash, String stateDigest,
                             List<Entry> files) {
    public static final String FORMAT = "civic-ledger-backup/1";
    public static final String FILE = "manifest.json";
    public static final String CHECKSUM_FILE = "manifest.sha256";
    public static final String BLOCKS = "ledger/blocks.dat";

    /**
     * The only paths a backup may hold (relative, '/'-separated): the block file, identities and
     * secrets. Every segment starts with a letter or digit, so none is {@code ..} and nothing read
     * from a manifest can point outside the folder it is restored into.
     */
    private static final Pattern PATH = Pattern.compile(
            "ledger/blocks\\.dat|identities/[A-Za-z0-9][A-Za-z0-9._-]{0,63}/[A-Za-z0-9][A-Za-z0-9._-]{0,127}"
                    + "|secrets/[A-Za-z0-9][A-Za-z0-9._-]{0,255}");
    private static final Pattern CHECKSUM_LINE = Pattern.compile("([0-9a-f]{64})  " + Pattern.quote(FILE) + "\n?");
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One file of the backup: its path relative to the backup, length and lowercase hex SHA-256. */
    public record Entry(String path, long bytes, String sha256) {
    }

    /** @return whether {@code path} may be a file of a backup */
    static boolean allowedPath(String path) {
        return PATH.matcher(path).matches();
    }

    /** Writes {@code manifest.json} and then {@code manifest.sha256} into {@code dir}, durably. */
    void writeTo(Path dir) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(this);
        write(dir.resolve(FILE), bytes);
        String line = BackupFiles.hash(dir.resolve(FILE)).sha256() + "  " + FILE + "\n";
        write(dir.resolve(CHECKSUM_FILE), line.getBytes(StandardCharsets.US_ASCII));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = BackupFiles.create(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    /**
     * Reads and checks the manifest of the backup in {@code dir}: its checksum, its format and every
     * path it names. The files themselves are checked by {@link Restore}.
     *
     * @throws RestoreRefusedException naming what is missing or damaged
     */
    static BackupManifest readFrom(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Path checksum = dir.resolve(CHECKSUM_FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(checksum)) {
            throw new RestoreRefusedException(dir + " is not a backup: " + FILE + " or " + CHECKSUM_FILE + " is missing");
        }
        Matcher line = CHECKSUM_LINE.matcher(Files.readString(checksum, StandardCharsets.ISO_8859_1));
        if (!line.matches()) {
            throw new RestoreRefusedException(CHECKSUM_FILE + " is damaged: it must be one line '<sha256>  " + FILE + "'");
        }
        if (!BackupFiles.hash(file).sha256().equals(line.group(1))) {
            throw new RestoreRefusedException(FILE + " does not match its SHA-256 in " + CHECKSUM_FILE
                    + ": the manifest is damaged");
        }
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), BackupManifest.class);
        } catch (JsonProcessingException e) {
            throw new RestoreRefusedException(FILE + " cannot be read: " + e.getOriginalMessage());
        }
        manifest.check();
        return manifest;
    }

    private void check() {
        if (!FORMAT.equals(format)) {
            throw new RestoreRefusedException(FILE + ": format must be " + FORMAT);
        }
        if (height < 0 || !HEX_64.matcher(lastBlockHash).matches() || !HEX_64.matcher(stateDigest).matches()) {
            throw new RestoreRefusedException(FILE + ": height, lastBlockHash or stateDigest is not valid");
        }
        Set<String> paths = new HashSet<>();
        for (Entry entry : files) {
            if (entry == null || entry.path() == null || !allowedPath(entry.path()) || !paths.add(entry.path())
                    || entry.bytes() < 0 || entry.sha256() == null || !HEX_64.matcher(entry.sha256()).matches()) {
                throw new RestoreRefusedException(FILE + ": a file entry is not valid (a path a backup may hold, "
                        + "named once, its length and SHA-256)");
            }
        }
        if (!paths.contains(BLOCKS)) {
            throw new RestoreRefusedException(FILE + " lists no " + BLOCKS);
        }
    }
}
