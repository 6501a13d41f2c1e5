package clusterlab.calibration;

import clusterlab.experiment.MeanInterval;

/**
 * One line of the fit table: a target figure, the simulated mean over replications with its 95%
 * confidence interval (Student's t), and the relative error of the mean.
 */
record FitRow(Figure figure, double mean, double ciLow, double ciHigh, double relativeError) {
    /** The row for one figure's values over the replications. */
    static FitRow of(Figure figure, double[] values) {
        MeanInterval m = MeanInterval.of(values);
        double target = figure.target.value();
        return new FitRow(figure, m.mean(), m.low(), m.high(), (m.mean() - target) / target);
    }

    /** This figure's part of the objective: its weight times the squared log ratio of mean to target. */
    double loss() {
        double logRatio = Math.log((mean + 1) / (figure.target.value() + 1));
        return figure.target.weight() * logRatio * logRatio;
    }
}
