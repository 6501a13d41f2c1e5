package clusterlab.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The structure-of-arrays firm table: sorted ids, row lookup, kill and compaction. */
class FirmTableTest {
    /**
     * Fills every column of a row with a value derived from the firm id, so that after rows move
     * each column can be checked against the id it must still belong to.
     */
    private static void stamp(FirmTable t, int row) {
        int id = t.id[row];
        t.employees[row] = id + 0.1;
        t.capability[row] = id + 0.2;
        t.absorptive[row] = id + 0.3;
        t.cash[row] = id + 0.4;
        t.sales[row] = id + 0.5;
        t.debt[row] = id + 0.6;
        t.repayment[row] = id + 0.7;
        t.ageMonths[row] = id + 1;
        t.lossMonths[row] = id + 2;
        t.incubatedMonths[row] = id + 3;
        t.set(row, (id & 1) == 0 ? FirmTable.STARTUP : FirmTable.VC_BACKED, true);
    }

    private static void assertRowIsFirm(FirmTable t, int row, int id) {
        assertEquals(id, t.id[row]);
        assertEquals(id % 5, t.region[row], "region of " + id);
        assertEquals(id % 3, t.field[row], "field of " + id);
        assertEquals(id + 0.1, t.employees[row]);
        assertEquals(id + 0.2, t.capability[row]);
        assertEquals(id + 0.3, t.absorptive[row]);
        assertEquals(id + 0.4, t.cash[row]);
        assertEquals(id + 0.5, t.sales[row]);
        assertEquals(id + 0.6, t.debt[row]);
        assertEquals(id + 0.7, t.repayment[row]);
        assertEquals(id + 1, t.ageMonths[row]);
        assertEquals(id + 2, t.lossMonths[row]);
        assertEquals(id + 3, t.incubatedMonths[row]);
        assertEquals((id & 1) == 0, t.has(row, FirmTable.STARTUP), "startup flag of " + id);
        assertEquals((id & 1) != 0, t.has(row, FirmTable.VC_BACKED), "vc flag of " + id);
        assertTrue(t.alive(row));
    }

    private static int addFirm(FirmTable t, int id) {
        int row = t.add(id, id % 5, id % 3, (byte) 0);
        stamp(t, row);
        return row;
    }

    @Test
    void addReturnsConsecutiveRowsAndSetsDefaults() {
        FirmTable t = new FirmTable(4);
        int r0 = t.add(10, 2, 1, FirmTable.SPINOFF);
        int r1 = t.add(20, 0, 0, (byte) 0);
        assertEquals(0, r0);
        assertEquals(1, r1);
        assertEquals(2, t.size());
        // add() always sets ALIVE on top of the given flags.
        assertTrue(t.alive(r0));
        assertTrue(t.has(r0, FirmTable.SPINOFF));
        assertFalse(t.has(r1, FirmTable.SPINOFF));
        // A new firm has one employee and nothing else.
        assertEquals(1.0, t.employees[r0]);
        assertEquals(0.0, t.cash[r0]);
        assertEquals(0, t.ageMonths[r0]);
        assertEquals(0, t.rowOf(10));
        assertEquals(1, t.rowOf(20));
        assertEquals(-1, t.rowOf(15));
        assertTrue(t.aliveId(10) && t.aliveId(20));
        assertFalse(t.aliveId(15));
    }

    @Test
    void idsMustIncrease() {
        FirmTable t = new FirmTable(4);
        t.add(5, 0, 0, (byte) 0);
        assertThrows(IllegalArgumentException.class, () -> t.add(5, 0, 0, (byte) 0));
        assertThrows(IllegalArgumentException.class, () -> t.add(3, 0, 0, (byte) 0));
        // The failed adds left the table as it was.
        assertEquals(1, t.size());
        assertEquals(0, t.rowOf(5));
        // The rule holds against the largest id still in the table after compaction, too.
        t.add(9, 0, 0, (byte) 0);
        t.kill(t.rowOf(9));
        t.compact();
        t.add(7, 0, 0, (byte) 0);  // 7 > 5, the last id left in the table
        assertEquals(1, t.rowOf(7));
    }

    @Test
    void killKeepsTheRowUntilCompaction() {
        FirmTable t = new FirmTable(4);
        for (int id = 0; id < 6; id++) {
            addFirm(t, id);
        }
        t.kill(t.rowOf(3));
        assertFalse(t.alive(3));
        assertEquals(6, t.size());
        assertEquals(3, t.rowOf(3), "a just-dead firm is still found by id");
        assertTrue(t.aliveId(3), "by-id liveness is updated only at compaction");
        t.compact();
        assertEquals(5, t.size());
        assertEquals(-1, t.rowOf(3));
        assertFalse(t.aliveId(3));
        assertTrue(t.aliveId(2) && t.aliveId(4));
    }

