package clusterlab.metrics;

import clusterlab.network.Csr;
import clusterlab.parallel.SideBySide;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Connected components, each node labelled with the number of its component, components numbered
 * in order of their lowest node. They are found with disjoint sets in one array (Rem's algorithm)
 * in one sweep over the compressed rows in node order, which reads the rows sequentially; then
 * flattened to labels, so that reading a node's component later is one array access.
 */
public final class Components {
    private final int[] component;
    /** Nodes in each component; as long as there are components. */
    private final int[] sizes;
    /** The lowest node of each component: the one its number was given at. */
    private final int[] lowest;

    private Components(int[] component, int[] sizes, int[] lowest) {
        this.component = component;
        this.sizes = sizes;
        this.lowest = lowest;
    }

    /** Labels the components of {@code g}. */
    public static Components of(Csr g) {
        int[] parent = identity(g.nodes());
        unite(g, parent, null, 0, false);
        return labelled(parent, parent, null, 0);
    }

    /**
     * Labels the components of {@code g} in two parts side by side: the nodes whose label is below
     * {@code split}, and the rest. No tie may join a node of one part to one of the other (as no
     * tie of the regions' networks joins two regions, when labels are regions); each part is then
     * joined up in its own array, so the two sides share no memory, and the components are the
     * same as {@link #of(Csr)} finds.
     */
    public static Components of(Csr g, int[] label, int split, SideBySide both) {
        int[] low = identity(g.nodes());
        int[] high = identity(g.nodes());
        both.run(() -> unite(g, low, label, split, false), () -> unite(g, high, label, split, true));
        return labelled(low, high, label, split);
    }

    private static int[] identity(int n) {
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        return parent;
    }

    /** Joins the ties of the nodes of one part (every node when {@code label} is null), in node order. */
    private static void unite(Csr g, int[] parent, int[] label, int split, boolean high) {
        for (int v = 0, n = g.nodes(); v < n; v++) {
            if (label != null && label[v] >= split != high) {
                continue;
            }
            for (int k = 0, d = g.degree(v); k < d; k++) {
                int w = g.neighbour(v, k);
                if (w > v) {
                    union(parent, v, w);
                }
            }
        }
    }

    /**
     * Every parent is lower than its child, so each set's root is its lowest node, and in
     * ascending order a node's parent is labelled before the node: one pass numbers the sets in
     * order of their lowest nodes, with no searches for roots. The labels overwrite {@code low}:
     * a node's own entry is read before it is written, and those read later are labels already.
     */
    private static Components labelled(int[] low, int[] high, int[] label, int split) {
        int[] component = low;
        int[] sizes = new int[16];
        int[] lowest = new int[16];
        int count = 0;
        for (int v = 0; v < low.length; v++) {
            int parent = label != null && label[v] >= split ? high[v] : low[v];
            if (parent == v) {
                if (count == sizes.length) {
                    sizes = Arrays.copyOf(sizes, 2 * count);
                    lowest = Arrays.copyOf(lowest, 2 * count);
                }
                lowest[count] = v;
                component[v] = count++;
            } else {
                component[v] = component[parent];
            }
            sizes[component[v]]++;
        }
        return new Components(component, Arrays.copyOf(sizes, count), Arrays.copyOf(lowest, count));
    }

    /**
     * The components of a graph made of a graph with components {@code parts} plus a few more
     * ties {@code (a[i], b[i])}, {@code i < extra}, over the same nodes, numbered the same way,
     * with no walk over the graph's ties again. The nation's network is the regions' networks
     * plus the ties between regions (well under 1% of ties), so its components come from the
     * regions' at the cost of those few ties and one pass over the nodes.
     */
    public static Components joined(Components parts, int[] a, int[] b, int extra) {
        int[] parent = identity(parts.sizes.length);
        for (int i = 0; i < extra; i++) {
            union(parent, parts.of(a[i]), parts.of(b[i]));
        }
        // Parts are numbered by their lowest nodes and parents are lower than children, so in
        // part order each part's root is its parent's root; the joined sets' roots, their lowest
        // parts, then come in order of the sets' lowest nodes, and number them as of() would.
        int[] number = new int[parent.length];
        int count = 0;
        int[] sizes = new int[parent.length];
        int[] lowest = new int[sizes.length];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = parent[parent[c]];
            if (parent[c] == c) {
                lowest[count] = parts.lowest[c];
                number[c] = count++;
            } else {
                number[c] = number[parent[c]];
            }
            sizes[number[c]] += parts.sizes[c];
        }
        int[] component = new int[parts.component.length];
        for (int v = 0; v < component.length; v++) {
            component[v] = number[parts.component[v]];
        }
        return new Components(component, Arrays.copyOf(sizes, count), Arrays.copyOf(lowest, count));
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

    /** The largest component, the lowest-numbered among equally large ones; -1 when there are no nodes. */
    public int largest() {
        return largestOf(c -> 0, 1)[0];
    }

    /**
     * For each of {@code labels} labels of the nodes, the largest component whose nodes carry it
     * (the lowest-numbered among equally large ones), or -1 where no node does; for a graph whose
     * ties join only nodes of equal label, such as the regions' networks labelled by region. One
     * walk over the components, not the nodes.
     */
    public int[] largestByLabel(int[] label, int labels) {
        return largestOf(c -> label[lowest[c]], labels);
    }

    /** The largest component of each group, components grouped by {@code groupOf}; -1 for an empty group. */
    private int[] largestOf(IntUnaryOperator groupOf, int groups) {
        int[] best = new int[groups];
        Arrays.fill(best, -1);
        for (int c = 0; c < sizes.length; c++) {
            int g = groupOf.applyAsInt(c);
            if (best[g] < 0 || sizes[c] > sizes[best[g]]) {
                best[g] = c;
            }
        }
        return best;
    }
}
