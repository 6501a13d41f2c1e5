package clusterlab.experiment;

import clusterlab.metrics.Indicator;
import clusterlab.output.AtomicFile;
import clusterlab.output.CsvTable;
import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import clusterlab.scenario.ScenarioException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Paired comparison of variants (arms, sweeps, scenarios) against a reference variant: for each
 * design point, each other variant and each indicator, the differences between runs that share
 * a seed (common random numbers), with their mean and 95% confidence interval over the pairs,
 * per fiscal year and over the whole horizon (flows summed, stocks at the end).
 */
public final class Comparison {
    public static final String FISCAL_YEAR_CSV = "comparison_fiscal_year.csv";
    public static final String HORIZON_CSV = "comparison_horizon.csv";

    private final ComparisonInputs.Inputs inputs;
    private final String reference;
    private final List<String> variants;
    /** runs by point, then variant, then pair key. */
    private final Map<String, Map<String, Map<String, Run>>> tables = new LinkedHashMap<>();
    private final Map<String, List<String>> pointValues = new LinkedHashMap<>();

    /** A compared run: its folder and its national fiscal-year table. */
    public record Run(Path dir, NumericTable national) {
    }

    /** A point and non-reference variant with its runs paired with the reference's by seed: {variant's, reference's}. */
    public record Pairs(String point, String variant, List<Run[]> pairs) {
    }

    /** One line of the horizon table: a variant against the reference at a point, for one indicator. */
    public record Line(String point, String variant, Indicator indicator, MeanInterval difference,
                       double mean, double referenceMean) {
    }

