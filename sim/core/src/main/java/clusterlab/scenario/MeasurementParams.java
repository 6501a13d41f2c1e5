package clusterlab.scenario;

/** How derived indicators are computed. */
public record MeasurementParams(
        @Param(unit = "months", min = 1, max = 600, def = "24",
                doc = "Smoothing window (exponential) of the innovation activity behind cluster maturity.")
        double maturitySmoothingMonths,
        @Param(unit = "events/100 firms/year", min = 0, max = 1e6, exclusiveMin = true, def = "2",
                doc = "Innovation activity (patents, commercialisations, start-ups) at which its part of maturity is one half.")
        double maturityHalfActivity,
        @Param(unit = "ratio", min = 0, max = 100, def = "0.8",
                doc = "Post-funding activity ratio from which a formerly funded region counts as self-sustaining.")
        double sustainedActivityRatio) implements java.io.Serializable {
}
