package clusterlab.experiment;

import clusterlab.random.KeyedStream;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each of the k dimensions is cut into
 * n equal strata and every stratum holds exactly one of the n points, placed uniformly within it;
 * the strata are paired across dimensions by independent random permutations.
 */
final class LatinHypercube {
    private LatinHypercube() {
    }

    /** n points in [0, 1)^k. */
    static double[][] points(int n, int k, KeyedStream rng) {
        double[][] x = new double[n][k];
        int[] strata = new int[n];
        for (int d = 0; d < k; d++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            rng.shuffle(strata);
            for (int i = 0; i < n; i++) {
                x[i][d] = (strata[i] + rng.uniform()) / n;
            }
        }
        return x;
    }
}
