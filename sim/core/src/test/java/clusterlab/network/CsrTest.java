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
    void withoutDropsExactlyTheGivenTiesInEitherOrientation() {
        Csr less = G.without(new int[] {0, 5}, new int[] {3, 4}, 2);
        assertEquals(6, less.nodes());
        assertEquals(4, less.edges());
        assertArrayEquals(new int[] {1, 2, 4}, row(less, 0));
        assertArrayEquals(new int[] {0, 2}, row(less, 1));
        assertArrayEquals(new int[] {}, row(less, 3));
        assertArrayEquals(new int[] {0}, row(less, 4));
        assertArrayEquals(new int[] {}, row(less, 5));
        assertFalse(less.adjacent(0, 3));
    }

    @Test
    void withoutEqualsTheGraphBuiltFromTheRemainingTies() {
        RandomTies ties = RandomTies.draw(5, 2000, 6000, 0.5, 20);
        int gone = 700;
        // Every eighth tie goes, the first orientation of some and the second of others.
        int[] ga = new int[gone];
        int[] gb = new int[gone];
        int[] ka = new int[ties.a.length - gone];
        int[] kb = new int[ties.a.length - gone];
        for (int i = 0, g = 0, k = 0; i < ties.a.length; i++) {
            if (i % 8 == 3 && g < gone) {
                boolean flipped = g % 2 == 1;
                ga[g] = flipped ? ties.b[i] : ties.a[i];
                gb[g] = flipped ? ties.a[i] : ties.b[i];
                g++;
            } else {
                ka[k] = ties.a[i];
                kb[k++] = ties.b[i];
            }
        }
        Csr less = ties.graph().without(ga, gb, gone);
        Csr expected = Csr.of(ties.nodes, ka, kb, ka.length);
        assertEquals(expected.edges(), less.edges());
        for (int v = 0; v < ties.nodes; v++) {
            assertArrayEquals(row(expected, v), row(less, v), "row " + v);
        }
    }

    @Test
    void withoutRefusesATieTheGraphLacksOrOneListedTwice() {
        assertThrows(IllegalArgumentException.class, () -> G.without(new int[] {3}, new int[] {4}, 1));
        assertThrows(IllegalArgumentException.class, () -> G.without(new int[] {0, 3}, new int[] {3, 0}, 2));
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
