package clusterlab.metrics;

import clusterlab.network.Csr;
import java.util.Arrays;

/**
 * Breadth-first searches over one graph with arrays reused across searches: a search touches only
 * the nodes it reaches and resets only those, so many searches on a graph of millions of nodes cost
 * what they reach, not the graph.
 */
final class PathSearch {
    private final Csr g;
    private final int[] fromS;
    private final int[] fromT;
    private final int[] queueS;
    private final int[] queueT;
    /** Shortest candidate length met by the current two-sided search. */
    private int shortest;

    PathSearch(Csr g) {
        this.g = g;
        this.fromS = new int[g.nodes()];
        this.fromT = new int[g.nodes()];
        this.queueS = new int[g.nodes()];
        this.queueT = new int[g.nodes()];
        Arrays.fill(fromS, -1);
        Arrays.fill(fromT, -1);
    }

    /** Sum of hop distances from {@code source} to every node it reaches (a full search). */
    long distanceSum(int source) {
        int head = 0;
        int tail = 0;
        long sum = 0;
        fromS[source] = 0;
        queueS[tail++] = source;
        while (head < tail) {
            int v = queueS[head++];
            sum += fromS[v];
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (fromS[w] < 0) {
                    fromS[w] = fromS[v] + 1;
                    queueS[tail++] = w;
                }
            }
        }
        reset(fromS, queueS, tail);
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
        fromS[s] = 0;
        fromT[t] = 0;
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
                int end = expand(queueS, fromS, fromT, doneS, endS);
                doneS = endS;
                endS = end;
            } else {
                int end = expand(queueT, fromT, fromS, doneT, endT);
                doneT = endT;
                endT = end;
            }
            radii++;
        }
        reset(fromS, queueS, endS);
        reset(fromT, queueT, endT);
        return shortest;
    }

    /**
     * Labels the neighbours of the frontier {@code queue[from, to)} one level further, appending
     * them to the queue (returning its new end), and notes the lengths of paths through nodes
     * the other side has labelled.
     */
    private int expand(int[] queue, int[] mine, int[] theirs, int from, int to) {
        int end = to;
        for (int i = from; i < to; i++) {
            int v = queue[i];
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (mine[w] < 0) {
                    mine[w] = mine[v] + 1;
                    queue[end++] = w;
                    if (theirs[w] >= 0) {
                        shortest = Math.min(shortest, mine[w] + theirs[w]);
                    }
                }
            }
        }
        return end;
    }

    private static void reset(int[] labels, int[] queue, int end) {
        for (int i = 0; i < end; i++) {
            labels[queue[i]] = -1;
        }
    }
}
