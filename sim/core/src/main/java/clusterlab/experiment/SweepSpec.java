package clusterlab.experiment;

import clusterlab.metrics.Indicator;
import clusterlab.scenario.Assignment;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep file, checked: the base scenario and its fixed changes, the design and its parameters,
 * the arms, the replications and the master seed, and the outputs that sensitivity is measured on.
 *
 * @param file        the sweep file as the user named it
 * @param base        the base scenario file, resolved against the sweep file's folder
 * @param fixed       the {@code set} changes, then any {@code --set} given on the command line
 * @param commandLine the {@code --set} changes given on the command line (recorded, to plan the sweep again)
 * @param samples     points (lhs), base samples (sobol) or trajectories (morris); 0 for grids
 * @param levels      grid levels of a Morris design; 0 for the other designs
 * @param arms        the arms in file order; one unnamed arm when the file has none
 * @param scale       population scale of every run
 * @param commonRandomNumbers whether all points share the replications' seeds (else each point has its own)
 * @param outputs     indicators whose whole-horizon value sensitivity analysis explains
 * @param warmupYears fiscal years of one shared warm-up per replication that every run forks from (0: none)
 */
public record SweepSpec(Path file, Path base, List<Assignment> fixed, List<String> commandLine, Design design, int samples, int levels,
                        List<SweptParameter> parameters, List<Arm> arms, int replications, long seed, double scale,
                        boolean commonRandomNumbers, List<Indicator> outputs, int warmupYears) {

    /** The same sweep with another number of replications (the runs of the first replications are the same). */
    public SweepSpec withReplications(int count) {
        return new SweepSpec(file, base, fixed, commandLine, design, samples, levels, parameters, arms, count, seed,
                scale, commonRandomNumbers, outputs, warmupYears);
    }

    /** Whether the arms are named (the file has {@code arms}). */
    public boolean hasArms() {
        return !arms.get(0).name().isEmpty();
    }
}
