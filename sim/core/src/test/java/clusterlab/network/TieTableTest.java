package clusterlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ties as parallel arrays with a pair index; removal by swapping the last tie in. */
class TieTableTest {
    /** The unordered pair {x, y} as a long, smaller id first. */
    private static long pair(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    @Test
    void touchCreatesOnceThenRefreshesLastUsed() {
        TieTable t = new TieTable();
        assertTrue(t.touch(3, 0, 8, 1, 5));
        assertEquals(1, t.size());
        assertEquals(5, t.lastUsed(0));
        // Same pair, either orientation: no new tie, only a refreshed date.
        assertFalse(t.touch(3, 0, 8, 1, 9));
        assertFalse(t.touch(8, 1, 3, 0, 12));
        assertEquals(1, t.size());
        assertEquals(12, t.lastUsed(0));
    }

    @Test
    void endsAreStoredSmallerIdFirstWithTheirRegions() {
        TieTable t = new TieTable();
        t.touch(20, 7, 4, 2, 0);  // given larger id first
        assertEquals(4, t.a(0));
        assertEquals(20, t.b(0));
        // Regions follow their actors when the ends are swapped.
        assertEquals(2, t.regionA(0));
        assertEquals(7, t.regionB(0));
    }

    @Test
    void containsIsSymmetricAndExact() {
        TieTable t = new TieTable();
        t.touch(1, 0, 2, 0, 0);
        t.touch(2, 0, 3, 0, 0);
        assertTrue(t.contains(1, 2));
        assertTrue(t.contains(2, 1));
        assertTrue(t.contains(3, 2));
        assertFalse(t.contains(1, 3), "no transitive ties");
        assertFalse(t.contains(1, 1));
    }

    @Test
    void selfTiesAreRefused() {
        TieTable t = new TieTable();
        assertThrows(IllegalArgumentException.class, () -> t.touch(4, 0, 4, 0, 0));
        assertEquals(0, t.size());
    }

    @Test
    void removeSwapsTheLastTieInWithAllItsData() {
        TieTable t = new TieTable();
        t.touch(1, 10, 2, 20, 100);
        t.touch(3, 30, 4, 40, 200);
        t.touch(5, 50, 6, 60, 300);
        t.remove(0);
        assertEquals(2, t.size());
        assertFalse(t.contains(1, 2));
        // The last tie (5-6) moved into slot 0 with its regions and date.
        assertEquals(5, t.a(0));
        assertEquals(6, t.b(0));
        assertEquals(50, t.regionA(0));
        assertEquals(60, t.regionB(0));
        assertEquals(300, t.lastUsed(0));
        // The index follows the move: touching 5-6 refreshes slot 0 rather than adding a tie.
        assertFalse(t.touch(6, 60, 5, 50, 400));
        assertEquals(400, t.lastUsed(0));
        assertEquals(2, t.size());
        // Removing the last tie moves nothing.
        t.remove(1);
        assertEquals(1, t.size());
        assertFalse(t.contains(3, 4));
        assertTrue(t.contains(5, 6));
    }

    @Test
    void removedTieCanBeCreatedAgain() {
        TieTable t = new TieTable();
        t.touch(1, 0, 2, 0, 0);
        t.remove(0);
        assertTrue(t.touch(2, 0, 1, 0, 7), "a removed tie is new when touched again");
        assertEquals(7, t.lastUsed(0));
    }

    @Test
    void randomAddsAndRemovesMatchASetModel() {
        // 10 000 random operations over 300 actors (about 45 000 possible pairs, so pairs recur),
        // checked against java.util collections after every operation's effect and in full at
        // intervals. The table grows past its initial 64 slots and its index rehashes many times.
        Random rnd = new Random(20240601L);
        TieTable t = new TieTable();
        Set<Long> model = new HashSet<>();
        Map<Long, Integer> lastUsed = new HashMap<>();
        for (int op = 0; op < 10_000; op++) {
            if (t.size() > 0 && rnd.nextInt(100) < 35) {
                int victim = rnd.nextInt(t.size());
                long p = pair(t.a(victim), t.b(victim));
                assertTrue(model.remove(p));
                t.remove(victim);
                lastUsed.remove(p);
                assertFalse(t.contains((int) (p >>> 32), (int) p));
            } else {
                int x = rnd.nextInt(300);
                int y = rnd.nextInt(300);
                if (x == y) {
                    continue;
                }
                boolean created = t.touch(x, x % 9, y, y % 9, op);
                assertEquals(model.add(pair(x, y)), created, "op " + op);
                lastUsed.put(pair(x, y), op);
            }
            assertEquals(model.size(), t.size());
            if (op % 500 == 0 || op == 9_999) {
                assertConsistent(t, model, lastUsed);
            }
        }
        // Every possible pair: contains agrees with the model (catches stale index entries).
        for (int x = 0; x < 300; x++) {
            for (int y = x + 1; y < 300; y++) {
                assertEquals(model.contains(pair(x, y)), t.contains(x, y), x + "-" + y);
            }
        }
    }

    @Test
    void removingEveryTieInRandomOrderEmptiesTheIndex() {
        Random rnd = new Random(7);
        TieTable t = new TieTable();
        List<long[]> pairs = new ArrayList<>();
        for (int x = 0; x < 60; x++) {
            for (int y = x + 1; y < 60; y += 3) {
                t.touch(x, 0, y, 0, 0);
                pairs.add(new long[] {x, y});
            }
        }
        while (t.size() > 0) {
            t.remove(rnd.nextInt(t.size()));
        }
        for (long[] p : pairs) {
            assertFalse(t.contains((int) p[0], (int) p[1]));
        }
    }

    private static void assertConsistent(TieTable t, Set<Long> model, Map<Long, Integer> lastUsed) {
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < t.size(); k++) {
            int a = t.a(k);
            int b = t.b(k);
            assertTrue(a < b, "ends out of order in tie " + k);
            long p = pair(a, b);
            assertTrue(seen.add(p), "duplicate tie " + a + "-" + b);
            assertTrue(model.contains(p), "tie not in model " + a + "-" + b);
            assertEquals(a % 9, t.regionA(k));
            assertEquals(b % 9, t.regionB(k));
            assertEquals(lastUsed.get(p), t.lastUsed(k));
            assertTrue(t.contains(a, b));
        }
        assertEquals(model, seen);
    }
}
