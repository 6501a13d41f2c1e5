package clusterlab.world;

/**
 * A region: its identity and place, its local government's matching budget, its incubators, and
 * the per-tick aggregates the stages share (same-field actor counts, spillover, attractiveness,
 * maturity). Aggregates are written by one stage and read by later ones in the same tick.
 */
public final class Region implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int index;
    public final String name;
    public final String block;
    public final double xKm;
    public final double yKm;
    /** Relative weight of each field among the region's actors; sums to 1. */
    public final double[] fieldShare;
    public final double localBudgetOkuPerYear;
    public final int incubatorPlaces;

    /** Incubator places paid by programmes this fiscal year. */
    public int programmeIncubatorPlaces;
    /** Event ties per year paid by programmes' networking money this fiscal year. */
    public double programmeEventTiesPerYear;
    /** Inter-regional ties per year paid by programmes' linkage money this fiscal year. */
    public double programmeLinkageTiesPerYear;
    /** Regions funded by the same programmes this fiscal year: the partners linkage money reaches. */
    public int[] linkedRegions = new int[0];
    /** Incubator places in use. */
    public int incubatorsUsed;
    /** Local money already committed to programmes in the current fiscal year, oku. */
    public double localCommittedOku;
    /** Same-field actors (firms plus weighted academics), per field. */
    public final double[] sameFieldActors;
    /** Spillover learning rate per field, 1/month. */
    public final double[] spillover;
    /** Live firms, from the last aggregation. */
    public int firms;
    /** Entry attractiveness relative to the firm-weighted mean of all regions (1 = average). */
    public double attractiveness = 1.0;
    /** Innovation events this month (patents, commercialisations, start-ups), counted by the stages. */
    public int innovationEvents;
    /** Structure of the region's own collaboration network, from the last network stage. */
    public clusterlab.metrics.NetworkSummary network;
    /** Degree distribution of the region's own network, from the last fiscal year's end. */
    public long[] degreeCounts = new long[0];
    /** Smoothed innovation activity, events per 100 firms per year. */
    public double activity;
    /** Cluster maturity, 0..1. */
    public double maturity;
    /** Whether any programme funds the region in the current fiscal year. */
    public boolean funded;
    /** Smoothed activity when the region's programme funding last ended; NaN if it never has. */
    public double activityAtFundingEnd = Double.NaN;
    /** Research-grant money spent in the region in the previous month, oku. */
    public double grantSpentLastMonthOku;

    public Region(int index, String name, String block, double xKm, double yKm, double[] fieldShare,
                  double localBudgetOkuPerYear, int incubatorPlaces) {
        this.index = index;
        this.name = name;
        this.block = block;
        this.xKm = xKm;
        this.yKm = yKm;
        this.fieldShare = fieldShare;
        this.localBudgetOkuPerYear = localBudgetOkuPerYear;
        this.incubatorPlaces = incubatorPlaces;
        this.sameFieldActors = new double[fieldShare.length];
        this.spillover = new double[fieldShare.length];
    }

    /** Straight-line distance to another region, km. */
    public double distanceKm(Region other) {
        return Math.hypot(xKm - other.xKm, yKm - other.yKm);
    }
}
