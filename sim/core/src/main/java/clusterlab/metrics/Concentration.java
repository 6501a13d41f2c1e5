package clusterlab.metrics;

/** Concentration of an activity across regions. */
public final class Concentration {
    private Concentration() {
    }

    /**
     * Herfindahl-Hirschman index of the regions' shares, 1/n (even) to 1 (all in one region);
     * NaN when there is no activity at all, since shares are then undefined.
     */
    public static double hhi(double[] amounts) {
        double total = 0;
        for (double a : amounts) {
            total += a;
        }
        if (total <= 0) {
            return Double.NaN;
        }
        double h = 0;
        for (double a : amounts) {
            h += (a / total) * (a / total);
        }
        return h;
    }
}
