package org.civicledger.gateway.ledger.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@link BlockFile} record no longer matches its checksums: the file was damaged or tampered
 * with. Record {@code i} is block {@code i}, so {@link #recordIndex()} names the exact block.
 */
public final class CorruptRecordException extends RuntimeException {
    private final long recordIndex;
    private final Path file;

    /**
     * @param recordIndex the index of the damaged record
     * @param file the block file
     * @param defect what does not match, e.g. {@code "payload CRC32C does not match"}
     * @throws NullPointerException if {@code file} or {@code defect} is null
     */
    public CorruptRecordException(long recordIndex, Path file, String defect) {
        super("record " + recordIndex + " of block file " + Objects.requireNonNull(file, "file")
                + " is corrupt: " + Objects.requireNonNull(defect, "defect"));
        this.recordIndex = recordIndex;
        this.file = file;
    }

    /** @return the index of the damaged record, which is the number of the damaged block */
    public long recordIndex() {
        return recordIndex;
    }

    /** @return the block file holding the damaged record */
    public Path file() {
        return file;
    }
}
