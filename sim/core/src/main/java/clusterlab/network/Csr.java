package clusterlab.network;

import clusterlab.parallel.SideBySide;
import java.util.Arrays;
import java.util.Objects;

/**
 * An undirected simple graph over nodes {@code 0..n-1} in compressed-sparse-row form. Only two
 * primitive arrays are kept, so a tie costs two ints per end (about 8 bytes per tie-end) and
 * networks of millions of ties fit without boxed adjacency lists. Neighbours of every node are
 * sorted ascending, which lets statistics count triangles by merging sorted lists and test
 * adjacency by binary search. Immutable once built.
 */
public final class Csr implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    /** Row {@code v} is {@code targets[offsets[v] .. offsets[v+1])}; length {@code n+1}. */
    private final int[] offsets;
    /** Both ends of every tie, grouped by node; length {@code 2m}. */
    private final int[] targets;

    private Csr(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    /**
     * Builds the graph from the first {@code edges} entries of the endpoint arrays, each tie
     * listed once in either orientation.
     *
     * @throws IllegalArgumentException on a negative count, arrays shorter than {@code edges},
     *     an endpoint outside {@code 0..nodes-1}, a self-tie or a tie listed twice
     */
    public static Csr of(int nodes, int[] a, int[] b, int edges) {
        return of(nodes, a, b, edges, SideBySide.SEQUENTIAL);
    }

    /**
     * As {@link #of(int, int[], int[], int)}, with the work split in two: the first ends of the
     * ties and the second ends are counted and placed by one side each (each row takes its
     * entries from first ends, then from second ends, so the two never write the same slot), and
     * each side sorts half of the rows. The graph is the same however the halves are run.
     */
    public static Csr of(int nodes, int[] a, int[] b, int edges, SideBySide both) {
        if (nodes < 0 || edges < 0) {
            throw new IllegalArgumentException("negative size: nodes " + nodes + ", edges " + edges);
        }
        if (edges > a.length || edges > b.length) {
            throw new IllegalArgumentException("edges " + edges + " exceed endpoint arrays of length "
                    + a.length + " and " + b.length);
        }
        // Both ends are stored, and row offsets are ints.
        if (edges > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many edges for int offsets: " + edges);
        }
        for (int i = 0; i < edges; i++) {
            checkEndpoints(nodes, a[i], b[i], i);
        }
        // Per node, entries from first ends, then from second ends; counts first, cursors later.
        int[] fromA = new int[nodes];
        int[] fromB = new int[nodes];
        both.run(() -> count(a, edges, fromA), () -> count(b, edges, fromB));
        int[] offsets = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) {
            int first = fromA[v];
            offsets[v + 1] = offsets[v] + first + fromB[v];
            fromA[v] = offsets[v];
            fromB[v] = offsets[v] + first;
        }
        // Rows are short (a few partners), so placing the entries and then sorting each row in
        // place is about linear, and writes the large arrays once.
        int[] targets = new int[2 * edges];
        both.run(() -> place(a, b, edges, fromA, targets), () -> place(b, a, edges, fromB, targets));
        int half = nodes / 2;
        both.run(() -> sortRows(offsets, targets, 0, half), () -> sortRows(offsets, targets, half, nodes));
        return new Csr(offsets, targets);
    }

    private static void count(int[] ends, int edges, int[] counts) {
        for (int i = 0; i < edges; i++) {
            counts[ends[i]]++;
        }
    }

    /** Puts each tie's {@code other} end into the row of its {@code own} end, at that row's cursor. */
    private static void place(int[] own, int[] other, int edges, int[] cursor, int[] targets) {
        for (int i = 0; i < edges; i++) {
            targets[cursor[own[i]]++] = other[i];
        }
    }

    /**
     * Sorts every row ascending. A repeated pair would silently double-count degrees and triangles;
     * sorted rows make it show as two equal neighbours side by side.
     */
    private static void sortRows(int[] offsets, int[] targets, int fromNode, int toNode) {
        for (int v = fromNode; v < toNode; v++) {
            int from = offsets[v];
            int to = offsets[v + 1];
            if (to - from > 1) {
                Arrays.sort(targets, from, to);
                for (int j = from + 1; j < to; j++) {
                    if (targets[j] == targets[j - 1]) {
                        throw new IllegalArgumentException("tie " + v + "-" + targets[j] + " listed twice");
                    }
                }
            }
        }
    }

    /**
     * This graph without the ties {@code (a[i], b[i])}, {@code i < count}, over the same nodes;
     * rows stay sorted. Only the rows the removed ties touch are filtered; the rows between them
     * are copied in bulk, so taking a few ties out of millions (the nation's ties between
     * regions, to leave the regions' own) costs about one copy of the arrays.
     *
     * @throws IllegalArgumentException if a pair is not a tie of this graph or is listed twice
     */
    public Csr without(int[] a, int[] b, int count) {
        // Both directions of each removed tie, ordered by row then neighbour as the rows are.
        long[] gone = new long[2 * count];
        for (int i = 0; i < count; i++) {
            checkEndpoints(nodes(), a[i], b[i], i);
            gone[2 * i] = ((long) a[i] << 32) | b[i];
            gone[2 * i + 1] = ((long) b[i] << 32) | a[i];
        }
        Arrays.sort(gone);
        int nodes = nodes();
        int[] kept = new int[nodes + 1];
        int[] keptTargets = new int[targets.length - gone.length];
        int removed = 0;
        int next = 0;
        int g = 0;
        while (g < gone.length) {
            int v = (int) (gone[g] >>> 32);
            copyRows(next, v, removed, kept, keptTargets);
            int out = offsets[v] - removed;
            for (int j = offsets[v]; j < offsets[v + 1]; j++) {
                if (g < gone.length && gone[g] == (((long) v << 32) | targets[j])) {
                    g++;
                } else {
                    keptTargets[out++] = targets[j];
                }
            }
            removed = offsets[v + 1] - out;
            if (g < gone.length && (int) (gone[g] >>> 32) == v) {
                throw new IllegalArgumentException("tie " + v + "-" + (int) gone[g] + " is not in the graph or is listed twice");
            }
            kept[v + 1] = out;
            next = v + 1;
        }
        copyRows(next, nodes, removed, kept, keptTargets);
        return new Csr(kept, keptTargets);
    }

    /** Copies rows {@code [from, to)} unchanged, {@code shift} entries earlier, into the new arrays. */
    private void copyRows(int from, int to, int shift, int[] kept, int[] keptTargets) {
        System.arraycopy(targets, offsets[from], keptTargets, offsets[from] - shift, offsets[to] - offsets[from]);
        for (int v = from; v < to; v++) {
            kept[v + 1] = offsets[v + 1] - shift;
        }
    }

    private static void checkEndpoints(int nodes, int u, int v, int i) {
        if (u < 0 || u >= nodes || v < 0 || v >= nodes) {
            throw new IllegalArgumentException("edge " + i + " (" + u + ", " + v + ") outside nodes 0.." + (nodes - 1));
        }
        if (u == v) {
            throw new IllegalArgumentException("edge " + i + " is a self-tie on node " + u);
        }
    }

    public int nodes() {
        return offsets.length - 1;
    }

    public long edges() {
        return targets.length / 2;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** The {@code k}-th neighbour of {@code v} in ascending order, {@code 0 <= k < degree(v)}. */
    public int neighbour(int v, int k) {
        // Without the check a k past the row would quietly read the next node's neighbours.
        return targets[offsets[v] + Objects.checkIndex(k, degree(v))];
    }

    /** Whether {@code u} and {@code v} are tied, by binary search in the shorter row. */
    public boolean adjacent(int u, int v) {
        int row = degree(u) <= degree(v) ? u : v;
        int other = row == u ? v : u;
        return Arrays.binarySearch(targets, offsets[row], offsets[row + 1], other) >= 0;
    }
}
