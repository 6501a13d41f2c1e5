package clusterlab.world;

import clusterlab.firms.FirmTable;
import clusterlab.parallel.SideBySide;

/**
 * Rows of live firms grouped by region (a counting sort of the table, in row order) and the
 * firm count of each region and field. Built with the world and rebuilt whenever rows move (after
 * compaction, once per tick), so picking a random firm of a region is O(1). Firms added since the
 * last rebuild are not in it until the next one.
 */
public final class Census implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final int[][] counts;
    private int[] offsets;
    private int[] rows = new int[0];

    Census(int regions, int fields) {
        counts = new int[regions][fields];
        offsets = new int[regions + 1];
    }

    public void rebuild(FirmTable firms) {
        rebuild(firms, SideBySide.SEQUENTIAL);
    }

    /**
     * Rebuilds from the table, its two halves of rows counted and placed side by side: the first
     * half's rows of a region go before the second half's, so rows stay in row order within each
     * region however the halves run.
     */
    public void rebuild(FirmTable firms, SideBySide both) {
        int regions = counts.length;
        int n = firms.size();
        int half = n / 2;
        int fields = fields();
        int[][] perField = new int[2][regions * fields];
        both.run(() -> count(firms, 0, half, fields, perField[0]), () -> count(firms, half, n, fields, perField[1]));
        offsets = new int[regions + 1];
        int[] fillFirst = new int[regions];
        int[] fillSecond = new int[regions];
        for (int g = 0; g < regions; g++) {
            int first = 0;
            int second = 0;
            for (int f = 0; f < fields; f++) {
                first += perField[0][g * fields + f];
                second += perField[1][g * fields + f];
                counts[g][f] = perField[0][g * fields + f] + perField[1][g * fields + f];
            }
            offsets[g + 1] = offsets[g] + first + second;
            fillFirst[g] = offsets[g];
            fillSecond[g] = offsets[g] + first;
        }
        if (rows.length < offsets[regions]) {
            rows = new int[offsets[regions] + offsets[regions] / 4];
        }
        both.run(() -> place(firms, 0, half, fillFirst), () -> place(firms, half, n, fillSecond));
    }

    /** Counts the live firms of rows {@code [from, to)} by region and field. */
    private static void count(FirmTable firms, int from, int to, int fields, int[] perField) {
        for (int r = from; r < to; r++) {
            if (firms.alive(r)) {
                perField[firms.region[r] * fields + firms.field[r]]++;
            }
        }
    }

    /** Lists the live rows of {@code [from, to)} under their regions, each at its region's cursor. */
    private void place(FirmTable firms, int from, int to, int[] fill) {
        for (int r = from; r < to; r++) {
            if (firms.alive(r)) {
                rows[fill[firms.region[r]]++] = r;
            }
        }
    }

    private int fields() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** Live firms of a region at the last rebuild. */
    public int firms(int region) {
        return offsets[region + 1] - offsets[region];
    }

    /** Live firms of a region and field at the last rebuild. */
    public int firms(int region, int field) {
        return counts[region][field];
    }

    /** The {@code k}-th firm row of a region (0 &lt;= k &lt; firms(region)). */
    public int row(int region, int k) {
        return rows[offsets[region] + k];
    }
}
