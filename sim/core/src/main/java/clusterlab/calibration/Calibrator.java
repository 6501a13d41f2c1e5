package clusterlab.calibration;

import clusterlab.output.CsvTable;
import clusterlab.output.RunFolder;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.CalibrationSpec;
import clusterlab.scenario.FreeParameter;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.scenario.ScenarioTree;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Fits a scenario's free parameters to its targets. Each evaluation loads the scenario with the
 * free parameters set, runs the declared replications with common random numbers and scores the
 * fit table; the optimiser (Commons Math: BOBYQA, bounded and derivative-free, for two or more
 * parameters; Brent for one) works on the parameters scaled to [0, 1] within their bounds and
 * starts from the scenario's own values. Every evaluation is written as it finishes, so an
 * interrupted calibration keeps what it learnt.
 */
public final class Calibrator {
    /** What came out: the best parameter values found, their fit table, and whether the search ran to its end. */
    public record Result(List<FreeParameter> free, double[] best, FitTable fit, int evaluations, boolean complete) {
        /** The best values as {@code --set} assignments, one a line. */
        public String assignments() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < free.size(); i++) {
                b.append(free.get(i).path()).append('=').append(CsvTable.format(best[i])).append('\n');
            }
            return b.toString();
        }
    }

    private final Path file;
    private final List<Assignment> sets;
    private final Replicator replicator;
    private final Consumer<String> progress;
    private final CalibrationSpec spec;
    private final List<Figure> figures;

    private CsvTable evaluationsCsv;
    private int evaluations;
    private double bestObjective = Double.POSITIVE_INFINITY;
    private double[] best;
    private FitTable bestFit;

    /**
     * @param sets     the command line's {@code --set} overrides, applied before the free parameters
     * @param progress receives one line per evaluation
     */
    Calibrator(ResolvedScenario resolved, List<Assignment> sets, Replicator replicator, Consumer<String> progress) {
        this.file = resolved.file();
        this.sets = List.copyOf(sets);
        this.replicator = replicator;
        this.progress = progress;
        this.spec = resolved.scenario().calibration();
        this.figures = Figure.of(resolved.scenario(), file.toString());
        if (figures.isEmpty()) {
            throw new ScenarioException(file + ": field 'calibration.targets': the scenario declares no targets to fit; "
                    + "add at least one (see scenarios/knowledge-cluster-phase1.yaml)");
        }
        for (int i = 0; i < spec.free().size(); i++) {
            FreeParameter f = spec.free().get(i);
            withFree(i, new double[] {f.min()});
            withFree(i, new double[] {f.max()});
        }
    }

    /** Starts a calibration with its own worker pool. */
    public static Calibrator create(ResolvedScenario resolved, List<Assignment> sets, int workers,
                                    java.util.concurrent.atomic.AtomicBoolean stop, Consumer<String> progress) {
        return new Calibrator(resolved, sets, new Replicator(workers, stop), progress);
    }

    /** The scenario's own values of the free parameters. */
    private double[] start(Scenario s) {
        JsonNode tree = ScenarioTree.toTree(s);
        double[] x = new double[spec.free().size()];
        for (int i = 0; i < x.length; i++) {
            FreeParameter f = spec.free().get(i);
            JsonNode v = tree.at("/" + f.path().replace('.', '/'));
            if (!v.isNumber()) {
                throw new ScenarioException(file + ": field 'calibration.free." + i + ".path': '" + f.path()
                        + "' is not a numeric parameter of the scenario");
            }
            x[i] = Math.min(f.max(), Math.max(f.min(), v.asDouble()));
        }
        return x;
    }

    /**
     * Runs the search (or only the fit at the scenario's values when nothing is free or no
     * evaluations are allowed), writing every evaluation to {@code evaluations.csv} and the best
     * fit to {@code fit.csv} in {@code dir}, a folder that must not exist or be empty.
     */
    public Result run(Path dir) throws IOException {
        RunFolder.prepare(dir);
        Scenario base = ScenarioLoader.load(file, sets).scenario();
        double[] x0 = start(base);
        List<String> header = new ArrayList<>(List.of("evaluation", "objective", "figures_within_tolerance"));
        spec.free().forEach(f -> header.add(f.path()));
        boolean complete = true;
        try (CsvTable csv = new CsvTable(dir.resolve("evaluations.csv"), header)) {
            evaluationsCsv = csv;
            try {
                evaluate(x0);
                if (!spec.free().isEmpty() && spec.maxEvaluations() > 1) {
                    search(x0);
                }
            } catch (Replicator.Stopped stopped) {
                complete = false;
            }
        } finally {
            replicator.close();
        }
        if (bestFit != null) {
            bestFit.write(dir.resolve("fit.csv"));
        }
        return new Result(spec.free(), best, bestFit, evaluations, complete);
    }

    private void search(double[] x0) {
        int n = x0.length;
        double[] u0 = new double[n];
        for (int i = 0; i < n; i++) {
            FreeParameter f = spec.free().get(i);
            u0[i] = (x0[i] - f.min()) / (f.max() - f.min());
        }
        MaxEval budget = new MaxEval(spec.maxEvaluations() - 1);
        try {
            if (n == 1) {
                new BrentOptimizer(1e-3, 1e-4).optimize(budget, GoalType.MINIMIZE,
                        new UnivariateObjectiveFunction(u -> objective(new double[] {u})),
                        new SearchInterval(0, 1, u0[0]));
            } else {
                // Interpolation points 2n+1 (the recommended number); trust region from a fifth of the box down to 1e-3.
                new BOBYQAOptimizer(2 * n + 1, 0.2, 1e-3).optimize(budget, GoalType.MINIMIZE,
                        new ObjectiveFunction((MultivariateFunction) this::objective), new InitialGuess(u0),
                        new SimpleBounds(new double[n], filled(n, 1.0)));
            }
        } catch (TooManyEvaluationsException spent) {
            // The evaluation budget is the normal end of a noisy search; the best point so far stands.
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** The objective at scaled parameters u in [0, 1]^n. */
    private double objective(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            FreeParameter f = spec.free().get(i);
            x[i] = f.min() + Math.min(1, Math.max(0, u[i])) * (f.max() - f.min());
        }
        return evaluate(x);
    }

    private double evaluate(double[] x) {
        Scenario s = withFree(0, x);
        double[][] values = replicator.run(s, figures, spec.replications());
        List<FitRow> rows = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            rows.add(FitRow.of(figures.get(f), values[f]));
        }
        FitTable fit = new FitTable(rows, spec.replications());
        double objective = fit.objective();
        evaluations++;
        if (objective < bestObjective) {
            bestObjective = objective;
            best = x.clone();
            bestFit = fit;
        }
        evaluationsCsv.cell(evaluations).cell(objective).cell(fit.withinTolerance());
        for (double v : x) {
            evaluationsCsv.cell(v);
        }
        evaluationsCsv.end();
        evaluationsCsv.flush();
        progress.accept(String.format(java.util.Locale.ROOT, "evaluation %d/%d: objective %.5f, %d/%d figures within ±25%%, best %.5f",
                evaluations, Math.max(1, spec.maxEvaluations()), objective, fit.withinTolerance(), fit.size(), bestObjective));
        return objective;
    }

    private Assignment assignment(int i, double value) {
        String text = spec.free().get(i).path() + "=" + CsvTable.format(value);
        return new Assignment(text, file + ": calibration.free." + i + " (" + text + ")");
    }

    /** The scenario with the command line's overrides and free parameters {@code first, first+1, ...} set to {@code values}. */
    private Scenario withFree(int first, double[] values) {
        List<Assignment> all = new ArrayList<>(sets);
        for (int k = 0; k < values.length; k++) {
            all.add(assignment(first + k, values[k]));
        }
        return ScenarioLoader.load(file, all).scenario();
    }
}
