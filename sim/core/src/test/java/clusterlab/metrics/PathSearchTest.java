package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clusterlab.network.Csr;
import clusterlab.network.RandomTies;
import clusterlab.random.KeyedStream;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathSearchTest {
    /** A sparse random graph (mean degree about 2.4): long, irregular paths and many components. */
    private static Csr sparse(long seed, int n) {
        return RandomTies.draw(seed, n, (int) (1.2 * n), 0.8, 4).graph();
    }

    /** Hop distances from {@code s} by a plain one-sided search, written independently (-1: unreached). */
    private static int[] distancesFrom(Csr g, int s) {
        int[] dist = new int[g.nodes()];
        Arrays.fill(dist, -1);
        int[] queue = new int[g.nodes()];
        dist[s] = 0;
        queue[0] = s;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int k = 0; k < g.degree(v); k++) {
                int w = g.neighbour(v, k);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return dist;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void twoSidedDistancesEqualOneSidedOnes(long seed) {
        Csr g = sparse(seed, 2000);
        PathSearch search = new PathSearch(g);
        KeyedStream rng = new KeyedStream(seed + 100);
        int checked = 0;
        for (int k = 0; k < 60; k++) {
            int s = rng.below(g.nodes());
            int[] dist = distancesFrom(g, s);
            long sum = 0;
            for (int d : dist) {
                sum += Math.max(d, 0);
            }
            assertEquals(sum, search.distanceSum(s), "distance sum from " + s);
            for (int j = 0; j < 20; j++) {
                int t = rng.below(g.nodes());
                if (dist[t] >= 0) {
                    assertEquals(dist[t], search.distance(s, t), s + " to " + t);
                    checked++;
                }
            }
        }
        // The sparse graphs' paths are long, so the two-sided stopping rule is really exercised.
        assertEquals(true, checked > 500, "pairs checked: " + checked);
    }

    @Test
    void nodesInDifferentComponentsAreRefused() {
        Csr g = Csr.of(4, new int[] {0, 2}, new int[] {1, 3}, 2);
        assertThrows(IllegalArgumentException.class, () -> new PathSearch(g).distance(0, 3));
    }
}
