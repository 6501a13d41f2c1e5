package clusterlab.metrics;

import clusterlab.network.Csr;
import clusterlab.random.KeyedStream;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;

/**
 * Summary statistics of a collaboration network, exact on small networks and sampled on large
 * ones so that a measurement stays roughly linear in the number of ties. A scope (a region's
 * network, or the nation's) is given by its tied nodes and its count of nodes: the untied ones
 * never need to be visited, so measuring a network of a million ties among millions of actors
 * costs about the ties, not the actors.
 *
 * <ul>
 *   <li>nodes = all actors in scope, isolated ones included; tiedNodes = nodes with
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
 *       400) nodes; otherwise the mean distance of {@code pathSamplePairs} ordered pairs of
 *       distinct component nodes drawn uniformly with replacement, each found by a two-sided
 *       search; avgPathLengthStdError = sd of the pairs' distances / sqrt(pairs).
 *   <li>largestComponentShare = size of the largest connected component / tiedNodes (0 when
 *       tiedNodes = 0). Exact always, by union-find.
 *   <li>sampled = whether either clustering or path length was sampled.
 * </ul>
 *
 * <p>With {@code pathSamplePairs} 0 the path length is not computed (NaN), for callers that
 * measure the costly path statistic less often than the rest. A standard error from a single draw cannot be estimated and is reported as NaN. Sampling
 * draws clustering nodes first, then path pairs, so the result is a function of the graph and
 * the stream's state alone. Among equally large components the one holding the lowest node is
 * taken as the largest.
 */
public final class NetworkStatistics {
    /** All-pairs BFS costs O(n·m), so it is kept to components this small whatever the caller allows. */
    static final int EXACT_PATH_MAX_NODES = 400;

    private final Csr g;
    /** Connected components of the whole graph, shared by every scope measured on it. */
    private final Components sets;
    /** Search arrays over the whole graph, made once and shared by every scope's path sampling. */
    private PathSearch search;

    /**
     * Statistics of parts of {@code g}. A graph whose node ids are actor ids can hold many regions'
     * networks at once (their ties never cross); each scope is measured from its own tied nodes,
     * while the components and search arrays, which cost O(nodes), are made once.
     *
     * @param sets the connected components of {@code g}
     */
    public NetworkStatistics(Csr g, Components sets) {
        this.g = g;
        this.sets = sets;
    }

    /** Statistics of the whole graph: every node in scope, the isolated ones included. */
    public static NetworkSummary of(Csr g, int exactMaxNodes, int clusteringSampleNodes, int pathSamplePairs,
            KeyedStream rng) {
        Components sets = Components.of(g);
        NetworkStatistics stats = new NetworkStatistics(g, sets);
        return stats.measure(stats.tiedNodes(), sets.largest(), g.nodes(), exactMaxNodes, clusteringSampleNodes,
                pathSamplePairs, rng);
    }

    /** The nodes with at least one tie, ascending. */
    public int[] tiedNodes() {
        int tied = 0;
        for (int v = 0; v < g.nodes(); v++) {
            tied += g.degree(v) > 0 ? 1 : 0;
        }
        int[] nodes = new int[tied];
        for (int v = 0, i = 0; v < g.nodes(); v++) {
            if (g.degree(v) > 0) {
                nodes[i++] = v;
            }
        }
        return nodes;
    }

    /**
     * Degree counts of a scope: {@code counts[d]} of its nodes have degree d, the {@code nodes -
     * tied.length} untied ones at 0.
     *
     * @param tied the scope's nodes that have ties, ascending
     * @param nodes all the scope's nodes, tied or not
     */
    public long[] degreeCounts(int[] tied, int nodes) {
        int max = 0;
        for (int v : tied) {
            max = Math.max(max, g.degree(v));
        }
        long[] counts = new long[max + 1];
        counts[0] = nodes - tied.length;
        for (int v : tied) {
            counts[g.degree(v)]++;
        }
        return counts;
    }

