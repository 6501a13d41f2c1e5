package clusterlab.policy;

/**
 * Which regions a programme funds: the candidates, the regions chosen from them (once, when it
 * starts; fewer after an evaluation) and the core centres of each region's cluster.
 */
public final class FundedClusters implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    /** Indices of the regions that may be selected (distinct, in index order). */
    private final int[] candidates;
    /** Indices of the regions it funds, once selected; none before. */
    private int[] regions;
    /** Academic organisations at the core of each funded region's cluster (indices), none until set up. */
    private final int[][] core;
    private boolean setUp;

    /** @param listed whether every candidate is funded, so the choice is made already */
    FundedClusters(int[] candidates, boolean listed, int regionCount) {
        this.candidates = candidates;
        this.regions = listed ? candidates : null;
        this.core = new int[regionCount][0];
    }

    public int[] candidates() {
        return candidates;
    }

    /** The funded regions; empty until selected. */
    public int[] regions() {
        return regions == null ? new int[0] : regions;
    }

    /** Whether the region is one of the funded ones (false before the selection). */
    public boolean includes(int region) {
        return java.util.Arrays.stream(regions()).anyMatch(r -> r == region);
    }

    public boolean selected() {
        return regions != null;
    }

    /** Fixes the funded regions (once, when the programme starts). */
    public void select(int[] chosen) {
        if (regions != null) {
            throw new IllegalStateException("regions already selected");
        }
        regions = chosen;
    }

    /** Whether the clusters' core centres are set; once, when the programme starts. */
    public boolean isSetUp() {
        return setUp;
    }

    void setUp(int[][] coreByRegion) {
        for (int r = 0; r < coreByRegion.length; r++) {
            core[r] = coreByRegion[r].clone();
        }
        setUp = true;
    }

    /** The core centres of a region's cluster (indices of academic organisations). */
    public int[] core(int region) {
        return core[region];
    }

    /** After an evaluation only these regions are funded. */
    void keepOnly(int[] kept) {
        regions = kept;
    }
}
