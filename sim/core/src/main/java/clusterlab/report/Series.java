package clusterlab.report;

/**
 * One line of a chart over fiscal years, with an optional band around it (a 95% interval: the
 * band's arrays are null for a plain line). NaN values are gaps.
 */
public record Series(String name, double[] years, double[] values, double[] low, double[] high) {
    public static Series line(String name, double[] years, double[] values) {
        return new Series(name, years, values, null, null);
    }

    public boolean hasBand() {
        return low != null;
    }
}
