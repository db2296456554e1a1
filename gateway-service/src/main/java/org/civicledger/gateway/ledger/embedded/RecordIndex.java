package org.civicledger.gateway.ledger.embedded;

import java.util.Arrays;
import java.util.BitSet;
import java.util.OptionalLong;

/**
 * Where each record of a {@link BlockFile} starts, which records were found corrupt, and where
 * the last one ends. Record {@code i} spans from its offset to the next record's offset (or to
 * {@link #end()} for the last). Not thread-safe: {@link BlockFile} guards it.
 */
final class RecordIndex {
    private long[] offsets;
    private int size;
    private long end;
    private final BitSet corrupt;

    RecordIndex() {
        this(new long[64], 0, 0, new BitSet());
    }

    private RecordIndex(long[] offsets, int size, long end, BitSet corrupt) {
        this.offsets = offsets;
        this.size = size;
        this.end = end;
        this.corrupt = corrupt;
    }

    /**
     * Adds the record that spans {@code [offset, offset + length)}; it must start at {@link #end()}.
     *
     * @return the new record's index
     */
    long add(long offset, long length, boolean isCorrupt) {
        if (offset != end) {
            throw new IllegalStateException("records must be contiguous: " + offset + " != " + end);
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(64, Math.multiplyExact(size, 2)));
        }
        offsets[size] = offset;
        if (isCorrupt) {
            corrupt.set(size);
        }
        end = offset + length;
        return size++;
    }

    long size() {
        return size;
    }

    /** @return the offset just past the last record: where the next record goes */
    long end() {
        return end;
    }

    long offset(long index) {
        return offsets[Math.toIntExact(index)];
    }

    long recordEnd(long index) {
        return index + 1 < size ? offsets[Math.toIntExact(index + 1)] : end;
    }

    boolean isCorrupt(long index) {
        return corrupt.get(Math.toIntExact(index));
    }

    OptionalLong firstCorrupt() {
        int first = corrupt.nextSetBit(0);
        return first < 0 ? OptionalLong.empty() : OptionalLong.of(first);
    }

    /** @return an independent copy, for reading the records without holding the file's lock */
    RecordIndex copy() {
        return new RecordIndex(Arrays.copyOf(offsets, size), size, end, (BitSet) corrupt.clone());
    }
}
