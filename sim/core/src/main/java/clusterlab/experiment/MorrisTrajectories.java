package clusterlab.experiment;

import clusterlab.random.KeyedStream;

/**
 * Morris's one-at-a-time design (Morris 1991): r trajectories on a grid of p levels in [0, 1]^k.
 * Each starts at a random grid point and moves every parameter once, in random order, by the
 * step Δ = p / (2 (p − 1)), upwards where that stays inside [0, 1] and downwards otherwise; so
 * consecutive points differ in exactly one parameter, and their output difference over ±Δ is
 * that parameter's elementary effect.
 */
final class MorrisTrajectories {
    private MorrisTrajectories() {
    }

    /** The step between the two points of an elementary effect. */
    static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** r × (k + 1) points, trajectory by trajectory. */
    static double[][] points(int r, int k, int levels, KeyedStream rng) {
        double delta = delta(levels);
        double[][] x = new double[r * (k + 1)][];
        int[] order = new int[k];
        for (int t = 0; t < r; t++) {
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                p[i] = rng.below(levels) / (levels - 1.0);
                order[i] = i;
            }
            rng.shuffle(order);
            int at = t * (k + 1);
            x[at] = p.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                p[i] = p[i] + delta <= 1.0 + 1e-12 ? p[i] + delta : p[i] - delta;
                x[at + s + 1] = p.clone();
            }
        }
        return x;
    }

    /** Which parameter changes between point {@code s} and {@code s + 1} of a trajectory, and by how much (±Δ). */
    static int changed(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("consecutive Morris points must differ in one parameter");
    }
}
