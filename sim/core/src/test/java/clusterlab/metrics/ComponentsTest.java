package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clusterlab.network.Csr;
import clusterlab.network.RandomTies;
import clusterlab.parallel.TwoThreads;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComponentsTest {
    /** Component label of every node by flood fill, written independently of the disjoint sets. */
    private static int[] floodLabels(Csr g) {
        int[] label = new int[g.nodes()];
        Arrays.fill(label, -1);
        int[] stack = new int[g.nodes()];
        for (int s = 0; s < g.nodes(); s++) {
            if (label[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            label[s] = s;
            while (top > 0) {
                int v = stack[--top];
                for (int k = 0; k < g.degree(v); k++) {
                    int w = g.neighbour(v, k);
                    if (label[w] < 0) {
                        label[w] = s;
                        stack[top++] = w;
                    }
                }
            }
        }
        return label;
    }

    /** Sparse (many small sets), near the threshold, and past it (one giant set), some ties local. */
    @ParameterizedTest
    @CsvSource({"5, 300, 0", "6, 250, 0.5", "7, 700, 0", "8, 1500, 0.3"})
    void labelsAreTheConnectedComponentsWithTheirSizes(long seed, int ties, double nearShare) {
        int n = 500;
        Csr g = RandomTies.draw(seed, n, ties, nearShare, 3).graph();
        Components sets = Components.of(g);
        int[] label = floodLabels(g);
        int[] sizeOfLabel = new int[n];
        for (int v = 0; v < n; v++) {
            sizeOfLabel[label[v]]++;
        }
        int lastComponent = -1;
        for (int u = 0; u < n; u++) {
            assertEquals(sizeOfLabel[label[u]], sets.size(sets.of(u)), "size of the component of " + u);
            for (int v = u + 1; v < n; v += 7) {
                assertEquals(label[u] == label[v], sets.of(u) == sets.of(v), u + " and " + v);
            }
            // Components are numbered in order of their lowest node: a node that starts one (its
            // flood label is itself) opens the next number.
            if (label[u] == u) {
                assertEquals(lastComponent + 1, sets.of(u));
                lastComponent = sets.of(u);
            }
        }
        assertEquals(Arrays.stream(sizeOfLabel).filter(c -> c > 0).count(), lastComponent + 1);
    }

    /** Node v's part in the two-part tests: five labels, interleaved over the node numbers. */
    private static int label(int v) {
        return (v * 7 + v / 3) % 5;
    }

    /**
     * Ties of a random graph split by whether their ends share a label: {@code [0]} within labels,
     * {@code [1]} between them.
     */
    private static int[][][] splitByLabel(RandomTies ties) {
        int within = 0;
        for (int i = 0; i < ties.a.length; i++) {
            within += label(ties.a[i]) == label(ties.b[i]) ? 1 : 0;
        }
        int[][][] split = {{new int[within], new int[within]}, {new int[ties.a.length - within], new int[ties.a.length - within]}};
        int[] filled = new int[2];
        for (int i = 0; i < ties.a.length; i++) {
            int part = label(ties.a[i]) == label(ties.b[i]) ? 0 : 1;
            split[part][0][filled[part]] = ties.a[i];
            split[part][1][filled[part]++] = ties.b[i];
        }
        return split;
    }

    private static void assertSameComponents(Components expected, Components actual, int n) {
        for (int v = 0; v < n; v++) {
            assertEquals(expected.of(v), actual.of(v), "component of " + v);
            assertEquals(expected.size(expected.of(v)), actual.size(actual.of(v)), "size of the component of " + v);
        }
        assertEquals(expected.largest(), actual.largest());
    }

    /** The largest component among the nodes with this label, by a walk over the nodes; -1 if none. */
    private static int largestAmong(Components sets, int[] labels, int label) {
        int best = -1;
        for (int v = 0; v < labels.length; v++) {
            if (labels[v] == label && (best < 0 || sets.size(sets.of(v)) > sets.size(best))) {
                best = sets.of(v);
            }
        }
        return best;
    }

    @ParameterizedTest
    @CsvSource({"21, 300", "22, 900", "23, 2500"})
    void theLargestComponentOfEachLabelIsTheOneAWalkOverItsNodesFinds(long seed, int ties) {
        int n = 800;
        int[][][] split = splitByLabel(RandomTies.draw(seed, n, ties, 0.2, 5));
        Components sets = Components.of(Csr.of(n, split[0][0], split[0][1], split[0][0].length));
        int[] labels = new int[n];
        Arrays.setAll(labels, ComponentsTest::label);
        int[] largest = sets.largestByLabel(labels, 6);
        for (int l = 0; l < 6; l++) {
            assertEquals(largestAmong(sets, labels, l), largest[l], "label " + l);
        }
        assertEquals(-1, largest[5]);
        assertEquals(largestAmong(sets, new int[n], 0), sets.largest());
    }

    @ParameterizedTest
    @CsvSource({"11, 600", "12, 2500"})
    void twoPartsJoinedUpSideBySideGiveTheComponentsOfTheWhole(long seed, int ties) {
        int n = 800;
        int[][][] split = splitByLabel(RandomTies.draw(seed, n, ties, 0.2, 5));
        Csr g = Csr.of(n, split[0][0], split[0][1], split[0][0].length);
        int[] labels = new int[n];
        Arrays.setAll(labels, ComponentsTest::label);
        assertSameComponents(Components.of(g), Components.of(g, labels, 2, TwoThreads.SIDE_BY_SIDE), n);
    }

    @ParameterizedTest
    @CsvSource({"13, 600", "14, 2500"})
    void componentsJoinedByExtraTiesAreThoseOfTheGraphWithThem(long seed, int ties) {
        int n = 800;
        RandomTies all = RandomTies.draw(seed, n, ties, 0.2, 5);
        int[][][] split = splitByLabel(all);
        Components parts = Components.of(Csr.of(n, split[0][0], split[0][1], split[0][0].length));
        Components joined = Components.joined(parts, split[1][0], split[1][1], split[1][0].length);
        assertSameComponents(Components.of(all.graph()), joined, n);
    }
}
