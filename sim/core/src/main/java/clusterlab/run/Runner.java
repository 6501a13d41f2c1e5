package clusterlab.run;

import clusterlab.metrics.IndicatorSink;
import clusterlab.model.ClusterModel;
import clusterlab.output.RunFolder;
import clusterlab.scenario.Scenario;
import clusterlab.world.Calendar;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run as a function: (scenario, seed, options) to a run folder. Steps the MASON schedule one
 * month at a time, checking between months whether it has been asked to stop; whatever ends the
 * run (completion, a stop request, a failure), the tables are closed under their final names and
 * the manifest records the status.
 */
public final class Runner {
    private Runner() {
    }

    /**
     * @param stop set from another thread (e.g. a signal handler) to end the run after the current month
     * @throws RunFolder.OutputFolderException when the output folder cannot be used
     */
    public static RunResult run(RunRequest req, RunProgress progress, AtomicBoolean stop) throws IOException {
        Scenario s = req.scenario().scenario();
        Instant started = Instant.now();
        List<String> regions = s.regions().stream().map(r -> r.name()).toList();
        List<String> programmes = s.programmes().stream().map(p -> p.name()).toList();
        // A checkpoint is read (and refused if it does not fit) before anything is written.
        Checkpoint.State saved = req.resume() == null ? null
                : Checkpoint.read(req.resume(), req.fingerprints(), req.fork());
        if (saved != null && req.fork()) {
            clusterlab.stages.PolicyStage.checkFork(saved.world(), s, saved.ticksDone());
        }
        RunFolder folder = RunFolder.create(req.out(), regions, s.fields(), programmes, s.startFiscalYear(),
                req.snapshots(), saved == null ? null : saved.tables());
        ClusterModel model = new ClusterModel(s, s.seed(), req.scale(), req.threads(), req.kernel(), folder);
        ObjectNode manifest = Manifest.of(req, started, model);
        RunStatus status = RunStatus.FAILED;
        Throwable failure = null;
        int done = saved == null ? s.firstTick() : saved.ticksDone();
        SpinupCache.Claim spinup = SpinupCache.Claim.NONE;
        try {
            folder.writeManifest(manifest);
            if (saved == null) {
                spinup = SpinupCache.claim(req.spinupCache(), s, s.seed(), req.scale(), req.kernel());
                Manifest.spinup(manifest, spinup);
                folder.writeManifest(manifest);
                done = start(model, spinup);
            } else {
                model.resume(saved.world(), saved.ticksDone(), req.fork());
            }
            progress.started(s.ticks());
            while (done < s.ticks() && !stop.get()) {
                model.schedule.step(model);
                done = model.ticksDone();
                if (done == 0) {
                    spinup.store(model.world());
                }
                // The bar counts reported months; the spin-up's (done <= 0) show as the first.
                progress.tick(Math.max(0, done), Calendar.fiscalYear(s.startFiscalYear(), done - 1));
                checkpoint(req, folder, model, done);
            }
            status = done == s.ticks() ? RunStatus.COMPLETE : RunStatus.INTERRUPTED;
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            spinup.close();
            progress.finished();
            model.finish();
            folder.close();
            Manifest.end(manifest, status, done, Instant.now(), failure);
            folder.writeManifest(manifest);
        }
        return new RunResult(status, folder.dir(), done, model.clock(), failure);
    }

    /**
     * Starts a fresh model: from the cached world at rest when the cache has it, else by building the
     * world (the spin-up then runs as the first months of the loop).
     *
     * @return the model's next tick
     */
    private static int start(ClusterModel model, SpinupCache.Claim spinup) {
        if (spinup.world() != null) {
            model.continueAtRest(spinup.world());
        } else {
            model.start();
        }
        return model.ticksDone();
    }

    /** Writes {@code checkpoint-FYyyyy.ckpt} when a fiscal year that is due one has just closed (the last one too). */
    private static void checkpoint(RunRequest req, RunFolder folder, ClusterModel model, int done) throws IOException {
        int every = req.checkpointEveryYears();
        Scenario s = req.scenario().scenario();
        if (every <= 0 || done <= 0 || done % (12 * every) != 0) {
            return;
        }
        int fiscalYear = Calendar.fiscalYear(s.startFiscalYear(), done - 1);
        Checkpoint.write(folder.dir().resolve(checkpointName(fiscalYear)), req.fingerprints(),
                new Checkpoint.State(done, model.world(), folder.tablesSoFar()));
    }

    /** The checkpoint file written after fiscal year {@code fy}. */
    public static String checkpointName(int fy) {
        return "checkpoint-FY" + fy + ".ckpt";
    }

    /**
     * Runs the whole horizon in-process into a sink, with no run folder (for calibration and
     * experiments that keep only figures); stops after the current month when asked.
     *
     * @return whether the run completed
     */
    public static boolean simulate(Scenario s, long seed, double scale, int threads, IndicatorSink sink,
                                   AtomicBoolean stop) {
        return simulate(s, seed, scale, threads, sink, null, stop);
    }

    /**
     * As {@link #simulate(Scenario, long, double, int, IndicatorSink, AtomicBoolean)}, with the spin-up
     * taken from (or stored in) the cache in {@code spinupCache} (null: none).
     */
    public static boolean simulate(Scenario s, long seed, double scale, int threads, IndicatorSink sink,
                                   java.nio.file.Path spinupCache, AtomicBoolean stop) {
        ClusterModel model = new ClusterModel(s, seed, scale, threads, sink);
        try (SpinupCache.Claim spinup = SpinupCache.claim(spinupCache, s, seed, scale, clusterlab.firms.KernelKind.optimised)) {
            start(model, spinup);
            while (model.ticksDone() < s.ticks() && !stop.get()) {
                model.schedule.step(model);
                if (model.ticksDone() == 0) {
                    spinup.store(model.world());
                }
            }
        } finally {
            model.finish();
        }
        return model.ticksDone() == s.ticks();
    }
}
