package clusterlab.calibration;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One line of the fit table: a target figure, the simulated mean over replications with its 95%
 * confidence interval (Student's t), and the relative error of the mean.
 */
record FitRow(Figure figure, double mean, double ciLow, double ciHigh, double relativeError) {
    /** The row for one figure's values over the replications. */
    static FitRow of(Figure figure, double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            stats.addValue(v);
        }
        double mean = stats.getMean();
        double half = Double.NaN;
        if (values.length > 1) {
            double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
            half = t * stats.getStandardDeviation() / Math.sqrt(values.length);
        }
        double target = figure.target.value();
        return new FitRow(figure, mean, mean - half, mean + half, (mean - target) / target);
    }

    /** This figure's part of the objective: its weight times the squared log ratio of mean to target. */
    double loss() {
        double logRatio = Math.log((mean + 1) / (figure.target.value() + 1));
        return figure.target.weight() * logRatio * logRatio;
    }
}
