package clusterlab.scenario;

import java.util.List;

/**
 * What {@code clusterlab calibrate} fits: the parameters left free, each within bounds, and the
 * programme or national figures they are fitted to, over replications with common random numbers.
 */
public record CalibrationSpec(
        @Param(unit = "runs", min = 1, max = 1000, def = "5",
                doc = "Replications per evaluation; every evaluation uses the same seeds (common random numbers), "
                        + "so the objective is a deterministic function of the free parameters.")
        int replications,
        @Param(unit = "evaluations", min = 0, max = 100000, def = "40",
                doc = "Most evaluations of the objective the optimiser may make (0: only report the fit at the scenario's values).")
        int maxEvaluations,
        @Param(unit = "1", min = 0, max = 100, def = "[]", doc = "The parameters the calibration may change.")
        List<FreeParameter> free,
        @Param(unit = "1", min = 0, max = 1000, def = "[]", doc = "The figures the calibration fits.")
        List<CalibrationTarget> targets) implements java.io.Serializable {
}