    @Test
    void compactionKeepsIdsSortedAndMovesAllColumnsTogether() {
        FirmTable t = new FirmTable(8);
        for (int id = 0; id < 200; id += 2) {  // even ids, with gaps, 100 firms
            addFirm(t, id);
        }
        // Kill every firm whose id is a multiple of 3 or 7 (including the first and a run).
        int killed = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.id[r] % 3 == 0 || t.id[r] % 7 == 0) {
                t.kill(r);
                killed++;
            }
        }
        t.compact();
        assertEquals(100 - killed, t.size());
        for (int r = 0; r < t.size(); r++) {
            int id = t.id[r];
            if (r > 0) {
                assertTrue(t.id[r - 1] < id, "ids out of order at row " + r);
            }
            assertFalse(id % 3 == 0 || id % 7 == 0, "dead firm " + id + " survived compaction");
            assertEquals(r, t.rowOf(id));
            assertRowIsFirm(t, r, id);
        }
        for (int id = 0; id < 200; id++) {
            boolean shouldLive = id % 2 == 0 && id % 3 != 0 && id % 7 != 0;
            assertEquals(shouldLive, t.aliveId(id), "aliveId(" + id + ")");
            assertEquals(shouldLive, t.rowOf(id) >= 0, "rowOf(" + id + ")");
        }
    }

    @Test
    void compactionOfAllOrNoneDeadRows() {
        FirmTable t = new FirmTable(4);
        for (int id = 1; id <= 5; id++) {
            addFirm(t, id);
        }
        t.compact();  // nothing dead: nothing changes
        assertEquals(5, t.size());
        for (int r = 0; r < 5; r++) {
            assertRowIsFirm(t, r, r + 1);
        }
        for (int r = 0; r < 5; r++) {
            t.kill(r);
        }
        t.compact();
        assertEquals(0, t.size());
        for (int id = 1; id <= 5; id++) {
            assertFalse(t.aliveId(id));
        }
        // The table is usable again after emptying.
        assertEquals(0, t.add(6, 0, 0, (byte) 0));
    }

    @Test
    void growthBeyondInitialCapacityKeepsData() {
        FirmTable t = new FirmTable(1);  // capacity is at least 16, so this grows several times
        int n = 5_000;
        for (int k = 0; k < n; k++) {
            int id = 3 * k + 1;
            addFirm(t, id);
        }
        assertEquals(n, t.size());
        for (int k = 0; k < n; k++) {
            int id = 3 * k + 1;
            assertEquals(k, t.rowOf(id));
            assertRowIsFirm(t, k, id);
            assertTrue(t.aliveId(id));
        }
    }

    @Test
    void aliveIdWorksForLargeIdsBeyondItsInitialBitmap() {
        FirmTable t = new FirmTable(16);
        // 1024 words x 64 bits cover ids up to 65 535; a larger id must grow the bitmap.
        t.add(100, 0, 0, (byte) 0);
        t.add(1_000_000, 0, 0, (byte) 0);
        assertTrue(t.aliveId(1_000_000));
        assertTrue(t.aliveId(100));
        // Bits of ids sharing a word are independent (100 and 100 + 64 use different words; 101 the same).
        assertFalse(t.aliveId(101));
        assertFalse(t.aliveId(100 + 64));
        assertFalse(t.aliveId(2_000_000));
        t.kill(1);
        t.compact();
        assertFalse(t.aliveId(1_000_000));
        assertTrue(t.aliveId(100));
    }

    @Test
    void flagSetAndClear() {
        FirmTable t = new FirmTable(4);
        int r = t.add(1, 0, 0, FirmTable.STARTUP);
        t.set(r, FirmTable.INCUBATED, true);
        t.set(r, FirmTable.STARTUP, false);
        assertTrue(t.has(r, FirmTable.INCUBATED));
        assertFalse(t.has(r, FirmTable.STARTUP));
        assertTrue(t.alive(r), "changing other flags must not touch ALIVE");
        // IN_PROJECT is bit 5 (value 32): within a signed byte, set and cleared correctly.
        t.set(r, FirmTable.IN_PROJECT, true);
        assertTrue(t.has(r, FirmTable.IN_PROJECT));
        t.set(r, FirmTable.IN_PROJECT, false);
        assertFalse(t.has(r, FirmTable.IN_PROJECT));
        assertTrue(t.has(r, FirmTable.INCUBATED));
    }

    @Test
    void compactionOnTwoThreadsKeepsEveryAttributeOfEverySurvivor() {
        FirmTable t = new FirmTable(16);
        for (int id = 0; id < 5000; id++) {
            addFirm(t, id);
        }
        // Deaths scattered, in runs and at both ends, so many blocks move.
        for (int id = 0; id < 5000; id++) {
            if (id % 7 == 3 || (id >= 2000 && id < 2100) || id == 0 || id == 4999) {
                t.kill(t.rowOf(id));
            }
        }
        t.compact(clusterlab.parallel.TwoThreads.SIDE_BY_SIDE);
        int row = 0;
        for (int id = 0; id < 5000; id++) {
            boolean dead = id % 7 == 3 || (id >= 2000 && id < 2100) || id == 0 || id == 4999;
            assertEquals(!dead, t.aliveId(id), "liveness of " + id);
            if (!dead) {
                assertRowIsFirm(t, row++, id);
            }
        }
        assertEquals(row, t.size());
    }
}
