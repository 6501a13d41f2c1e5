package clusterlab.firms;

import java.util.Arrays;

/**
 * Per-chunk partial sums of a few quantities per region, merged in chunk order. Each chunk writes
 * only its own slice, so threads never share a cell, and the merge order is fixed, so the totals
 * do not depend on which thread finished first.
 */
public final class ChunkSums {
    private final int regions;
    private final int quantities;
    private double[] cells = new double[0];
    private int chunks;

    public ChunkSums(int regions, int quantities) {
        this.regions = regions;
        this.quantities = quantities;
    }

    /** Clears and sizes the buffer for a table of {@code rows} rows. */
    public void reset(int rows) {
        chunks = ChunkRunner.chunks(rows);
        int need = chunks * regions * quantities;
        if (cells.length < need) {
            cells = new double[need];
        } else {
            Arrays.fill(cells, 0, need, 0.0);
        }
    }

    /** Adds {@code value} to quantity {@code q} of {@code region} within {@code chunk}. */
    public void add(int chunk, int region, int q, double value) {
        cells[(chunk * regions + region) * quantities + q] += value;
    }

    /** Sums over chunks, in chunk order: {@code out[region][q]}. */
    public double[][] merge() {
        double[][] out = new double[regions][quantities];
        for (int c = 0; c < chunks; c++) {
            int base = c * regions * quantities;
            for (int r = 0; r < regions; r++) {
                for (int q = 0; q < quantities; q++) {
                    out[r][q] += cells[base + r * quantities + q];
                }
            }
        }
        return out;
    }
}
