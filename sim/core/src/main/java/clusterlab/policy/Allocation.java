package clusterlab.policy;

/**
 * What one region was granted for the fiscal year: the money, the funded projects its grant money
 * carries, what each instrument bought (posts, places, ties a year; see {@link Instrument}) and
 * the seed money for venture funds.
 */
public record Allocation(double nationalOku, double localOku, int projects, double[] bought,
                         double seedNationalOku, double seedLocalOku) {
    static final Allocation NONE = new Allocation(0, 0, 0, new double[Instrument.COUNT], 0, 0);

    /** What the instrument bought: whole units (posts, places) or ties a year. */
    public double bought(Instrument instrument) {
        return bought[instrument.ordinal()];
    }
}
