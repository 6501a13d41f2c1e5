package clusterlab.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.parallel.TwoThreads;
import org.junit.jupiter.api.Test;

class CsrTest {
    /** Ties given in scrambled order and orientation, so sorting is really exercised. */
    private static final Csr G = Csr.of(6,
            new int[] {4, 0, 3, 2, 0, 5, 9},
            new int[] {0, 2, 0, 1, 1, 4, 9},
            6);

    private static int[] row(Csr g, int v) {
        int[] r = new int[g.degree(v)];
        for (int k = 0; k < r.length; k++) {
            r[k] = g.neighbour(v, k);
        }
        return r;
    }

    @Test
    void countsNodesEdgesAndDegrees() {
        assertEquals(6, G.nodes());
        assertEquals(6, G.edges());
        assertArrayEquals(new int[] {4, 2, 2, 1, 2, 1},
                new int[] {G.degree(0), G.degree(1), G.degree(2), G.degree(3), G.degree(4), G.degree(5)});
    }

    @Test
    void neighbourListsAreSortedAscending() {
        assertArrayEquals(new int[] {1, 2, 3, 4}, row(G, 0));
        assertArrayEquals(new int[] {0, 2}, row(G, 1));
        assertArrayEquals(new int[] {0, 1}, row(G, 2));
        assertArrayEquals(new int[] {0}, row(G, 3));
        assertArrayEquals(new int[] {0, 5}, row(G, 4));
        assertArrayEquals(new int[] {4}, row(G, 5));
    }

    @Test
    void adjacencyIsSymmetric() {
        assertTrue(G.adjacent(0, 4));
        assertTrue(G.adjacent(4, 0));
        assertTrue(G.adjacent(5, 4));
        assertFalse(G.adjacent(3, 5));
        assertFalse(G.adjacent(1, 1));
    }

    @Test
    void emptyGraphsAreAllowed() {
        Csr none = Csr.of(0, new int[0], new int[0], 0);
        assertEquals(0, none.nodes());
        assertEquals(0, none.edges());
        Csr isolated = Csr.of(3, new int[] {0}, new int[] {1}, 0);
        assertEquals(0, isolated.degree(2));
        assertFalse(isolated.adjacent(0, 1));
    }

    @Test
    void rejectsBadInput() {
        int[] a = {0, 1};
        int[] b = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> Csr.of(-1, a, b, 0));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(3, a, b, -1));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(3, a, b, 3));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(2, a, b, 2));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(3, new int[] {-1}, new int[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(3, new int[] {2}, new int[] {2}, 1));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(3, new int[] {0, 1}, new int[] {1, 0}, 2));
    }

    @Test
    void neighbourIndexIsCheckedAgainstTheRow() {
        assertThrows(IndexOutOfBoundsException.class, () -> G.neighbour(3, 1));
    }

    @Test
    void sameLabelKeepsExactlyTheTiesWithinALabel() {
        // Labels: nodes 0, 1, 2 in group 7; 3, 4, 5 in group 8.
        Csr within = G.sameLabel(new int[] {7, 7, 7, 8, 8, 8});
        assertEquals(6, within.nodes());
        assertEquals(4, within.edges());
        assertArrayEquals(new int[] {1, 2}, row(within, 0));
        assertArrayEquals(new int[] {0, 2}, row(within, 1));
        assertArrayEquals(new int[] {}, row(within, 3));
        assertArrayEquals(new int[] {5}, row(within, 4));
        assertFalse(within.adjacent(0, 3));
    }

    @Test
    void theTwoSidedBuildOnTwoThreadsEqualsTheSequentialOne() {
        RandomTies ties = RandomTies.draw(3, 3000, 7000, 0, 1);
        Csr sequential = ties.graph();
        Csr parallel = Csr.of(ties.nodes, ties.a, ties.b, ties.a.length, TwoThreads.SIDE_BY_SIDE);
        assertEquals(sequential.edges(), parallel.edges());
        for (int v = 0; v < ties.nodes; v++) {
            assertArrayEquals(row(sequential, v), row(parallel, v), "row " + v);
        }
    }
}
