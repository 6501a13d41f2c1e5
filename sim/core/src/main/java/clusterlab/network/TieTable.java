package clusterlab.network;

import java.util.Arrays;

/**
 * Collaboration ties between actors (academic organisations and firms, by actor id), held as
 * parallel primitive arrays with the region of each end and the tick the tie was last used. A
 * hash from the actor pair finds a tie in O(1). Removal swaps the last tie into the hole, so the
 * order of ties is a deterministic function of the sequence of operations.
 */
public final class TieTable implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private int size;
    private int[] a = new int[64];
    private int[] b = new int[64];
    private int[] regionA = new int[64];
    private int[] regionB = new int[64];
    private int[] lastUsed = new int[64];
    private final LongIntMap index = new LongIntMap(64);

    public int size() {
        return size;
    }

    public int a(int tie) {
        return a[tie];
    }

    public int b(int tie) {
        return b[tie];
    }

    public int regionA(int tie) {
        return regionA[tie];
    }

    public int regionB(int tie) {
        return regionB[tie];
    }

    public int lastUsed(int tie) {
        return lastUsed[tie];
    }

    /**
     * Creates the tie between actors x and y, or refreshes it if it exists.
     *
     * @return true if the tie is new
     */
    public boolean touch(int x, int regionX, int y, int regionY, int tick) {
        if (x == y) {
            throw new IllegalArgumentException("an actor cannot tie to itself: " + x);
        }
        long key = key(x, y);
        int t = index.get(key);
        if (t >= 0) {
            lastUsed[t] = tick;
            return false;
        }
        if (size == a.length) {
            grow();
        }
        boolean ordered = x < y;
        a[size] = ordered ? x : y;
        b[size] = ordered ? y : x;
        regionA[size] = ordered ? regionX : regionY;
        regionB[size] = ordered ? regionY : regionX;
        lastUsed[size] = tick;
        index.put(key, size);
        size++;
        return true;
    }

    public boolean contains(int x, int y) {
        return index.get(key(x, y)) >= 0;
    }

    /** Removes tie {@code t}; the last tie takes its place. */
    public void remove(int t) {
        index.remove(key(a[t], b[t]));
        int last = --size;
        if (t != last) {
            a[t] = a[last];
            b[t] = b[last];
            regionA[t] = regionA[last];
            regionB[t] = regionB[last];
            lastUsed[t] = lastUsed[last];
            index.put(key(a[t], b[t]), t);
        }
    }

    private static long key(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }

    private void grow() {
        int c = a.length * 2;
        a = Arrays.copyOf(a, c);
        b = Arrays.copyOf(b, c);
        regionA = Arrays.copyOf(regionA, c);
        regionB = Arrays.copyOf(regionB, c);
        lastUsed = Arrays.copyOf(lastUsed, c);
    }
}
