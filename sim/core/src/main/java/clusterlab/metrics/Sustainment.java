package clusterlab.metrics;

/**
 * Whether a region's innovation activity sustains itself after its programme funding ends: the
 * ratio of its smoothed activity now to its level when funding last ended, and whether that ratio
 * stays above a threshold. Undefined (NaN) while a region is funded or if it never was.
 */
public final class Sustainment {
    private Sustainment() {
    }

    public static double ratio(boolean fundedNow, double activity, double activityAtFundingEnd) {
        if (fundedNow || Double.isNaN(activityAtFundingEnd) || activityAtFundingEnd <= 0) {
            return Double.NaN;
        }
        return activity / activityAtFundingEnd;
    }

    /** 1 if the ratio reaches the threshold, 0 if not, NaN if the ratio is undefined. */
    public static double sustaining(double ratio, double threshold) {
        return Double.isNaN(ratio) ? Double.NaN : ratio >= threshold ? 1 : 0;
    }
}
