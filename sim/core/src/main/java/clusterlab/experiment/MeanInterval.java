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

    /**
     * The ratio of the means of paired values, mean(x) / mean(y), with its 95% interval from the
     * linearisation of the ratio estimator (Cochran 1977, Sampling Techniques, §6.4): the standard error
     * is sd(x − R·y) / (√n · |mean(y)|), with Student's t on n − 1 degrees of freedom. The ratio is
     * undefined (NaN) where mean(y) is zero, so a figure per oku is never taken of no money.
     */
    public static MeanInterval ratio(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired values of unequal length: " + x.length + " and " + y.length);
        }
        int n = x.length;
        double meanY = n == 0 ? 0 : java.util.Arrays.stream(y).average().orElse(0);
        if (n == 0 || Math.abs(meanY) < 1e-12) {
            return new MeanInterval(n, Double.NaN, Double.NaN, Double.NaN);
        }
        double r = java.util.Arrays.stream(x).average().orElse(0) / meanY;
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = x[i] - r * y[i];
        }
        MeanInterval spread = of(residuals);
        double half = (spread.high() - spread.mean()) / Math.abs(meanY);
        return new MeanInterval(n, r, r - half, r + half);
    }

    /** Width of the interval (high − low). */
    public double width() {
        return high - low;
    }
}
