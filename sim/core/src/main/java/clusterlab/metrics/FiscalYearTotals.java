package clusterlab.metrics;

import java.util.Arrays;

/** Folds monthly rows into a fiscal-year row: flows are summed, stocks keep their last value. */
public final class FiscalYearTotals {
    private final double[] totals = new double[Indicator.COUNT];

    public void add(double[] month) {
        for (Indicator i : Indicator.values()) {
            int k = i.ordinal();
            totals[k] = i.kind == Indicator.Kind.FLOW ? totals[k] + month[k] : month[k];
        }
    }

    /** The year's row; the totals start again from zero. */
    public double[] close() {
        double[] out = Arrays.copyOf(totals, totals.length);
        Arrays.fill(totals, 0);
        return out;
    }
}
