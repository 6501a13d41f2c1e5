package clusterlab.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries out a sweep's pending runs with {@link RunTask#execute}, wherever it runs them
 * (threads of this process, Spark tasks), reporting each outcome as it arrives.
 */
public interface RunExecutor {
    /**
     * Runs {@code pending} into the sweep folder {@code sweepDir}; returns when all have ended or,
     * once {@code stop} is set, when the runs in progress have ended (they end early, interrupted).
     */
    void execute(List<PlannedRun> pending, Path sweepDir, SweepListener listener, AtomicBoolean stop);

    /** What the executor is, for messages (e.g. "local, 2 workers"). */
    String describe();
}
