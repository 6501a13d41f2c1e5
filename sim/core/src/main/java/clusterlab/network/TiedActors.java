package clusterlab.network;

/**
 * The actors that have at least one tie, numbered 0..n-1 in ascending order of actor id: the node
 * numbers of the network's compact graphs. A bitmap over actor ids (one bit per actor, so a few
 * hundred kilobytes for millions of actors) with a running count per 64-bit word turns an actor
 * id into its node number in O(1), without a table as long as the actor ids. Graph arrays then
 * have one slot per tied actor, not one per actor ever created. Since numbering keeps id order,
 * everything that walks nodes in order (sampling included) sees the actors in id order.
 */
public final class TiedActors implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final long[] bits;
    /** Tied actors in the words before each word. */
    private final int[] before;
    private final int[] actors;

    private TiedActors(long[] bits, int[] before, int[] actors) {
        this.bits = bits;
        this.before = before;
        this.actors = actors;
    }

    /** The actors at either end of any tie, among ids {@code 0..actorBound-1}. */
    public static TiedActors of(int actorBound, TieTable ties) {
        long[] bits = new long[(actorBound + 63) >>> 6];
        for (int i = 0; i < ties.size(); i++) {
            bits[ties.a(i) >>> 6] |= 1L << ties.a(i);
            bits[ties.b(i) >>> 6] |= 1L << ties.b(i);
        }
        int[] before = new int[bits.length];
        int count = 0;
        for (int word = 0; word < bits.length; word++) {
            before[word] = count;
            count += Long.bitCount(bits[word]);
        }
        int[] actors = new int[count];
        for (int word = 0, n = 0; word < bits.length; word++) {
            for (long rest = bits[word]; rest != 0; rest &= rest - 1) {
                actors[n++] = (word << 6) + Long.numberOfTrailingZeros(rest);
            }
        }
        return new TiedActors(bits, before, actors);
    }

    /** No actors. */
    public static TiedActors none() {
        return new TiedActors(new long[0], new int[0], new int[0]);
    }

    /** Number of tied actors (the graphs' node count). */
    public int size() {
        return actors.length;
    }

    /** The node number of an actor, or -1 if it has no tie. */
    public int node(int actorId) {
        int word = actorId >>> 6;
        if (word >= bits.length) {
            return -1;
        }
        long bit = 1L << actorId;
        return (bits[word] & bit) == 0 ? -1 : before[word] + Long.bitCount(bits[word] & (bit - 1));
    }

    /** The actor id of a node. */
    public int actor(int node) {
        return actors[node];
    }
}
