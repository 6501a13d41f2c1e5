package clusterlab.metrics;

import clusterlab.network.Csr;
import clusterlab.random.Stream;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Summary statistics of a collaboration network, exact on small networks and sampled on large
 * ones so that a measurement stays roughly linear in the number of ties.
 *
 * <ul>
 *   <li>nodes = g.nodes() (all actors in scope, isolated ones included); tiedNodes = nodes with
 *       degree &gt;= 1.
 *   <li>density = 2E / (N(N-1)) over all N nodes (0 when N &lt; 2).
 *   <li>meanDegree = 2E/N (0 when N=0); maxDegree.
 *   <li>clustering = mean local clustering coefficient (Watts–Strogatz) over nodes with degree
 *       &gt;= 2 (0 when there are none). Exact when tiedNodes &lt;= exactMaxNodes; otherwise the
 *       mean over {@code clusteringSampleNodes} nodes drawn uniformly WITH replacement from the
 *       nodes of degree &gt;= 2, with clusteringStdError = sample standard deviation / sqrt(k)
 *       (0 when exact). Triangles per node are counted by intersecting sorted neighbour lists.
 *   <li>avgPathLength = mean shortest-path length (hops) over ordered pairs of distinct nodes
 *       inside the LARGEST connected component (0 when it has &lt; 2 nodes). Exact by BFS from
 *       every node of the largest component when that component has &lt;= min(exactMaxNodes,
 *       400) nodes; otherwise BFS from {@code pathSampleSources} sources drawn uniformly with
 *       replacement from the largest component, averaging each source's mean distance to the
 *       other component nodes; avgPathLengthStdError = sd of per-source means / sqrt(sources).
 *   <li>largestComponentShare = size of the largest connected component / tiedNodes (0 when
 *       tiedNodes = 0). Exact always, by union-find.
 *   <li>sampled = whether either clustering or path length was sampled.
 * </ul>
 *
 * <p>With {@code pathSampleSources} 0 the path length is not computed (NaN), for callers that
 * measure the costly path statistic less often than the rest. A standard error from a single draw cannot be estimated and is reported as NaN. Sampling
 * draws clustering nodes first, then path sources, so the result is a function of the graph and
 * the stream's state alone. Among equally large components the one holding the lowest node is
 * taken as the largest.
 */
public final class NetworkStatistics {
    /** Number of nodes of each degree: {@code counts[d]} nodes have degree d (isolated nodes at 0). */
    public static long[] degreeCounts(Csr g) {
        int max = 0;
        for (int v = 0; v < g.nodes(); v++) {
            max = Math.max(max, g.degree(v));
        }
        long[] counts = new long[max + 1];
        for (int v = 0; v < g.nodes(); v++) {
            counts[g.degree(v)]++;
        }
        return counts;
    }

    /** All-pairs BFS costs O(n·m), so it is kept to components this small whatever the caller allows. */
    static final int EXACT_PATH_MAX_NODES = 400;

    private NetworkStatistics() {
    }

    public static NetworkSummary of(Csr g, int exactMaxNodes, int clusteringSampleNodes, int pathSampleSources,
            Stream rng) {
        if (exactMaxNodes < 0 || clusteringSampleNodes < 1 || pathSampleSources < 0) {
            throw new IllegalArgumentException("need exactMaxNodes >= 0 and sample sizes >= 1 (0 sources: no paths), got "
                    + exactMaxNodes + ", " + clusteringSampleNodes + ", " + pathSampleSources);
        }
        int n = g.nodes();
        long ties = g.edges();
        int tied = 0;
        int maxDegree = 0;
        int clusterable = 0;
        for (int v = 0; v < n; v++) {
            int d = g.degree(v);
            tied += d >= 1 ? 1 : 0;
            clusterable += d >= 2 ? 1 : 0;
            maxDegree = Math.max(maxDegree, d);
        }
        int[] degreeTwoPlus = new int[clusterable];
        for (int v = 0, i = 0; v < n; v++) {
            if (g.degree(v) >= 2) {
                degreeTwoPlus[i++] = v;
            }
        }
        Estimate clustering = mean(degreeTwoPlus, tied <= exactMaxNodes, clusteringSampleNodes, rng,
                v -> localClustering(g, v));

        int[] component = largestComponent(g);
        int size = component.length;
        Estimate path;
        if (pathSampleSources == 0) {
            path = Estimate.NOT_COMPUTED;
        } else if (size < 2) {
            path = Estimate.ZERO;
        } else {
            Bfs bfs = new Bfs(g);
            path = mean(component, size <= Math.min(exactMaxNodes, EXACT_PATH_MAX_NODES), pathSampleSources, rng,
                    v -> (double) bfs.distanceSum(v) / (size - 1));
        }

        return new NetworkSummary(
                ties,
                n,
                tied,
                n < 2 ? 0 : 2.0 * ties / ((double) n * (n - 1)),
                n == 0 ? 0 : 2.0 * ties / n,
                maxDegree,
                clustering.mean,
                clustering.stdError,
                path.mean,
                path.stdError,
                tied == 0 ? 0 : (double) size / tied,
                clustering.sampled || path.sampled);
    }

