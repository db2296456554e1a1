package org.civicledger.verify;

/**
 * The live keys of the replayed world state, in memory: per key only what the state digest and the
 * books need, never the key or its value. A key is identified by its SHA-256 (the assumption the
 * state digest itself rests on); each holds the 256-bit digest entry of its current value, to be
 * subtracted when it is overwritten or deleted, and two numbers the books derived from that value
 * (see {@link Books}).
 *
 * <p>An open-addressing table in one {@code long[]}, {@value #LONGS} longs (80 bytes) and a mark a slot,
 * a power of two of slots, at most 3/4 full: 108–216 bytes per live key, so a chain of 1,000,000
 * awards (3.0 million live keys, 2^22 slots) needs 340 MB, and 510 MB while the table doubles. A
 * deleted key leaves its slot marked, so probing still finds the keys after it.
 */
final class LiveKeys {
    /** Slot layout: fingerprint (4), entry (4), fact a, fact b. */
    static final int LONGS = 10;
    private static final int MAX_CAPACITY = Integer.MAX_VALUE / LONGS;

    private long[] slots;
    /** 0 empty, 1 live, 2 deleted (a tombstone: its fingerprint stays for probing). */
    private byte[] marks;
    private int mask;
    private long live;
    private long used;

    LiveKeys(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1;
        allocate(capacity);
    }

    /** @return how many keys are live */
    long size() {
        return live;
    }

    /**
     * Finds the slot of a key by its fingerprint, claiming an empty one if it has none.
     *
     * @return the slot; {@link #isLive} says whether the key held a value
     */
    int slot(long f0, long f1, long f2, long f3) {
        if (used + 1 > (long) (marks.length * 0.75)) {
            grow();
        }
        int i = (int) f0 & mask;
        while (true) {
            if (marks[i] == 0) {
                int at = i * LONGS;
                slots[at] = f0;
                slots[at + 1] = f1;
                slots[at + 2] = f2;
                slots[at + 3] = f3;
                marks[i] = 2;
                used++;
                return i;
            }
            int at = i * LONGS;
            if (slots[at] == f0 && slots[at + 1] == f1 && slots[at + 2] == f2 && slots[at + 3] == f3) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    boolean isLive(int slot) {
        return marks[slot] == 1;
    }

    long entry(int slot, int word) {
        return slots[slot * LONGS + 4 + word];
    }

    long factA(int slot) {
        return slots[slot * LONGS + 8];
    }

    long factB(int slot) {
        return slots[slot * LONGS + 9];
    }

    void set(int slot, long[] entry, long factA, long factB) {
        int at = slot * LONGS;
        System.arraycopy(entry, 0, slots, at + 4, 4);
        slots[at + 8] = factA;
        slots[at + 9] = factB;
        if (marks[slot] != 1) {
            marks[slot] = 1;
            live++;
        }
    }

    void delete(int slot) {
        if (marks[slot] == 1) {
            marks[slot] = 2;
            live--;
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity * LONGS];
        marks = new byte[capacity];
        mask = capacity - 1;
        used = 0;
    }

    private void grow() {
        if (marks.length > MAX_CAPACITY / 2) {
            throw new IllegalStateException("more live keys than civic-verify can hold in memory");
        }
        long[] oldSlots = slots;
        byte[] oldMarks = marks;
        allocate(oldMarks.length * 2);
        for (int s = 0; s < oldMarks.length; s++) {
            if (oldMarks[s] != 1) {
                continue; // tombstones are dropped
            }
            int from = s * LONGS;
            int i = (int) oldSlots[from] & mask;
            while (marks[i] != 0) {
                i = (i + 1) & mask;
            }
            System.arraycopy(oldSlots, from, slots, i * LONGS, LONGS);
            marks[i] = 1;
            used++;
        }
    }
}
