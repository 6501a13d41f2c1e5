package clusterlab.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample behind Sobol sensitivity indices (Saltelli 2002, 2010): two matrices A and B of n
 * points each, taken from one 2k-dimensional Sobol sequence (A the first k coordinates, B the
 * last k), and for every parameter i the matrix AB_i, which is A with column i taken from B.
 * Points are laid out base sample by base sample: A_j, B_j, AB_1j, ..., AB_kj, so the runs of
 * one base sample sit together.
 */
final class SaltelliSample {
    private SaltelliSample() {
    }

    /** Points per base sample: A, B and one AB per parameter. */
    static int block(int k) {
        return k + 2;
    }

    /** n × (k + 2) points in [0, 1)^k. */
    static double[][] points(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        // The sequence starts at the origin, a corner that would be sampled with weight 1/n; skip it.
        sobol.skipTo(1);
        double[][] x = new double[n * block(k)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k);
            double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            int at = j * block(k);
            x[at] = a;
            x[at + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                x[at + 2 + i] = ab;
            }
        }
        return x;
    }
}
