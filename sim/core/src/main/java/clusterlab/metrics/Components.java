package clusterlab.metrics;

import clusterlab.network.Csr;
import java.util.Arrays;

/**
 * Connected components, each node labelled with the number of its component, components numbered
 * in order of their lowest node. They are found with disjoint sets in one array (Rem's algorithm)
 * in one sweep over the compressed rows in node order, which reads the rows sequentially; then
 * flattened to labels, so that reading a node's component later is one array access.
 */
public final class Components {
    private final int[] component;
    private final int[] sizes;

    private Components(int[] component, int[] sizes) {
        this.component = component;
        this.sizes = sizes;
    }

    /** Labels the components of {@code g}. */
    public static Components of(Csr g) {
        int n = g.nodes();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (int v = 0; v < n; v++) {
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (w > v) {
                    union(parent, v, w);
                }
            }
        }
        // Every parent is lower than its child, so each set's root is its lowest node, and in
        // ascending order a node's parent is labelled before the node: one pass numbers the sets
        // in order of their lowest nodes, with no searches for roots.
        int[] label = parent;
        int[] sizes = new int[16];
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (parent[v] == v) {
                if (count == sizes.length) {
                    sizes = Arrays.copyOf(sizes, 2 * count);
                }
                label[v] = count++;
            } else {
                label[v] = label[parent[v]];
            }
            sizes[label[v]]++;
        }
        return new Components(label, sizes);
    }

    /**
     * Joins the sets of u and v by Rem's algorithm with splicing (Patwary, Blair and Manne, 2010,
     * the fastest of the union-find variants they compared): both paths are climbed at once,
     * always from the side whose parent is higher, and each node passed is re-hung on the other
     * side's lower parent, which shortens later climbs as compression would, in one array. A
     * parent is always lower than its child, which the labelling above relies on.
     */
    private static void union(int[] parent, int u, int v) {
        int ru = u;
        int rv = v;
        while (parent[ru] != parent[rv]) {
            if (parent[ru] > parent[rv]) {
                if (ru == parent[ru]) {
                    parent[ru] = parent[rv];
                    return;
                }
                int z = ru;
                ru = parent[ru];
                parent[z] = parent[rv];
            } else {
                if (rv == parent[rv]) {
                    parent[rv] = parent[ru];
                    return;
                }
                int z = rv;
                rv = parent[rv];
                parent[z] = parent[ru];
            }
        }
    }

    /** The component of node {@code v}: components are numbered in order of their lowest node. */
    public int of(int v) {
        return component[v];
    }

    /** Number of nodes in component {@code c}. */
    public int size(int c) {
        return sizes[c];
    }
}
