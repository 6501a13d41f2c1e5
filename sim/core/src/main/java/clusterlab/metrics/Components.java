package clusterlab.metrics;

import clusterlab.network.Csr;

/**
 * Connected components as disjoint sets over int arrays (union by size, path halving), one slot
 * per node: no per-node objects, so graphs over millions of actors are labelled in two arrays.
 */
public final class Components {
    private final int[] parent;
    private final int[] size;

    private Components(int[] parent, int[] size) {
        this.parent = parent;
        this.size = size;
    }

    /** The components of {@code g}: each tie joins its ends' sets (seen once, from its lower end). */
    public static Components of(Csr g) {
        int n = g.nodes();
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            size[v] = 1;
        }
        Components c = new Components(parent, size);
        for (int v = 0; v < n; v++) {
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (w > v) {
                    c.join(v, w);
                }
            }
        }
        return c;
    }

    /** Merges the sets of {@code u} and {@code v}. */
    private void join(int u, int v) {
        int ru = find(u);
        int rv = find(v);
        if (ru == rv) {
            return;
        }
        if (size[ru] < size[rv]) {
            int t = ru;
            ru = rv;
            rv = t;
        }
        parent[rv] = ru;
        size[ru] += size[rv];
    }

    /** The representative of {@code v}'s set. */
    public int find(int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** Size of the set whose representative is {@code root}. */
    public int size(int root) {
        return size[root];
    }
}
