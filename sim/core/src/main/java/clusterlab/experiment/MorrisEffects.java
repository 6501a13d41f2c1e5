package clusterlab.experiment;

/**
 * Morris elementary effects from outputs along {@link MorrisTrajectories}: for each parameter the
 * mean effect μ, the mean absolute effect μ* (Campolongo et al. 2007; it ranks importance even
 * when effects of both signs cancel in μ) and their standard deviation σ (non-linearity or
 * interactions), in output units per whole range of the parameter.
 */
final class MorrisEffects {
    private MorrisEffects() {
    }

    record Effect(double mu, double muStar, double sigma, int trajectories) {
    }

    /** @param x the design's points in [0, 1]^k; @param y the output at each point */
    static Effect[] estimate(double[][] x, double[] y, int k) {
        int r = x.length / (k + 1);
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int from = t * (k + 1) + s;
                int i = MorrisTrajectories.changed(x[from], x[from + 1]);
                effects[i][t] = (y[from + 1] - y[from]) / (x[from + 1][i] - x[from][i]);
            }
        }
        Effect[] out = new Effect[k];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            for (double e : effects[i]) {
                sum += e;
                abs += Math.abs(e);
            }
            double mu = sum / r;
            double ss = 0;
            for (double e : effects[i]) {
                ss += (e - mu) * (e - mu);
            }
            out[i] = new Effect(mu, abs / r, r > 1 ? Math.sqrt(ss / (r - 1)) : Double.NaN, r);
        }
        return out;
    }
}
