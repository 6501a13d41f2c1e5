package clusterlab.metrics;

import clusterlab.network.Csr;
import java.util.Arrays;

/**
 * Connected components, each node labelled with the number of its component, components numbered
 * in order of their lowest node. They are found with disjoint sets (union by size, path halving)
 * in one sweep over the compressed rows in node order, which reads the rows sequentially and, as
 * most ties join nearby actors, finds sets mostly in cache; then flattened to labels, so that
 * reading a node's component later is one array access.
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
        int[] setSize = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            setSize[v] = 1;
        }
        for (int v = 0; v < n; v++) {
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (w > v) {
                    union(parent, setSize, v, w);
                }
            }
        }
        // Number the sets as their lowest nodes come up; a numbered root keeps -(number + 1) in
        // its size slot, and each node's label goes where its parent link was.
        int[] sizes = new int[16];
        int count = 0;
        for (int v = 0; v < n; v++) {
            int root = find(parent, v);
            if (setSize[root] > 0) {
                if (count == sizes.length) {
                    sizes = Arrays.copyOf(sizes, 2 * count);
                }
                sizes[count] = setSize[root];
                setSize[root] = -(++count);
            }
            setSize[v] = v == root ? setSize[v] : setSize[root];
        }
        for (int v = 0; v < n; v++) {
            setSize[v] = -setSize[v] - 1;
        }
        return new Components(setSize, sizes);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int[] size, int u, int v) {
        int ru = find(parent, u);
        int rv = find(parent, v);
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

    /** The component of node {@code v}: components are numbered in order of their lowest node. */
    public int of(int v) {
        return component[v];
    }

    /** Number of nodes in component {@code c}. */
    public int size(int c) {
        return sizes[c];
    }
}
