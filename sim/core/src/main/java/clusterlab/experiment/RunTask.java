package clusterlab.experiment;

import clusterlab.firms.KernelKind;
import clusterlab.output.Folders;
import clusterlab.run.RunProgress;
import clusterlab.run.RunRequest;
import clusterlab.run.RunResult;
import clusterlab.run.RunStatus;
import clusterlab.run.Runner;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run function every executor calls: one planned run into its folder under the sweep's
 * {@code runs/}. The run is written under a hidden temporary name and renamed when it ends, so a
 * folder under the run's own name is always a finished run (complete, or failed with its
 * manifest saying why); a run killed on the way leaves only a temporary folder, which the next
 * start of the sweep deletes and runs again.
 */
public final class RunTask {
    private RunTask() {
    }

    /** Carries out {@code run} without the spin-up cache (on Spark executors). */
    public static RunOutcome execute(PlannedRun run, Path sweepDir, AtomicBoolean stop) {
        return execute(run, sweepDir, null, stop);
    }

    /**
     * Carries out {@code run}, its spin-up from the cache in {@code spinupCache} (null: none); never
     * throws for a failure of the run itself (it is the outcome).
     */
    public static RunOutcome execute(PlannedRun run, Path sweepDir, Path spinupCache, AtomicBoolean stop) {
        long start = System.nanoTime();
        Path runs = SweepFolder.runsDir(sweepDir);
        Path done = runs.resolve(run.id());
        if (SweepFolder.complete(done)) {
            // Another attempt of the same run (a Spark retry or speculative copy) has finished it.
            return new RunOutcome(run.id(), RunStatus.COMPLETE, seconds(start), null);
        }
        // Each attempt writes under its own temporary name, so two attempts never touch each other's files.
        Path partial = runs.resolve("." + run.id() + "." + java.util.UUID.randomUUID() + ".partial");
        try {
            List<Assignment> changes = new ArrayList<>(run.changes());
            changes.add(new Assignment("seed=" + run.seed(), "the sweep's seed of run " + run.id()));
            ResolvedScenario scenario = ScenarioLoader.load(Path.of(run.base()), changes);
            Path fork = run.warmup().isEmpty() ? null : runs.resolve(run.warmup()).resolve(
                    Runner.checkpointName(scenario.scenario().startFiscalYear() + run.warmupYears() - 1));
            RunRequest request = new RunRequest(scenario, run.scale(), 1, KernelKind.optimised, partial, false,
                    changes.stream().map(Assignment::text).toList(), run.isWarmup() ? run.warmupYears() : 0, fork,
                    fork != null, spinupCache);
            RunResult result = Runner.run(request, RunProgress.NONE, stop);
            if (result.status() != RunStatus.INTERRUPTED) {
                publish(partial, done);
            }
            String failure = result.failure() == null ? null : String.valueOf(result.failure());
            return new RunOutcome(run.id(), result.status(), seconds(start), failure);
        } catch (IOException | RuntimeException e) {
            return new RunOutcome(run.id(), RunStatus.FAILED, seconds(start), String.valueOf(e));
        }
    }

    /**
     * Gives a finished attempt the run's name, unless an attempt that completed got there first; a
     * folder of a failed attempt under that name is replaced.
     */
    private static void publish(Path partial, Path done) throws IOException {
        if (SweepFolder.complete(done)) {
            Folders.delete(partial);
            return;
        }
        Folders.delete(done);
        try {
            Folders.rename(partial, done);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            Folders.delete(partial);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
