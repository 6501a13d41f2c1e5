package clusterlab.experiment;

import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;

/** An indicator's value over a run's whole horizon: a flow summed over all fiscal years, a stock at the last. */
public final class Horizon {
    private Horizon() {
    }

    public static double value(NumericTable fiscalYears, Indicator indicator) {
        double[] v = fiscalYears.values(fiscalYears.column(indicator.column()));
        if (indicator.kind == Indicator.Kind.STOCK) {
            return v.length == 0 ? Double.NaN : v[v.length - 1];
        }
        double sum = 0;
        for (double x : v) {
            sum += Double.isNaN(x) ? 0 : x;
        }
        return sum;
    }
}
