package clusterlab.metrics;

/**
 * Where measurement sends its rows. The model calls it; outputs implement it; nothing flows back,
 * so writers can never influence a run.
 */
public interface IndicatorSink {
    /** Keeps nothing: where the spin-up's months go, simulated but not reported. */
    IndicatorSink NONE = (fiscalYear, national, regions, concentrationHhi, regionsFunded, programmes) -> {
    };

    /** One month: national values and one row per region, indexed by {@link Indicator#ordinal()}. Ignored by default. */
    default void monthly(int tick, double[] national, double[][] regions) {
    }

    /**
     * One fiscal year: flows summed over its months, stocks at its end; the concentration of
     * patent applications across regions; and per programme its {@code regions_funded} and
     * indicators (by {@link clusterlab.policy.ProgrammeIndicator#ordinal()}).
     */
    void fiscalYear(int fiscalYear, double[] national, double[][] regions, double concentrationHhi,
                    int[] regionsFunded, double[][] programmes);

    /** Degree distributions at the end of a fiscal year: counts[d] actors have d ties. Ignored by default. */
    default void degrees(int fiscalYear, long[] national, long[][] regions) {
    }

    /** A fiscal year's money flows, by {@link clusterlab.money.Flow#ordinal()}, in oku. Ignored by default. */
    default void money(int fiscalYear, double[] flows) {
    }

    /**
     * The live firms at the end of a fiscal year, for sinks that keep per-firm snapshots. The
     * table may be read only during the call. Ignored by default.
     */
    default void firms(int fiscalYear, clusterlab.firms.FirmTable firms) {
    }
}