    private record Estimate(double mean, double stdError, boolean sampled) {
        static final Estimate ZERO = new Estimate(0, 0, false);
        static final Estimate NOT_COMPUTED = new Estimate(Double.NaN, Double.NaN, false);
    }

    /**
     * Mean of {@code f} over the whole population when {@code exact}, else over {@code draws}
     * members drawn uniformly with replacement. An empty population has mean 0 and needs no
     * draws. Exact path length fits here too: every source reaches the same size-1 nodes, so the
     * mean of per-source means is the mean over all ordered pairs.
     */
    private static Estimate mean(int[] population, boolean exact, int draws, Stream rng, IntToDoubleFunction f) {
        if (population.length == 0) {
            return Estimate.ZERO;
        }
        if (exact) {
            double sum = 0;
            for (int v : population) {
                sum += f.applyAsDouble(v);
            }
            return new Estimate(sum / population.length, 0, false);
        }
        // Welford's update: values can be large and close together (path lengths), where the
        // sum-of-squares shortcut loses precision.
        double mean = 0;
        double squares = 0;
        for (int i = 1; i <= draws; i++) {
            double x = f.applyAsDouble(population[rng.below(population.length)]);
            double delta = x - mean;
            mean += delta / i;
            squares += delta * (x - mean);
        }
        double sd = draws < 2 ? Double.NaN : Math.sqrt(squares / (draws - 1));
        return new Estimate(mean, sd / Math.sqrt(draws), true);
    }

    /**
     * Share of pairs of neighbours of {@code v} that are tied themselves, for degree >= 2. Each
     * triangle at {@code v} is seen from both of its other corners, so the summed common-neighbour
     * counts are twice the triangles, and 2t / (d(d-1)) needs no halving.
     */
    private static double localClustering(Csr g, int v) {
        int d = g.degree(v);
        long common = 0;
        for (int k = 0; k < d; k++) {
            common += commonNeighbours(g, v, g.neighbour(v, k));
        }
        return (double) common / ((double) d * (d - 1));
    }

    /** Size of the intersection of two sorted neighbour lists, by a linear merge. */
    private static int commonNeighbours(Csr g, int u, int w) {
        int du = g.degree(u);
        int dw = g.degree(w);
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < du && j < dw) {
            int x = g.neighbour(u, i);
            int y = g.neighbour(w, j);
            if (x == y) {
                count++;
            }
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return count;
    }

    /**
     * Nodes of the largest connected component in ascending order: a single node when there are
     * no ties, none when there are no nodes.
     */
    private static int[] largestComponent(Csr g) {
        int n = g.nodes();
        UnionFind sets = new UnionFind(n);
        for (int v = 0; v < n; v++) {
            for (int k = 0, d = g.degree(v); k < d; k++) {
                sets.union(v, g.neighbour(v, k));
            }
        }
        // Nodes in ascending order, a strictly larger set replacing the best: among equally large
        // components the one holding the lowest node wins.
        int best = -1;
        for (int v = 0; v < n; v++) {
            int root = sets.find(v);
            if (best < 0 || sets.size(root) > sets.size(best)) {
                best = root;
            }
        }
        if (best < 0) {
            return new int[0];
        }
        int[] members = new int[sets.size(best)];
        for (int v = 0, i = 0; v < n; v++) {
            if (sets.find(v) == best) {
                members[i++] = v;
            }
        }
        return members;
    }

    /** Disjoint sets over int[] arrays: path halving and union by size keep finds near constant. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int v = 0; v < n; v++) {
                parent[v] = v;
                size[v] = 1;
            }
        }

        int find(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        /** Size of the set rooted at {@code root}. */
        int size(int root) {
            return size[root];
        }

        void union(int u, int v) {
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
    }

    /**
     * Breadth-first search with arrays reused across sources: a search touches only the nodes it
     * reaches and resets only those, so many sampled searches on a large graph stay O(m) each.
     */
    private static final class Bfs {
        private final Csr g;
        private final int[] distance;
        private final int[] queue;

        Bfs(Csr g) {
            this.g = g;
            this.distance = new int[g.nodes()];
            this.queue = new int[g.nodes()];
            Arrays.fill(distance, -1);
        }

        /** Sum of hop distances from {@code source} to every node it reaches. */
        long distanceSum(int source) {
            int head = 0;
            int tail = 0;
            long sum = 0;
            distance[source] = 0;
            queue[tail++] = source;
            while (head < tail) {
                int v = queue[head++];
                sum += distance[v];
                for (int k = 0, d = g.degree(v); k < d; k++) {
                    int w = g.neighbour(v, k);
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            for (int i = 0; i < tail; i++) {
                distance[queue[i]] = -1;
            }
            return sum;
        }
    }
}
