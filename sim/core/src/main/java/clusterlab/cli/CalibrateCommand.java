package clusterlab.cli;

import clusterlab.calibration.Calibrator;
import clusterlab.output.AtomicFile;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterlab calibrate}: fits a scenario's free parameters to its declared targets. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit the parameters a scenario declares free (calibration.free) to the figures it declares "
                + "(calibration.targets), over calibration.replications runs with common random numbers. "
                + "Prints the fit table and writes fit.csv, evaluations.csv and fitted.txt (the best values "
                + "as --set lines). With calibration.max_evaluations=0 it only reports the fit at the scenario's values.", ""})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to create for the tables; must not exist or be empty (default: a new folder under results/).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only the fit table and errors, not each evaluation.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = workers.count(spec);
        ResolvedScenario resolved = ScenarioLoader.loadForCalibration(scenario.file, scenario.assignments());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SignalGuard guard = new SignalGuard();
        Calibrator.Result result;
        Path dir = out(resolved);
        try (guard) {
            Calibrator calibrator = Calibrator.create(resolved, scenario.assignments(), n, guard.stop, line -> {
                if (!quiet) {
                    err.println(line);
                    err.flush();
                }
            });
            result = calibrator.run(dir);
            if (result.fit() != null) {
                AtomicFile.write(dir.resolve("fitted.txt"), result.assignments().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (result.fit() != null) {
            out.println(result.fit().format());
            if (!result.free().isEmpty()) {
                out.println("Best values (" + result.evaluations() + " evaluations):");
                out.print(result.assignments());
            }
        }
        out.println((result.complete() ? "calibrated" : "interrupted") + " -> " + dir);
        out.flush();
        guard.finished();
        return result.complete() ? Main.OK : Main.INTERRUPTED;
    }

    private Path out(ResolvedScenario resolved) {
        return out != null ? out : ResultsFolder.fresh("calibrate-" + resolved.scenario().name());
    }
}
