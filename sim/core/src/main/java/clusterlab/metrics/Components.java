package clusterlab.metrics;

import clusterlab.network.Csr;
import java.util.Arrays;

/**
 * Connected components, labelled by breadth-first search over the compressed rows: each node gets
 * the number of its component, components numbered in order of their lowest node. Unlike disjoint
 * sets, a finished labelling is read with one array access per node, in node order, which on
 * graphs of millions of nodes is what makes measuring each month cheap.
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
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] sizes = new int[16];
        int count = 0;
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0) {
                continue;
            }
            component[start] = count;
            queue[0] = start;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int k = 0, d = g.degree(v); k < d; k++) {
                    int w = g.neighbour(v, k);
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            if (count == sizes.length) {
                sizes = Arrays.copyOf(sizes, 2 * count);
            }
            sizes[count++] = tail;
        }
        return new Components(component, sizes);
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
