package clusterlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TiedActorsTest {
    @Test
    void tiedActorsAreNumberedInIdOrderAndOthersHaveNoNode() {
        TieTable ties = new TieTable();
        // Ids straddle 64-bit words, so the per-word counts are exercised.
        int[][] pairs = {{3, 700}, {64, 3}, {129, 130}, {700, 65}, {5000, 2}};
        TreeSet<Integer> tied = new TreeSet<>();
        for (int[] p : pairs) {
            ties.touch(p[0], 0, p[1], 0, 0);
            tied.add(p[0]);
            tied.add(p[1]);
        }
        TiedActors actors = TiedActors.of(6000, ties);
        assertEquals(tied.size(), actors.size());
        int node = 0;
        for (int id : tied) {
            assertEquals(node, actors.node(id), "node of actor " + id);
            assertEquals(id, actors.actor(node));
            node++;
        }
        for (int id : new int[] {0, 1, 4, 63, 66, 128, 131, 699, 4999, 5999, 10_000}) {
            assertEquals(-1, actors.node(id), "untied actor " + id);
        }
    }

    @Test
    void adjacencyGivesPartnersByActorIdInAscendingOrder() {
        TieTable ties = new TieTable();
        ties.touch(900, 1, 10, 0, 0);
        ties.touch(10, 0, 300, 0, 0);
        ties.touch(10, 0, 70, 0, 0);
        TiedActors actors = TiedActors.of(1000, ties);
        int[] a = new int[ties.size()];
        int[] b = new int[ties.size()];
        for (int i = 0; i < ties.size(); i++) {
            a[i] = actors.node(ties.a(i));
            b[i] = actors.node(ties.b(i));
        }
        Adjacency adjacency = new Adjacency(Csr.of(actors.size(), a, b, ties.size()), actors);
        assertEquals(3, adjacency.degree(10));
        assertEquals(70, adjacency.partner(10, 0));
        assertEquals(300, adjacency.partner(10, 1));
        assertEquals(900, adjacency.partner(10, 2));
        assertEquals(0, adjacency.degree(11));
        assertEquals(0, adjacency.degree(5000), "an actor newer than the network");
    }
}