    /**
     * Statistics of one scope of the graph: a set of nodes that no tie leaves.
     *
     * @param tied the scope's nodes that have ties, ascending (sampling draws from them in this order)
     * @param largest the scope's largest connected component, the lowest-numbered among equally
     *     large ones ({@link Components#largest}, {@link Components#largestByLabel}); not read
     *     when the scope has no ties
     * @param nodes all the scope's nodes, tied or not
     */
    public NetworkSummary measure(int[] tied, int largest, int nodes, int exactMaxNodes, int clusteringSampleNodes,
            int pathSamplePairs, KeyedStream rng) {
        if (exactMaxNodes < 0 || clusteringSampleNodes < 1 || pathSamplePairs < 0) {
            throw new IllegalArgumentException("need exactMaxNodes >= 0 and sample sizes >= 1 (0 pairs: no paths), got "
                    + exactMaxNodes + ", " + clusteringSampleNodes + ", " + pathSamplePairs);
        }
        long degrees = 0;
        int maxDegree = 0;
        int clusterable = 0;
        for (int v : tied) {
            int d = g.degree(v);
            degrees += d;
            clusterable += d >= 2 ? 1 : 0;
            maxDegree = Math.max(maxDegree, d);
        }
        long ties = degrees / 2;
        int[] degreeTwoPlus = new int[clusterable];
        int filled = 0;
        for (int v : tied) {
            if (g.degree(v) >= 2) {
                degreeTwoPlus[filled++] = v;
            }
        }
        Estimate clustering = mean(degreeTwoPlus, tied.length <= exactMaxNodes, clusteringSampleNodes, rng,
                v -> localClustering(g, v));

        int size = tied.length == 0 ? 0 : sets.size(largest);
        Estimate path;
        if (pathSamplePairs == 0) {
            path = Estimate.NOT_COMPUTED;
        } else if (size < 2) {
            path = Estimate.ZERO;
        } else {
            if (search == null) {
                search = new PathSearch(g);
            }
            int[] component = members(tied, largest, size);
            // Exact: every source reaches the same size-1 nodes, so the mean of per-source means is
            // the mean over all ordered pairs.
            path = size <= Math.min(exactMaxNodes, EXACT_PATH_MAX_NODES)
                    ? mean(component, true, 0, rng, v -> (double) search.distanceSum(v) / (size - 1))
                    : sampled(pathSamplePairs, () -> {
                        int i = rng.below(size);
                        int j = rng.below(size - 1);
                        return search.distance(component[i], component[j >= i ? j + 1 : j]);
                    });
        }

        return new NetworkSummary(
                ties,
                nodes,
                tied.length,
                nodes < 2 ? 0 : 2.0 * ties / ((double) nodes * (nodes - 1)),
                nodes == 0 ? 0 : 2.0 * ties / nodes,
                maxDegree,
                clustering.mean,
                clustering.stdError,
                path.mean,
                path.stdError,
                tied.length == 0 ? 0 : (double) size / tied.length,
                clustering.sampled || path.sampled);
    }

    private record Estimate(double mean, double stdError, boolean sampled) {
        static final Estimate ZERO = new Estimate(0, 0, false);
        static final Estimate NOT_COMPUTED = new Estimate(Double.NaN, Double.NaN, false);
    }

    /**
     * Mean of {@code f} over the whole population when {@code exact}, else over {@code draws}
     * members drawn uniformly with replacement. An empty population has mean 0 and needs no draws.
     */
    private static Estimate mean(int[] population, boolean exact, int draws, KeyedStream rng, IntToDoubleFunction f) {
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
        return sampled(draws, () -> f.applyAsDouble(population[rng.below(population.length)]));
    }

    /** Mean of {@code draws} values from {@code draw}, with its standard error (NaN from one draw). */
    private static Estimate sampled(int draws, DoubleSupplier draw) {
        // Welford's update: values can be large and close together (path lengths), where the
        // sum-of-squares shortcut loses precision.
        double mean = 0;
        double squares = 0;
        for (int i = 1; i <= draws; i++) {
            double x = draw.getAsDouble();
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

    /** Nodes of component {@code c} among the scope's tied nodes, ascending. */
    private int[] members(int[] tied, int c, int size) {
        int[] members = new int[size];
        int filled = 0;
        for (int v : tied) {
            if (sets.of(v) == c) {
                members[filled++] = v;
            }
        }
        return members;
    }
}
