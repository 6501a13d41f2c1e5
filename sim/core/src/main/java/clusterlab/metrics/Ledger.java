package clusterlab.metrics;

/**
 * This month's flows per region (patents filed, money spent, firms founded ...), written by the
 * stages as things happen and read, then cleared, by measurement. Stages only add; they never
 * read the ledger to decide anything, so measurement cannot feed back into behaviour.
 */
public final class Ledger implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final double[][] flows;

    public Ledger(int regions) {
        flows = new double[regions][Indicator.COUNT];
    }

    public void add(int region, Indicator indicator, double value) {
        flows[region][indicator.ordinal()] += value;
    }

    public double get(int region, Indicator indicator) {
        return flows[region][indicator.ordinal()];
    }

    public void clear() {
        for (double[] row : flows) {
            java.util.Arrays.fill(row, 0.0);
        }
    }
}
