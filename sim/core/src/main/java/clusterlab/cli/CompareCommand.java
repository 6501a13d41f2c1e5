package clusterlab.cli;

import clusterlab.experiment.Additionality;
import clusterlab.experiment.Comparison;
import clusterlab.experiment.MeanInterval;
import clusterlab.experiment.LocalExecutor;
import clusterlab.experiment.Sweep;
import clusterlab.experiment.SweepFile;
import clusterlab.experiment.SweepFolder;
import clusterlab.experiment.SweepPlan;
import clusterlab.experiment.SweepSpec;
import clusterlab.metrics.Indicator;
import clusterlab.output.RunFolder;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code clusterlab compare}: paired differences between arms or scenarios, with 95% confidence intervals.
 * (picocli formats descriptions with String.format, so a percent sign in them is written %%.)
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare variants run with common random numbers: the arms of a sweep, or several sweeps "
                + "or runs. For each design point, variant and indicator: the mean paired difference from the "
                + "reference variant and its 95%% confidence interval over replications, per fiscal year "
                + "(comparison_fiscal_year.csv) and over the whole horizon (comparison_horizon.csv).", ""})
final class CompareCommand implements Callable<Integer> {
    private static final List<Indicator> HEADLINE = List.of(Indicator.PATENT_APPLICATIONS,
            Indicator.COMMERCIALISATIONS, Indicator.NEW_BUSINESSES, Indicator.EMPLOYMENT, Indicator.FIRMS);
    /** Points whose lines are printed; beyond this the tables say it all. */
    private static final int PRINTED_POINTS = 12;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Sweep folders or run folders.")
    List<Path> dirs;

    @Option(names = "--reference", paramLabel = "VARIANT",
            description = "The variant others are compared with (default: the first, e.g. the sweep's first arm).")
    String reference;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the tables; must not exist or be empty (default: a new folder under results/).")
    Path out;

    @Option(names = "--target-ci-width", paramLabel = "W",
            description = "For one sweep folder with arms: add replications (run into the same folder) until the "
                    + "95%% CI of every horizon difference of --indicator is at most W wide, or --max-replications.")
    Double targetWidth;

