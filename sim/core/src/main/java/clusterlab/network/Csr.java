package clusterlab.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * An undirected simple graph over nodes {@code 0..n-1} in compressed-sparse-row form. Only two
 * primitive arrays are kept, so a tie costs two ints per end (about 8 bytes per tie-end) and
 * networks of millions of ties fit without boxed adjacency lists. Neighbours of every node are
 * sorted ascending, which lets statistics count triangles by merging sorted lists and test
 * adjacency by binary search. Immutable once built.
 */
public final class Csr {
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
        int[] offsets = new int[nodes + 1];
        for (int i = 0; i < edges; i++) {
            checkEndpoints(nodes, a[i], b[i], i);
            offsets[a[i] + 1]++;
            offsets[b[i] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            offsets[v + 1] += offsets[v];
        }
        // First scatter: rows in input order. Second scatter walks those rows in ascending node
        // order and appends each node to its neighbours' rows, so every final row comes out
        // sorted: a two-pass counting sort, linear where sorting each row would cost m log d.
        int[] unsorted = new int[2 * edges];
        int[] cursor = Arrays.copyOf(offsets, nodes);
        for (int i = 0; i < edges; i++) {
            unsorted[cursor[a[i]]++] = b[i];
            unsorted[cursor[b[i]]++] = a[i];
        }
        int[] targets = new int[2 * edges];
        System.arraycopy(offsets, 0, cursor, 0, nodes);
        for (int u = 0; u < nodes; u++) {
            for (int j = offsets[u]; j < offsets[u + 1]; j++) {
                targets[cursor[unsorted[j]]++] = u;
            }
        }
        // A repeated pair would silently double-count degrees and triangles; sorted rows make it
        // show as two equal neighbours side by side.
        for (int v = 0; v < nodes; v++) {
            for (int j = offsets[v] + 1; j < offsets[v + 1]; j++) {
                if (targets[j] == targets[j - 1]) {
                    throw new IllegalArgumentException("tie " + v + "-" + targets[j] + " listed twice");
                }
            }
        }
        return new Csr(offsets, targets);
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
