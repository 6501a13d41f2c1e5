package clusterlab.metrics;

import clusterlab.network.Csr;
import java.util.Arrays;

/**
 * Breadth-first searches over one graph with arrays reused across searches: a search touches only
 * the nodes it reaches and resets only those, so many searches on a graph of millions of nodes cost
 * what they reach, not the graph. A node's distances from the two ends of a two-sided search sit
 * side by side, so checking a reached node against the other side costs no second cache miss.
 */
final class PathSearch {
    /** Where in {@link #from} a node's distance from the source side is; the target side's follows it. */
    private static final int S = 0;
    private static final int T = 1;

    private final Csr g;
    /** Hop distance of node v from the source at {@code 2v + S}, from the target at {@code 2v + T}; -1 unreached. */
    private final int[] from;
    private final int[] queueS;
    private final int[] queueT;
    /** Shortest candidate length met by the current two-sided search. */
    private int shortest;

    PathSearch(Csr g) {
        this.g = g;
        this.from = new int[2 * g.nodes()];
        this.queueS = new int[g.nodes()];
        this.queueT = new int[g.nodes()];
        Arrays.fill(from, -1);
    }

    /** Sum of hop distances from {@code source} to every node it reaches (a full search). */
    long distanceSum(int source) {
        int head = 0;
        int tail = 0;
        long sum = 0;
        from[2 * source + S] = 0;
        queueS[tail++] = source;
        while (head < tail) {
            int v = queueS[head++];
            int distance = from[2 * v + S];
            sum += distance;
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (from[2 * w + S] < 0) {
                    from[2 * w + S] = distance + 1;
                    queueS[tail++] = w;
                }
            }
        }
        reset(queueS, tail, S);
        return sum;
    }

    /**
     * Hop distance between two distinct nodes of one component, searching from both ends: each
     * step labels one whole level of the side with the smaller frontier. Every node labelled from
     * both sides gives a candidate length; once the two search radii add up to the best candidate,
     * the shortest path's node at the source side's radius is labelled from both, so the best
     * candidate is the distance. On small-world networks the two balls are far smaller than a
     * full search.
     */
    int distance(int s, int t) {
        if (s == t) {
            return 0;
        }
        from[2 * s + S] = 0;
        from[2 * t + T] = 0;
        queueS[0] = s;
        queueT[0] = t;
        // Each queue holds [0, done) labelled and expanded, then [done, end) the current frontier.
        int doneS = 0;
        int endS = 1;
        int doneT = 0;
        int endT = 1;
        int radii = 0;
        shortest = Integer.MAX_VALUE;
        while (radii < shortest) {
            boolean sourceSide = endS - doneS <= endT - doneT;
            if ((sourceSide ? endS - doneS : endT - doneT) == 0 && shortest == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("nodes " + s + " and " + t + " are not connected");
            }
            if (sourceSide) {
                int end = expand(queueS, S, doneS, endS);
                doneS = endS;
                endS = end;
            } else {
                int end = expand(queueT, T, doneT, endT);
                doneT = endT;
                endT = end;
            }
            radii++;
        }
        reset(queueS, endS, S);
        reset(queueT, endT, T);
        return shortest;
    }

    /**
     * Labels the neighbours of the frontier {@code queue[first, last)} of one side one level
     * further, appending them to the queue (returning its new end), and notes the lengths of paths
     * through nodes the other side has labelled.
     */
    private int expand(int[] queue, int side, int first, int last) {
        int other = 1 - side;
        int end = last;
        for (int i = first; i < last; i++) {
            int v = queue[i];
            int distance = from[2 * v + side] + 1;
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (from[2 * w + side] < 0) {
                    from[2 * w + side] = distance;
                    queue[end++] = w;
                    if (from[2 * w + other] >= 0) {
                        shortest = Math.min(shortest, distance + from[2 * w + other]);
                    }
                }
            }
        }
        return end;
    }

    private void reset(int[] queue, int end, int side) {
        for (int i = 0; i < end; i++) {
            from[2 * queue[i] + side] = -1;
        }
    }
}
