package clusterlab.experiment;

import clusterlab.run.RunStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sweep from plan to tables: opens (or takes up) the folder, hands the runs not yet finished to
 * the executor, then writes {@code runs.csv}, {@code summary_fiscal_year.csv}, the sensitivity
 * tables of Morris and Sobol designs once every run is complete, and {@code sweep.json}. Finished
 * runs are never recomputed, so starting the same sweep again after any interruption completes it.
 */
public final class Sweep {
    private Sweep() {
    }

    /** How a sweep start ended: runs complete and failed in all, those left, and the outcomes of this start. */
    public record Result(Path dir, int planned, int complete, int failed, List<RunOutcome> outcomes) {
        public int pending() {
            return planned - complete - failed;
        }

        /** Runs that finished (complete or failed) in this start; outcomes also hold runs a stop interrupted. */
        public int finishedThisStart() {
            return (int) outcomes.stream().filter(o -> o.status() != RunStatus.INTERRUPTED).count();
        }
    }

    public static Result run(SweepPlan plan, Path dir, RunExecutor executor, SweepListener listener,
                             AtomicBoolean stop) throws IOException {
        try (SweepLock lock = SweepLock.take(dir)) {
            return runLocked(plan, dir, executor, listener, stop);
        }
    }

    private static Result runLocked(SweepPlan plan, Path dir, RunExecutor executor, SweepListener listener,
                                    AtomicBoolean stop) throws IOException {
        SweepFolder folder = SweepFolder.open(dir, plan);
        List<PlannedRun> pending = new ArrayList<>();
        Map<String, String> statuses = new HashMap<>();
        for (PlannedRun r : plan.runs()) {
            if (folder.finished(r)) {
                statuses.put(r.id(), RunStatus.COMPLETE.label());
            } else {
                pending.add(r);
            }
        }
        List<PlannedRun> warmups = plan.warmups().stream().filter(r -> !folder.finished(r)).toList();
        folder.writeRecord(plan, counts(plan, statuses), "running");
        folder.writeRuns(plan, statuses);
        List<RunOutcome> outcomes = new ArrayList<>();
        int all = plan.runs().size() + plan.warmups().size();
        listener.started(all, all - pending.size() - warmups.size());
        try {
            // Warm-ups first: every design run of a replication forks from its warm-up's checkpoint.
            if (!warmups.isEmpty()) {
                executor.execute(warmups, dir, recorder(listener, outcomes, null), stop);
            }
            if (!stop.get()) {
                executor.execute(pending, dir, recorder(listener, outcomes, statuses), stop);
            }
        } finally {
            listener.ended();
            // Runs an executor finished without reporting them (a cancelled Spark job) are counted from their folders.
            for (PlannedRun r : plan.runs()) {
                if (!statuses.containsKey(r.id()) && folder.finished(r)) {
                    statuses.put(r.id(), RunStatus.COMPLETE.label());
                }
            }
            Map<String, Long> counts = counts(plan, statuses);
            folder.writeRuns(plan, statuses);
            folder.writeSummary(plan, statuses);
            boolean allComplete = counts.get("runs_complete") == plan.runs().size();
            if (allComplete) {
                Sensitivity.write(plan, dir);
            }
            folder.writeRecord(plan, counts, allComplete ? "complete"
                    : stop.get() ? "interrupted" : "incomplete");
        }
        Map<String, Long> counts = counts(plan, statuses);
        return new Result(dir, plan.runs().size(), counts.get("runs_complete").intValue(),
                counts.get("runs_failed").intValue(), outcomes);
    }

    /**
     * Keeps every outcome, records the design runs' statuses ({@code statuses} null for warm-ups,
     * which are not design runs) and passes the outcome on to the listener.
     */
    private static SweepListener recorder(SweepListener listener, List<RunOutcome> outcomes, Map<String, String> statuses) {
        return new SweepListener() {
            @Override
            public void started(int planned, int alreadyDone) {
            }

            @Override
            public void finished(RunOutcome outcome) {
                outcomes.add(outcome);
                if (statuses != null && outcome.status() != RunStatus.INTERRUPTED) {
                    statuses.put(outcome.id(), outcome.status().label());
                }
                listener.finished(outcome);
            }

            @Override
            public void ended() {
            }
        };
    }

    private static Map<String, Long> counts(SweepPlan plan, Map<String, String> statuses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long complete = statuses.values().stream().filter(RunStatus.COMPLETE.label()::equals).count();
        long failed = statuses.values().stream().filter(RunStatus.FAILED.label()::equals).count();
        counts.put("runs_complete", complete);
        counts.put("runs_failed", failed);
        counts.put("runs_pending", plan.runs().size() - complete - failed);
        return counts;
    }
}
