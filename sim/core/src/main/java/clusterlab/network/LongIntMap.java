package clusterlab.network;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values, with linear probing and
 * backward-shift deletion: no boxing, no per-entry objects. Each key sits beside its value in one
 * array, so a lookup in a table far larger than the caches costs one cache miss, not one for the
 * key and another for the value (16 bytes per slot, about 32 per entry at the default load). Used
 * to find a tie by its pair of actors.
 */
final class LongIntMap implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 2L;

    private static final long EMPTY = Long.MIN_VALUE;
    /** Slot i holds its key at {@code 2i} and its value at {@code 2i + 1}. */
    private long[] slots;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        for (int i = 0; i < slots.length; i += 2) {
            slots[i] = EMPTY;
        }
        mask = capacity - 1;
        size = 0;
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or -1. */
    int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 4L > slots.length) {
            rehash(slots.length);
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key || k == EMPTY) {
                size += k == EMPTY ? 1 : 0;
                slots[2 * i] = key;
                slots[2 * i + 1] = value;
                return;
            }
        }
    }

    void remove(long key) {
        int i = slot(key);
        while (slots[2 * i] != key) {
            if (slots[2 * i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        // Backward-shift: move later entries of the same probe run into the hole.
        int hole = i;
        for (int j = (hole + 1) & mask; slots[2 * j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(slots[2 * j]);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                slots[2 * hole] = slots[2 * j];
                slots[2 * hole + 1] = slots[2 * j + 1];
                hole = j;
            }
        }
        slots[2 * hole] = EMPTY;
        size--;
    }

    private int slot(long key) {
        return (int) clusterlab.random.Keyed.mix(key) & mask;
    }

    private void rehash(int capacity) {
        long[] old = slots;
        allocate(capacity);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
