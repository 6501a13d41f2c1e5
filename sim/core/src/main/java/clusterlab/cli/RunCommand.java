package clusterlab.cli;

import clusterlab.firms.KernelKind;
import clusterlab.run.RunRequest;
import clusterlab.run.RunResult;
import clusterlab.run.RunStatus;
import clusterlab.run.Runner;
import clusterlab.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clusterlab run}: one simulation, written to a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one simulation of a scenario and write a run folder "
                + "(manifest.json and CSV tables; see docs/outputs.md).", ""})
final class RunCommand implements Callable<Integer> {
    @Mixin
    RunOptions options = new RunOptions();

    @Option(names = "--kernel", paramLabel = "KIND", defaultValue = "optimised",
            description = "Firm step kernel: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    KernelKind kernel;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to create; must not exist or be empty (default: a new folder under results/).")
    Path out;

    @Option(names = "--snapshots", description = "Also write per-firm snapshots each fiscal year (firms_fiscal_year.csv.gz).")
    boolean snapshots;

    @Option(names = "--checkpoint-every", paramLabel = "YEARS",
            description = "Write a checkpoint (checkpoint-FYyyyy.ckpt in the run folder) every YEARS fiscal years, "
                    + "1 to 200; --resume goes on from one.")
    Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "CHECKPOINT_FILE",
            description = "Go on from a checkpoint of this same run (same scenario, changes, seed, scale and kernel) "
                    + "into a new folder, which ends byte for byte as the uninterrupted run's.")
    Path resume;

    @Option(names = "--fork", description = "With --resume: go on from the checkpoint's world under this run's own "
            + "scenario and changes (other programme budgets, other parameters, a longer horizon): warm up once, "
            + "fork many. The world (regions, populations, seed, scale) must be the checkpoint's.")
    boolean fork;

    @Mixin
    SpinupCacheOptions spinupCache = new SpinupCacheOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOptions.Resolved resolved = options.resolve(spec);
        Scenario s = resolved.scenario().scenario();
        Path dir = out != null ? out : ResultsFolder.fresh(s.name() + "-seed" + s.seed());
        RunRequest plain = options.request(resolved, kernel, dir, snapshots);
        RunRequest request = new RunRequest(plain.scenario(), plain.scale(), plain.threads(), plain.kernel(), plain.out(),
                plain.snapshots(), plain.overrides(), checkpointYears(), resume, fork, spinupCache.folder(spec));
        return runWithSignals(request);
    }

    /** The checkpoint interval, checked against the options it cannot go with. */
    private int checkpointYears() {
        if (fork && resume == null) {
            throw new ParameterException(spec.commandLine(), "option '--fork' needs '--resume CHECKPOINT_FILE'");
        }
        if (checkpointEvery == null && resume == null) {
            return 0;
        }
        if (checkpointEvery != null && (checkpointEvery < 1 || checkpointEvery > 200)) {
            throw new ParameterException(spec.commandLine(), "option '--checkpoint-every': value " + checkpointEvery
                    + " is out of range; allowed: from 1 to 200 (fiscal years)");
        }
        if (snapshots || kernel == KernelKind.reference) {
            throw new ParameterException(spec.commandLine(), "options '--checkpoint-every' and '--resume' work with "
                    + "the optimised kernel and without --snapshots");
        }
        return checkpointEvery == null ? 0 : checkpointEvery;
    }

    /** Runs with a {@link SignalGuard}: Ctrl-C or SIGTERM ends the run after the current month, with code 130. */
    private int runWithSignals(RunRequest request) throws Exception {
        SignalGuard guard = new SignalGuard();
        PrintWriter out = spec.commandLine().getOut();
        long startNanos = System.nanoTime();
        RunResult result;
        try (guard) {
            result = Runner.run(request, ProgressDisplay.create(quiet), guard.stop);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int code = report(result, seconds, out);
        guard.finished();
        return code;
    }

    private int report(RunResult result, double seconds, PrintWriter out) {
        if (result.status() == RunStatus.FAILED) {
            spec.commandLine().getErr().println("clusterlab: run failed after " + result.ticksDone()
                    + " months; partial results and the manifest are in " + result.dir());
            if (result.failure() instanceof Exception e) {
                throw new IllegalStateException("run failed", e);
            }
            throw (Error) result.failure();
        }
        if (!quiet) {
            out.printf("%s: %d months (%d fiscal years) in %.1f s -> %s%n", result.status().label(),
                    result.ticksDone(), result.ticksDone() / 12, seconds, result.dir());
            out.flush();
        }
        return result.status() == RunStatus.COMPLETE ? Main.OK : Main.INTERRUPTED;
    }
}
