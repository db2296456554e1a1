package org.civicledger.gateway.ledger.embedded;

import java.util.List;

/**
 * What a simulated transaction read (with the versions it saw) and what it would write, as a
 * Fabric peer records it. Validation commits the writes only if every read is still current.
 */
record ReadWriteSet(List<KeyRead> reads, List<RangeRead> ranges, List<KeyWrite> writes) {

    /** A point read; {@code version} is null when the key did not exist. */
    record KeyRead(String key, Version version) {
    }

    /**
     * A range read from {@code start} to {@code end} (exclusive), with every key and version it
     * returned; when not {@code exhausted} (a page), it covered keys up to the last result only.
     */
    record RangeRead(String start, String end, List<KeyRead> results, boolean exhausted) {
    }

    /** A write, or a delete when {@code delete}. */
    record KeyWrite(String key, byte[] value, boolean delete) {
    }
}
