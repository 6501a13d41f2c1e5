package clusterlab.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The mean of values over replications with its 95% confidence interval (Student's t with n − 1
 * degrees of freedom); the interval is undefined (NaN) for fewer than two values.
 */
public record MeanInterval(int n, double mean, double low, double high) {
    public static MeanInterval of(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            stats.addValue(v);
        }
        double mean = values.length == 0 ? Double.NaN : stats.getMean();
        double half = Double.NaN;
        if (values.length > 1) {
            double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
            half = t * stats.getStandardDeviation() / Math.sqrt(values.length);
        }
        return new MeanInterval(values.length, mean, mean - half, mean + half);
    }

    /** Width of the interval (high − low). */
    public double width() {
        return high - low;
    }
}