    @Option(names = "--indicator", paramLabel = "NAME", defaultValue = "patent_applications",
            description = "The indicator --target-ci-width applies to (default: ${DEFAULT-VALUE}).")
    String indicator;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "50",
            description = "Most replications --target-ci-width may reach, 2 to 10000 (default: ${DEFAULT-VALUE}).")
    int maxReplications;

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
        Indicator target = Arrays.stream(Indicator.values()).filter(i -> i.column().equals(indicator)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "option '--indicator': unknown indicator '"
                        + indicator + "'; see 'clusterlab indicators' for the names"));
        PrintWriter w = spec.commandLine().getOut();
        Path dir = out != null ? out : ResultsFolder.fresh("compare");
        RunFolder.checkFree(dir);
        if (targetWidth != null) {
            int code = addReplications(target, w);
            if (code != Main.OK) {
                return code;
            }
        }
        Comparison c = Comparison.of(dirs, reference);
        RunFolder.prepare(dir);
        c.write(dir);
        if (!quiet) {
            print(c, w);
            printAdditionality(Additionality.of(c), w);
            w.printf("tables: %s, %s, %s in %s%n", Comparison.HORIZON_CSV, Comparison.FISCAL_YEAR_CSV,
                    Additionality.CSV, dir);
            w.flush();
        }
        return Main.OK;
    }

    private int addReplications(Indicator target, PrintWriter w) throws Exception {
        if (!(targetWidth > 0) || maxReplications < 2 || maxReplications > 10_000) {
            throw new ParameterException(spec.commandLine(), "options '--target-ci-width' greater than 0 and "
                    + "'--max-replications' from 2 to 10000 are needed to add replications");
        }
        if (dirs.size() != 1 || !dirs.get(0).resolve(SweepFolder.SWEEP_JSON).toFile().isFile()) {
            throw new ParameterException(spec.commandLine(),
                    "option '--target-ci-width': give exactly one sweep folder (with arms) to add replications to");
        }
        Path dir = dirs.get(0);
        JsonNode record = new ObjectMapper().readTree(dir.resolve(SweepFolder.SWEEP_JSON).toFile());
        List<Assignment> sets = new ArrayList<>();
        record.path("command_line_sets").forEach(s -> sets.add(Assignment.set(s.asText())));
        SweepSpec s = SweepFile.load(Path.of(record.path("sweep_file_absolute").asText()), sets);
        int n = record.path("replications").asInt(s.replications());
        int workerCount = workers.count(spec);
        SignalGuard guard = new SignalGuard();
        try (guard) {
            while (!guard.stop.get()) {
                double widest = Comparison.of(dirs, reference).horizon().stream()
                        .filter(l -> l.indicator() == target).mapToDouble(l -> l.difference().width())
                        .map(x -> Double.isNaN(x) ? Double.POSITIVE_INFINITY : x).max().orElse(Double.POSITIVE_INFINITY);
                if (widest <= targetWidth || n >= maxReplications) {
                    if (!quiet) {
                        w.printf("%s: widest 95%% CI %.4g with %d replications (target %.4g)%n", target.column(),
                                widest, n, targetWidth);
                    }
                    break;
                }
                double grow = Double.isInfinite(widest) ? 2 : Math.pow(widest / targetWidth, 2);
                int next = (int) Math.min(maxReplications, Math.max(n + 1, Math.ceil(n * grow)));
                if (!quiet) {
                    w.printf("%s: widest 95%% CI %.4g with %d replications > %.4g; running up to %d%n",
                            target.column(), widest, n, targetWidth, next);
                    w.flush();
                }
                Sweep.Result r = Sweep.run(SweepPlan.of(s.withReplications(next)), dir, new LocalExecutor(workerCount, spinupCache.folder(spec)),
                        SweepProgressDisplay.create(quiet), guard.stop);
                if (r.failed() > 0) {
                    throw new ScenarioException(dir + ": " + r.failed() + " runs failed while adding replications; "
                            + "see runs.csv and their manifests");
                }
                n = next;
            }
        }
        guard.finished();
        return guard.stop.get() ? Main.INTERRUPTED : Main.OK;
    }

    private void print(Comparison c, PrintWriter w) {
        w.printf("reference: %s; differences over the whole horizon (flows summed, stocks at the end), "
                + "mean and 95%% CI over paired runs%n", c.reference());
        w.printf("%-8s %-24s %-22s %6s %14s %30s%n", "point", "variant", "indicator", "pairs", "difference", "95% CI");
        List<String> points = new ArrayList<>();
        for (Comparison.Line l : c.horizon()) {
            if (!points.contains(l.point())) {
                points.add(l.point());
            }
            if (points.size() > PRINTED_POINTS || !HEADLINE.contains(l.indicator())) {
                continue;
            }
            w.printf("%-8s %-24s %-22s %6d %14.6g %30s%n", l.point().isEmpty() ? "-" : l.point(), l.variant(),
                    l.indicator().column(), l.difference().n(), l.difference().mean(),
                    String.format("[%.6g, %.6g]", l.difference().low(), l.difference().high()));
        }
        if (points.size() > PRINTED_POINTS) {
            w.printf("(%d points in all; the first %d shown)%n", points.size(), PRINTED_POINTS);
        }
    }

    /** Per oku of programme money: what the funded projects produced, and what the nation gained. */
    private static void printAdditionality(Additionality a, PrintWriter w) {
        List<Additionality.Row> all = a.rows().stream().filter(r -> r.programme().equals(Additionality.ALL)).toList();
        if (all.isEmpty()) {
            return;
        }
        w.printf("%nadditionality, per oku of programme money spent (national and local), mean and 95%% CI over pairs:%n");
        w.printf("%-8s %-24s %-20s %12s %24s %24s %24s%n", "point", "variant", "output", "spent (oku)", "direct per oku",
                "total per oku", "total / direct");
        for (Additionality.Row r : all.subList(0, Math.min(all.size(), PRINTED_POINTS * Additionality.OUTPUTS.size()))) {
            w.printf("%-8s %-24s %-20s %12.4g %24s %24s %24s%n", r.point().isEmpty() ? "-" : r.point(), r.variant(),
                    r.output().column(), r.spentOku().mean(), interval(r.directPerOku()), interval(r.totalPerOku()),
                    interval(r.multiplier()));
        }
    }

    private static String interval(MeanInterval m) {
        return String.format("%.3g [%.3g, %.3g]", m.mean(), m.low(), m.high());
    }
}
