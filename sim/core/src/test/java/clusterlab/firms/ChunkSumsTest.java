package clusterlab.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Per-chunk partial sums merged in chunk order: totals independent of the thread count. */
class ChunkSumsTest {
    private static final int C = ChunkRunner.CHUNK_ROWS;
    private static final int ROWS = 40 * C + 321;
    private static final int REGIONS = 3;
    private static final int QUANTITIES = 2;

    /**
     * Values whose floating-point sum depends on the order of addition: runs of 1e16, 1.0 and
     * -1e16 (the spacing of doubles near 1e16 is 2, so a 1.0 added to 1e16 is lost, but added
     * to 0 it is kept).
     */
    private static double value(int row) {
        int k = Math.floorMod(row * 7919 + 13, 11);
        return k < 3 ? 1e16 : k < 6 ? -1e16 : k < 10 ? 1.0 : 0.5 * row;
    }

    private static double[][] sum(int threads) {
        ChunkSums sums = new ChunkSums(REGIONS, QUANTITIES);
        sums.reset(ROWS);
        try (ChunkRunner runner = new ChunkRunner(threads)) {
            runner.forEachChunk(ROWS, (chunk, from, to) -> {
                for (int r = from; r < to; r++) {
                    sums.add(chunk, r % REGIONS, 0, value(r));
                    sums.add(chunk, r % REGIONS, 1, 1);
                }
            });
        }
        return sums.merge();
    }

    @Test
    void totalsAreBitIdenticalWithOneAndFourThreads() {
        double[][] one = sum(1);
        for (int repeat = 0; repeat < 5; repeat++) {
            double[][] four = sum(4);
            for (int g = 0; g < REGIONS; g++) {
                for (int q = 0; q < QUANTITIES; q++) {
                    assertEquals(Double.doubleToRawLongBits(one[g][q]), Double.doubleToRawLongBits(four[g][q]),
                            "region " + g + " quantity " + q + ": " + one[g][q] + " vs " + four[g][q]);
                }
            }
        }
    }

    @Test
    void theTestValuesReallyDependOnSummationOrder() {
        // Guard for the test above: summing the same values in plain row order gives a different
        // total from the chunked sum, so the bit-identity is not a coincidence of exact arithmetic.
        double[][] chunked = sum(1);
        double plain = 0;
        for (int r = 0; r < ROWS; r++) {
            if (r % REGIONS == 0) {
                plain += value(r);
            }
        }
        double reverse = 0;
        for (int r = ROWS - 1; r >= 0; r--) {
            if (r % REGIONS == 0) {
                reverse += value(r);
            }
        }
        assertNotEquals(plain, reverse);
        assertNotEquals(reverse, chunked[0][0]);
    }

    @Test
    void countsAreExactAndRegionsSeparate() {
        double[][] s = sum(4);
        // Rows r with r % 3 == g: ROWS = 164 161, so regions get 54 721, 54 720, 54 720 rows.
        assertEquals(54_721, s[0][1]);
        assertEquals(54_720, s[1][1]);
        assertEquals(54_720, s[2][1]);
    }

    @Test
    void resetClearsPreviousTotals() {
        ChunkSums sums = new ChunkSums(1, 1);
        sums.reset(3 * C);
        for (int c = 0; c < 3; c++) {
            sums.add(c, 0, 0, 10);
        }
        assertEquals(30.0, sums.merge()[0][0]);
        // A smaller table next time: old cells are cleared and only the new chunks are merged.
        sums.reset(C);
        sums.add(0, 0, 0, 1);
        assertEquals(1.0, sums.merge()[0][0]);
        // A larger table: the buffer grows and starts at zero.
        sums.reset(5 * C);
        sums.add(4, 0, 0, 2);
        assertEquals(2.0, sums.merge()[0][0]);
    }
}
