package clusterlab.experiment;

/**
 * Sobol first- and total-order indices from outputs on a {@link SaltelliSample}: the first-order
 * estimator of Saltelli et al. (2010, table 2 (b)) and Jansen's total-order estimator (1999),
 * with the variance taken over all A and B outputs.
 */
final class SobolIndices {
    private SobolIndices() {
    }

    /** The estimates for one parameter. */
    record Index(double firstOrder, double totalOrder) {
    }

    /**
     * @param y   outputs in the sample's layout: base sample j holds A_j, B_j, AB_1j ... AB_kj
     * @param use the base samples to use: all of them, or a bootstrap resample
     */
    static Index[] estimate(double[] y, int k, int[] use) {
        int block = SaltelliSample.block(k);
        double sum = 0;
        double sumSq = 0;
        for (int j : use) {
            double a = y[j * block];
            double b = y[j * block + 1];
            sum += a + b;
            sumSq += a * a + b * b;
        }
        int m = 2 * use.length;
        double mean = sum / m;
        double variance = sumSq / m - mean * mean;
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : use) {
                double a = y[j * block];
                double b = y[j * block + 1];
                double ab = y[j * block + 2 + i];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[i] = variance > 0 ? new Index(first / use.length / variance, total / use.length / 2 / variance)
                    : new Index(Double.NaN, Double.NaN);
        }
        return out;
    }
}
