package clusterlab.cli;

import clusterlab.experiment.RunExecutor;
import clusterlab.experiment.RunOutcome;
import clusterlab.experiment.Sweep;
import clusterlab.experiment.SweepExecutors;
import clusterlab.experiment.SweepFile;
import clusterlab.experiment.SweepPlan;
import clusterlab.experiment.SweepSpec;
import clusterlab.run.RunStatus;
import clusterlab.scenario.Assignment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clusterlab sweep}: a batch experiment, resumed where its folder already holds finished runs. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a sweep file: its design's points x arms x replications, one run folder each under "
                + "OUT/runs/, then runs.csv and summary_fiscal_year.csv (and sensitivity tables for morris "
                + "and sobol designs). Started again with the same folder, a sweep runs only what is not yet "
                + "finished, so an interrupted sweep is never lost.", ""})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP_FILE",
            description = "Sweep file (YAML), e.g. scenarios/sweeps/concentration-crossover.yaml.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change a scenario parameter of every run by its dotted path (repeatable), after the "
                    + "sweep file's own set, e.g. --set years=5.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Sweep folder (default: results/sweep-NAME, NAME the sweep file's name, so the same "
                    + "command resumes). A folder of another sweep is refused.")
    Path out;

    @Option(names = "--executor", paramLabel = "KIND", defaultValue = "local",
            description = "Where runs execute: local (threads of this process) or spark (inside spark-submit; "
                    + "see docs/experiments.md) (default: ${DEFAULT-VALUE}).")
    String executor;

    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Mixin
    SpinupCacheOptions spinupCache = new SpinupCacheOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = workers.count(spec);
        SweepSpec s = SweepFile.load(file, sets.stream().map(Assignment::set).toList());
        SweepPlan plan = SweepPlan.of(s);
        Path dir = out != null ? out : Path.of("results", "sweep-" + stem(file));
        RunExecutor exec = SweepExecutors.create(executor, n, spinupCache.folder(spec));
        PrintWriter w = spec.commandLine().getOut();
        if (!quiet) {
            w.printf("sweep %s: %s design, %d points x %d arm(s) x %d replication(s) = %d runs; %s -> %s%n",
                    file, s.design().label(), plan.points().size(), s.arms().size(), s.replications(),
                    plan.runs().size(), exec.describe(), dir);
            w.flush();
        }
        SignalGuard guard = new SignalGuard();
        long start = System.nanoTime();
        Sweep.Result result;
        try (guard) {
            result = Sweep.run(plan, dir, exec, SweepProgressDisplay.create(quiet), guard.stop);
        }
        int code = report(result, (System.nanoTime() - start) / 1e9, n, guard.stop.get(), w);
        guard.finished();
        return code;
    }

    private int report(Sweep.Result r, double seconds, int n, boolean stopped, PrintWriter w) {
        double runSeconds = r.outcomes().stream().mapToDouble(RunOutcome::seconds).sum();
        if (!quiet) {
            w.printf("%s: %d of %d runs complete, %d failed, %d pending; this start ran %d in %.1f s -> %s%n",
                    stopped ? "interrupted" : r.pending() == 0 && r.failed() == 0 ? "complete" : "incomplete",
                    r.complete(), r.planned(), r.failed(), r.pending(), r.finishedThisStart(), seconds, r.dir());
            if (!r.outcomes().isEmpty()) {
                w.printf("runs' own time %.1f s; wall time x workers over it: %.3f%n", runSeconds,
                        seconds * Math.min(n, r.outcomes().size()) / runSeconds);
            }
            w.flush();
        }
        r.outcomes().stream().filter(o -> o.status() == RunStatus.FAILED).limit(3).forEach(o ->
                spec.commandLine().getErr().println("clusterlab: run " + o.id() + " failed: " + o.failure()));
        spec.commandLine().getErr().flush();
        if (stopped) {
            return Main.INTERRUPTED;
        }
        // Pending runs without a stop request mean something went wrong outside the runs themselves.
        return r.failed() > 0 || r.pending() > 0 ? Main.INTERNAL : Main.OK;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
