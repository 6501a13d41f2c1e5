package clusterlab.world;

import clusterlab.firms.FirmTable;

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
        int regions = counts.length;
        for (int[] c : counts) {
            java.util.Arrays.fill(c, 0);
        }
        int n = firms.size();
        int[] perRegion = new int[regions];
        for (int r = 0; r < n; r++) {
            if (firms.alive(r)) {
                perRegion[firms.region[r]]++;
                counts[firms.region[r]][firms.field[r]]++;
            }
        }
        offsets = new int[regions + 1];
        for (int g = 0; g < regions; g++) {
            offsets[g + 1] = offsets[g] + perRegion[g];
        }
        if (rows.length < offsets[regions]) {
            rows = new int[offsets[regions] + offsets[regions] / 4];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, regions);
        for (int r = 0; r < n; r++) {
            if (firms.alive(r)) {
                rows[fill[firms.region[r]]++] = r;
            }
        }
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
