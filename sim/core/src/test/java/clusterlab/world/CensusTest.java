package clusterlab.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.firms.FirmTable;
import clusterlab.parallel.TwoThreads;
import org.junit.jupiter.api.Test;

/** Live firm rows grouped by region, with counts by region and field. */
class CensusTest {
    @Test
    void rowsOfARegionBelongToItAndCountsMatch() {
        World w = WorldBuilder.build(SmallWorlds.baselineSmall(), 1.0, 3);
        w.census.rebuild(w.firms);
        assertCensusMatchesTable(w);
        for (int g = 0; g < w.regions.length; g++) {
            assertEquals(SmallWorlds.FIRMS[g], w.census.firms(g));
        }
    }

    @Test
    void deadFirmsAreLeftOutEvenBeforeCompaction() {
        World w = WorldBuilder.build(SmallWorlds.baselineSmall(), 1.0, 3);
        FirmTable t = w.firms;
        int killed = 0;
        for (int r = 0; r < t.size(); r += 3) {
            t.kill(r);
            killed++;
        }
        w.census.rebuild(t);
        assertCensusMatchesTable(w);
        int total = 0;
        for (int g = 0; g < w.regions.length; g++) {
            total += w.census.firms(g);
        }
        assertEquals(t.size() - killed, total);
        // After compaction the rows move; a rebuild still agrees with the table.
        t.compact();
        w.census.rebuild(t);
        assertCensusMatchesTable(w);
    }

    @Test
    void halvesCountedOnTwoThreadsGiveTheSameCensus() {
        World w = WorldBuilder.build(SmallWorlds.baselineSmall(), 1.0, 3);
        for (int r = 0; r < w.firms.size(); r += 5) {
            w.firms.kill(r);
        }
        w.census.rebuild(w.firms, TwoThreads.SIDE_BY_SIDE);
        assertCensusMatchesTable(w);
    }

    @Test
    void rebuildReplacesTheOldCounts() {
        World w = WorldBuilder.build(SmallWorlds.baselineSmall(), 1.0, 3);
        w.census.rebuild(w.firms);
        // Kill all of region 2 (tokyo): a second rebuild must show zero there, not keep 303.
        for (int r = 0; r < w.firms.size(); r++) {
            if (w.firms.region[r] == 2) {
                w.firms.kill(r);
            }
        }
        w.census.rebuild(w.firms);
        assertEquals(0, w.census.firms(2));
        for (int f = 0; f < w.fields.size(); f++) {
            assertEquals(0, w.census.firms(2, f));
        }
        assertEquals(SmallWorlds.FIRMS[3], w.census.firms(3));
        assertCensusMatchesTable(w);
    }

    @Test
    void handBuiltTable() {
        // Census is independent of the builder: three regions, two fields, one dead firm.
        FirmTable t = new FirmTable(8);
        t.add(1, 2, 0, (byte) 0);
        t.add(2, 0, 1, (byte) 0);
        t.add(3, 2, 1, (byte) 0);
        t.add(4, 2, 1, (byte) 0);
        t.add(5, 0, 0, (byte) 0);
        t.kill(3);  // firm 4
        Census c = new Census(3, 2);
        c.rebuild(t);
        assertEquals(2, c.firms(0));
        assertEquals(0, c.firms(1));
        assertEquals(2, c.firms(2));
        assertEquals(1, c.firms(2, 0));
        assertEquals(1, c.firms(2, 1));
        // Rows in row order within a region: region 0 has rows 1 and 4, region 2 rows 0 and 2.
        assertEquals(1, c.row(0, 0));
        assertEquals(4, c.row(0, 1));
        assertEquals(0, c.row(2, 0));
        assertEquals(2, c.row(2, 1));
    }

    private static void assertCensusMatchesTable(World w) {
        FirmTable t = w.firms;
        Census c = w.census;
        boolean[] listed = new boolean[t.size()];
        for (int g = 0; g < w.regions.length; g++) {
            int n = c.firms(g);
            int byField = 0;
            int[] fieldCount = new int[w.fields.size()];
            for (int f = 0; f < w.fields.size(); f++) {
                byField += c.firms(g, f);
            }
            assertEquals(n, byField, "field counts of region " + g + " add up to its firms");
            int prev = -1;
            for (int k = 0; k < n; k++) {
                int row = c.row(g, k);
                assertEquals(g, t.region[row], "row " + row + " listed under region " + g);
                assertTrue(t.alive(row), "dead row " + row + " listed");
                assertTrue(row > prev, "rows in row order");
                assertTrue(!listed[row], "row listed twice");
                listed[row] = true;
                fieldCount[t.field[row]]++;
                prev = row;
            }
            for (int f = 0; f < w.fields.size(); f++) {
                assertEquals(fieldCount[f], c.firms(g, f), "region " + g + " field " + f);
            }
        }
        for (int r = 0; r < t.size(); r++) {
            assertEquals(t.alive(r), listed[r], "every live row is listed exactly once: row " + r);
        }
    }
}
