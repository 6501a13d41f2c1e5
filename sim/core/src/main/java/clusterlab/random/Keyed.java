package clusterlab.random;

/**
 * Counter-based randomness: every draw is a pure function of (run seed, tick, agent, purpose,
 * draw number), hashed with the SplitMix64 finaliser. No generator state is shared or carried,
 * so the numbers an agent sees do not depend on thread count, chunk size or iteration order —
 * byte-identical reproducibility is a property of the design. Agents take draws through a
 * {@link KeyedStream}, which is a key plus a counter.
 */
public final class Keyed {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TO_UNIT = 0x1.0p-53;

    private Keyed() {
    }

    /** SplitMix64's finaliser: a bijective mix with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of one agent's draws for one purpose in one tick. */
    public static long key(long seed, int tick, long agent, Purpose purpose) {
        return key(tickKey(seed, tick), agent, purpose);
    }

    /**
     * The part of every key that only the seed and tick determine: a loop over millions of agents
     * in one tick computes it once and finishes each agent's key with {@link #key(long, long, Purpose)},
     * getting the very same keys for half the hashing.
     */
    public static long tickKey(long seed, int tick) {
        return mix(mix(seed + GOLDEN) ^ (tick + 1L) * GOLDEN);
    }

    /** The key of one agent's draws for one purpose, from the tick's {@link #tickKey}. */
    public static long key(long tickKey, long agent, Purpose purpose) {
        long k = mix(tickKey ^ (agent + 1L) * 0xC2B2AE3D27D4EB4FL);
        return mix(k ^ (purpose.ordinal() + 1L) * 0x165667B19E3779F9L);
    }

    /**
     * The seed of run {@code index} of a batch with this master seed (replications, sweeps):
     * distinct for every index, non-negative so it is a valid scenario seed, and recorded with the run.
     */
    public static long derivedSeed(long master, int index) {
        return mix(mix(master + GOLDEN) ^ (index + 1L) * 0xD6E8FEB86659FD93L) >>> 1;
    }

    /** The {@code n}-th 64-bit value of the stream with this key. */
    public static long bits(long key, int n) {
        return mix(key + (n + 1L) * GOLDEN);
    }

    /** A uniform double in [0, 1) from 53 bits. */
    public static double unit(long bits) {
        return (bits >>> 11) * TO_UNIT;
    }
}
