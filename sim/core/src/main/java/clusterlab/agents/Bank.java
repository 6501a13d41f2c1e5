package clusterlab.agents;

/** A regional bank: lends to capable firms short of cash, up to a monthly lending capacity. */
public final class Bank implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int region;
    private final double lendingPerMonthOku;
    private double leftThisMonthOku;

    public Bank(int region, double lendingPerMonthOku) {
        this.region = region;
        this.lendingPerMonthOku = lendingPerMonthOku;
    }

    /** Restores this month's lending capacity. */
    public void newMonth() {
        leftThisMonthOku = lendingPerMonthOku;
    }

    /** Lends up to {@code wantedOku}; returns what was lent. */
    public double lend(double wantedOku) {
        double lent = Math.min(wantedOku, leftThisMonthOku);
        leftThisMonthOku -= lent;
        return lent;
    }
}