    private Comparison(ComparisonInputs.Inputs inputs, String reference) {
        this.inputs = inputs;
        Set<String> seen = new LinkedHashSet<>();
        inputs.runs().forEach(r -> seen.add(r.variant()));
        this.variants = List.copyOf(seen);
        if (variants.size() < 2) {
            throw new ScenarioException("compare: the folders hold " + (variants.isEmpty() ? "no complete runs"
                    : "one variant only (" + variants.get(0) + ")") + "; give a sweep with arms, or two or more "
                    + "sweeps or runs of different scenarios");
        }
        if (reference != null && !variants.contains(reference)) {
            throw new ScenarioException("option '--reference': no variant '" + reference + "'; the variants are "
                    + String.join(", ", variants));
        }
        this.reference = reference != null ? reference : variants.get(0);
        for (ComparedRun r : inputs.runs()) {
            Run run = new Run(r.dir(), NumericTable.read(r.dir().resolve(RunFolder.NATIONAL_FISCAL_YEAR)));
            Run earlier = tables.computeIfAbsent(r.point(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(r.variant(), v -> new LinkedHashMap<>()).put(r.pairKey(), run);
            if (earlier != null) {
                throw new ScenarioException("compare: two runs of variant '" + r.variant() + "' have the same point and "
                        + "seed (" + r.pairKey() + "), the second in " + r.dir() + "; give each variant's runs once");
            }
            pointValues.putIfAbsent(r.point(), r.pointValues());
        }
        if (pairs().isEmpty()) {
            throw new ScenarioException("compare: no run of " + String.join(", ", variants.subList(1, variants.size()))
                    + " shares a point and seed with a run of the reference " + this.reference
                    + "; compare runs made with the same seeds (common random numbers)");
        }
    }

    /** The complete runs of a sweep folder (variant: the arm, or the folder's name without arms). */
    public static List<ComparedRun> runsOf(Path sweepDir) {
        return ComparisonInputs.read(List.of(sweepDir)).runs();
    }

    /** Compares the runs in {@code dirs}; {@code reference} null means the first variant found. */
    public static Comparison of(List<Path> dirs, String reference) {
        return new Comparison(ComparisonInputs.read(dirs), reference);
    }

    public String reference() {
        return reference;
    }

    public List<String> variants() {
        return variants;
    }

    /** The varied parameters' names, when the runs come from one sweep (else empty). */
    public List<String> parameters() {
        return inputs.parameters();
    }

    /** A design point's parameter values, in the order of {@link #parameters()}. */
    public List<String> valuesAt(String point) {
        return pointValues.getOrDefault(point, List.of());
    }

    /** Whole-horizon differences of every variant against the reference, point by point. */
    public List<Line> horizon() {
        List<Line> out = new ArrayList<>();
        for (Pairs p : pairs()) {
            for (Indicator ind : Indicator.values()) {
                double[][] v = values(p.pairs(), t -> Horizon.value(t, ind));
                out.add(new Line(p.point(), p.variant(), ind, MeanInterval.of(differences(v)), mean(v[0]), mean(v[1])));
            }
        }
        return out;
    }

    /** Writes the fiscal-year and horizon tables into {@code dir}. */
    public void write(Path dir) throws IOException {
        String head = prefixColumns() + ",indicator,";
        AtomicFile.writeText(dir.resolve(HORIZON_CSV), out -> {
            out.write(head + "pairs,mean,reference_mean,difference,ci_low,ci_high\n");
            for (Line l : horizon()) {
                prefix(out, l.point(), l.variant(), l.indicator());
                out.write(l.difference().n() + "," + num(l.mean()) + "," + num(l.referenceMean()) + ","
                        + interval(l.difference()) + "\n");
            }
        });
        AtomicFile.writeText(dir.resolve(FISCAL_YEAR_CSV), out -> {
            out.write(head + "fiscal_year,pairs,mean,reference_mean,difference,ci_low,ci_high\n");
            for (Pairs p : pairs()) {
                String point = p.point();
                String variant = p.variant();
                NumericTable any = p.pairs().get(0)[0].national();
                int fyColumn = any.column("fiscal_year");
                for (Indicator ind : Indicator.values()) {
                    int column = any.column(ind.column());
                    for (int row = 0; row < any.rows(); row++) {
                        int r = row;
                        double[][] v = values(p.pairs(), t -> r < t.rows() ? t.value(r, column) : Double.NaN);
                        MeanInterval d = MeanInterval.of(differences(v));
                        prefix(out, point, variant, ind);
                        out.write((long) any.value(row, fyColumn) + "," + d.n() + "," + num(mean(v[0])) + ","
                                + num(mean(v[1])) + "," + interval(d) + "\n");
                    }
                }
            }
        });
        Additionality.of(this).write(dir.resolve(Additionality.CSV), prefixColumns());
    }

    /** The leading columns of every comparison table: the point, its parameter values, variant and reference. */
    String prefixColumns() {
        List<String> params = inputs.parameters();
        return "point," + (params.isEmpty() ? "" : String.join(",", params) + ",") + "variant,reference";
    }

    private void prefix(BufferedWriter out, String point, String variant, Indicator ind) throws IOException {
        out.write(prefix(point, variant) + ind.column() + ",");
    }

    /** The values of {@link #prefixColumns()} for a point and variant, each followed by a comma. */
    String prefix(String point, String variant) {
        StringBuilder b = new StringBuilder(point).append(',');
        for (String v : pointValues.getOrDefault(point, List.of())) {
            b.append(SweepFolder.quoted(v)).append(',');
        }
        return b.append(SweepFolder.quoted(variant)).append(',').append(SweepFolder.quoted(reference)).append(',').toString();
    }

    private static String interval(MeanInterval d) {
        return num(d.mean()) + "," + num(d.low()) + "," + num(d.high());
    }

    private static String num(double v) {
        return CsvTable.format(v);
    }

    /** Each point and non-reference variant with its runs paired with the reference's, in key order. */
    public List<Pairs> pairs() {
        List<Pairs> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Run>>> p : tables.entrySet()) {
            Map<String, Run> ref = p.getValue().get(reference);
            if (ref == null) {
                continue;
            }
            for (String variant : variants) {
                Map<String, Run> runs = p.getValue().get(variant);
                if (variant.equals(reference) || runs == null) {
                    continue;
                }
                List<Run[]> pairs = new ArrayList<>();
                for (String key : new TreeSet<>(runs.keySet())) {
                    if (ref.containsKey(key)) {
                        pairs.add(new Run[] {runs.get(key), ref.get(key)});
                    }
                }
                if (!pairs.isEmpty()) {
                    out.add(new Pairs(p.getKey(), variant, pairs));
                }
            }
        }
        return out;
    }

    /** values[0] the variant's, values[1] the reference's, pair by pair. */
    private static double[][] values(List<Run[]> pairs, java.util.function.ToDoubleFunction<NumericTable> f) {
        double[][] v = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            v[0][i] = f.applyAsDouble(pairs.get(i)[0].national());
            v[1][i] = f.applyAsDouble(pairs.get(i)[1].national());
        }
        return v;
    }

    /** Differences of the pairs where both values are defined. */
    private static double[] differences(double[][] v) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < v[0].length; i++) {
            if (!Double.isNaN(v[0][i]) && !Double.isNaN(v[1][i])) {
                d.add(v[0][i] - v[1][i]);
            }
        }
        return d.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
