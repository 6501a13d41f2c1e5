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
import picocli.CommandLine.Spec;

/** {@code clusterlab run}: one simulation, written to a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one simulation of a scenario and write a run folder "
                + "(manifest.json and CSV tables; see README.md).", ""})
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

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOptions.Resolved resolved = options.resolve(spec);
        Scenario s = resolved.scenario().scenario();
        Path dir = out != null ? out : ResultsFolder.fresh(s.name() + "-seed" + s.seed());
        RunRequest request = options.request(resolved, kernel, dir, snapshots);
        return runWithSignals(request);
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
