package clusterlab.calibration;

import clusterlab.metrics.IndicatorSink;
import java.util.HashMap;
import java.util.Map;

/** Keeps a run's national and programme fiscal-year rows in memory, to read figures from. */
final class YearCapture implements IndicatorSink {
    /** One fiscal year: national indicators, then per programme {@code regions_funded} and its indicators. */
    record Year(double[] national, int[] regionsFunded, double[][] programmes) {
    }

    private final Map<Integer, Year> years = new HashMap<>();

    @Override
    public void fiscalYear(int fiscalYear, double[] national, double[][] regions, double concentrationHhi,
                           int[] regionsFunded, double[][] programmes) {
        double[][] copy = new double[programmes.length][];
        for (int p = 0; p < programmes.length; p++) {
            copy[p] = programmes[p].clone();
        }
        years.put(fiscalYear, new Year(national.clone(), regionsFunded.clone(), copy));
    }

    /** The rows of a fiscal year; null when the run did not reach it. */
    Year year(int fiscalYear) {
        return years.get(fiscalYear);
    }
}
