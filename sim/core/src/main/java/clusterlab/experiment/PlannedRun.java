package clusterlab.experiment;

import clusterlab.scenario.Assignment;
import java.io.Serializable;
import java.util.List;

/**
 * One run of a sweep, complete in itself so that any executor (a local thread, a Spark task) can
 * carry it out: its id (the name of its folder), its place in the design, its seed, the base
 * scenario with every change to apply (the sweep's fixed changes, the point's values, the arm's),
 * and the shared warm-up: a warm-up run writes a checkpoint after {@code warmupYears}; a design run
 * forks from the checkpoint of the warm-up run {@code warmup} ("" when there is none).
 */
public record PlannedRun(String id, int point, String arm, int replication, long seed, List<String> values,
                         String base, List<Assignment> changes, double scale, int warmupYears, String warmup)
        implements Serializable {
    /** Whether this is a warm-up run (its checkpoint is forked by the design runs). */
    public boolean isWarmup() {
        return warmupYears > 0 && warmup.isEmpty();
    }
    // The base scenario is a path string: java.nio.file.Path is not serializable, and Spark ships runs to executors.
}
