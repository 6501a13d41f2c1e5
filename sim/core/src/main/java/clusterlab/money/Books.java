package clusterlab.money;

import java.util.Arrays;

/**
 * The fiscal year's money flows, one total per {@link Flow}, in oku. Stages add to it as money
 * moves; measurement reads it at the end of the fiscal year and starts a new year. Like the
 * indicator ledger, it is never read to decide anything.
 */
public final class Books implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final double[] amounts = new double[Flow.COUNT];

    public void add(Flow flow, double oku) {
        amounts[flow.ordinal()] += oku;
    }

    public double get(Flow flow) {
        return amounts[flow.ordinal()];
    }

    /** This year's totals; the books then start empty. */
    public double[] close() {
        double[] out = Arrays.copyOf(amounts, amounts.length);
        Arrays.fill(amounts, 0);
        return out;
    }
}
