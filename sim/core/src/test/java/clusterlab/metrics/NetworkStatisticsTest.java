package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.network.Csr;
import clusterlab.random.KeyedStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkStatisticsTest {
    private static final double EPS = 1e-12;

    /** A graph from a flat list of endpoint pairs. */
    private static Csr graph(int nodes, int... pairs) {
        int m = pairs.length / 2;
        int[] a = new int[m];
        int[] b = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = pairs[2 * i];
            b[i] = pairs[2 * i + 1];
        }
        return Csr.of(nodes, a, b, m);
    }

    /** Exact statistics: small graphs stay under every limit. */
    private static NetworkSummary exact(Csr g) {
        return NetworkStatistics.of(g, 1_000_000, 400, 40, new KeyedStream(1L));
    }

    @Test
    void triangle() {
        NetworkSummary s = exact(graph(3, 0, 1, 1, 2, 2, 0));
        assertEquals(new NetworkSummary(3, 3, 3, 1.0, 2.0, 2, 1.0, 0, 1.0, 0, 1.0, false), s);
    }

    @Test
    void pathOfFourNodes() {
        NetworkSummary s = exact(graph(4, 0, 1, 1, 2, 2, 3));
        assertEquals(0.5, s.density(), EPS);
        assertEquals(1.5, s.meanDegree(), EPS);
        assertEquals(0.0, s.clustering(), EPS);
        // Distances 1,2,3,1,2,1 over 6 pairs, each counted in both directions.
        assertEquals(20.0 / 12, s.avgPathLength(), EPS);
        assertEquals(1.0, s.largestComponentShare(), EPS);
    }

    @Test
    void starWithFiveLeaves() {
        NetworkSummary s = exact(graph(6, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5));
        int leaves = 5;
        // Centre-leaf: 2L ordered pairs at 1 hop; leaf-leaf: L(L-1) ordered pairs at 2 hops.
        double expected = (2.0 * leaves * 1 + leaves * (leaves - 1) * 2.0) / (2 * leaves + leaves * (leaves - 1));
        assertEquals(expected, s.avgPathLength(), EPS);
        assertEquals(5.0 / 3, s.avgPathLength(), EPS);
        assertEquals(0.0, s.clustering(), EPS);
        assertEquals(1.0 / 3, s.density(), EPS);
        assertEquals(5, s.maxDegree());
    }

    @Test
    void degreeOneNodesAreLeftOutOfClustering() {
        // Triangle 0-1-2 with a pendant 3 on node 2: locals 1, 1, 1/3; node 3 does not count.
        NetworkSummary s = exact(graph(4, 0, 1, 1, 2, 2, 0, 2, 3));
        assertEquals(7.0 / 9, s.clustering(), EPS);
        assertEquals(16.0 / 12, s.avgPathLength(), EPS);
    }

    @Test
    void twoTrianglesAndTwoIsolatedNodes() {
        NetworkSummary s = exact(graph(8, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3));
        assertEquals(8, s.nodes());
        assertEquals(6, s.tiedNodes());
        assertEquals(6.0 / 28, s.density(), EPS);
        assertEquals(1.5, s.meanDegree(), EPS);
        assertEquals(0.5, s.largestComponentShare(), EPS);
        assertEquals(1.0, s.clustering(), EPS);
        assertEquals(1.0, s.avgPathLength(), EPS);
    }

    @Test
    void completeGraphK5() {
        NetworkSummary s = exact(graph(5, 0, 1, 0, 2, 0, 3, 0, 4, 1, 2, 1, 3, 1, 4, 2, 3, 2, 4, 3, 4));
        assertEquals(new NetworkSummary(10, 5, 5, 1.0, 4.0, 4, 1.0, 0, 1.0, 0, 1.0, false), s);
    }

    @Test
    void graphsWithoutTiesAreAllZero() {
        assertEquals(new NetworkSummary(0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, false), exact(graph(3)));
        assertEquals(new NetworkSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false), exact(graph(0)));
    }

    @Test
    void sampledBranchOnASmallGraphGivesKnownValues() {
        Csr k5 = graph(5, 0, 1, 0, 2, 0, 3, 0, 4, 1, 2, 1, 3, 1, 4, 2, 3, 2, 4, 3, 4);
        NetworkSummary s = NetworkStatistics.of(k5, 2, 10, 10, new KeyedStream(7L));
        assertTrue(s.sampled());
        assertEquals(1.0, s.clustering(), EPS);
        assertEquals(0.0, s.clusteringStdError(), EPS);
        assertEquals(1.0, s.avgPathLength(), EPS);
        // One source leaves nothing to estimate the spread from.
        assertTrue(Double.isNaN(NetworkStatistics.of(k5, 2, 10, 1, new KeyedStream(7L)).avgPathLengthStdError()));
    }

    /**
     * A ring with mostly short ties (high clustering) and some long ones (short paths), 3000
     * nodes and 9000 distinct ties, drawn from one stream.
     */
    private static Csr smallWorld() {
        return clusterlab.network.RandomTies.draw(12345L, 3000, 9000, 0.9, 10).graph();
    }

    /**
     * Reference mean path length in the largest component, written independently: BFS from
     * every node; the largest component's nodes are those reaching the most nodes.
     */
    private static double allPairsPathLength(Csr g) {
        int n = g.nodes();
        long[] sum = new long[n];
        int[] reached = new int[n];
        int[] dist = new int[n];
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(dist, -1);
            dist[s] = 0;
            queue[0] = s;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                sum[s] += dist[v];
                for (int k = 0; k < g.degree(v); k++) {
                    int w = g.neighbour(v, k);
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            reached[s] = tail;
        }
        int size = Arrays.stream(reached).max().orElseThrow();
        long total = 0;
        for (int s = 0; s < n; s++) {
            total += reached[s] == size ? sum[s] : 0;
        }
        return (double) total / ((double) size * (size - 1));
    }

    @Test
    void samplesAgreeWithExactValuesWithinTheirStandardErrors() {
        Csr g = smallWorld();
        NetworkSummary full = NetworkStatistics.of(g, Integer.MAX_VALUE, 400, 40, new KeyedStream(99L));
        assertEquals(0.0, full.clusteringStdError());
        double pathLength = allPairsPathLength(g);

        NetworkSummary s = NetworkStatistics.of(g, 100, 400, 40, new KeyedStream(99L));
        assertTrue(s.sampled());
        assertTrue(s.clusteringStdError() > 0);
        assertTrue(s.avgPathLengthStdError() > 0);
        assertEquals(full.clustering(), s.clustering(), 4 * s.clusteringStdError());
        assertEquals(pathLength, s.avgPathLength(), 4 * s.avgPathLengthStdError());
        // What sampling must not change.
        assertEquals(full.ties(), s.ties());
        assertEquals(full.tiedNodes(), s.tiedNodes());
        assertEquals(full.density(), s.density());
        assertEquals(full.maxDegree(), s.maxDegree());
        assertEquals(full.largestComponentShare(), s.largestComponentShare());

        assertEquals(s, NetworkStatistics.of(g, 100, 400, 40, new KeyedStream(99L)));
    }

    @Test
    void exactStatisticsDoNotSample() {
        assertFalse(exact(graph(4, 0, 1, 1, 2, 2, 3)).sampled());
    }

    @org.junit.jupiter.api.Test
    void zeroPathSourcesSkipsPathsAndAnEarlierMeasurementFillsThem() {
        clusterlab.network.Csr g = clusterlab.network.Csr.of(3, new int[] {0, 1}, new int[] {1, 2}, 2);
        NetworkSummary skipped = NetworkStatistics.of(g, 1000, 10, 0, new clusterlab.random.KeyedStream(1));
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(skipped.avgPathLength()));
        NetworkSummary measured = NetworkStatistics.of(g, 1000, 10, 5, new clusterlab.random.KeyedStream(1));
        // A path of 3 nodes: distances 1, 1, 2 each way, mean 4/3.
        org.junit.jupiter.api.Assertions.assertEquals(4.0 / 3.0, measured.avgPathLength(), 1e-12);
        org.junit.jupiter.api.Assertions.assertEquals(4.0 / 3.0, skipped.withPathsOf(measured).avgPathLength(), 1e-12);
        org.junit.jupiter.api.Assertions.assertEquals(measured.clustering(), skipped.withPathsOf(measured).clustering());
    }

    @Test
    void aScopeOfALargerGraphMeasuresAsTheGraphAlone() {
        // Nodes 0-3: a path; nodes 4-8: a triangle with a tail; two isolated nodes belong to the second scope.
        Csr both = graph(9, 0, 1, 1, 2, 2, 3, 4, 5, 5, 6, 6, 4, 6, 7);
        Csr alone = graph(7, 0, 1, 1, 2, 2, 0, 2, 3);
        Components sets = Components.of(both);
        NetworkStatistics stats = new NetworkStatistics(both, sets);
        NetworkSummary scoped = stats.measure(new int[] {4, 5, 6, 7}, sets.of(4), 7, 1_000_000, 400, 40, new KeyedStream(1L));
        assertEquals(exact(alone), scoped);
        assertEquals(List.of(3L, 1L, 2L, 1L), Arrays.stream(stats.degreeCounts(new int[] {4, 5, 6, 7}, 7)).boxed().toList());
    }
}
