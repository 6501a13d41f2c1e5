package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clusterlab.network.Csr;
import clusterlab.network.RandomTies;
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
}
