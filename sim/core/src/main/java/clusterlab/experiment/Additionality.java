package clusterlab.experiment;

import clusterlab.metrics.Indicator;
import clusterlab.output.AtomicFile;
import clusterlab.output.CsvTable;
import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a policy's effect is its own and how much comes through spillovers and networks: for
 * each point and variant against the reference (the counterfactual), per programme, the outputs its
 * funded projects produced (direct, as the programme records count them) and the money it spent; and
 * over all programmes together, the paired difference of the nation's totals, split into the regions
 * any programme funded and the others, each per oku spent, and the multiplier total ÷ direct. Figures
 * are whole-horizon sums, paired by seed, each with its 95% interval over the pairs. Evaluations of
 * cluster programmes (docs/model-spec.md) compare exactly these: a participant's outputs against what a
 * region or nation gained.
 */
public final class Additionality {
    public static final String CSV = "additionality.csv";
    /** The programme name of the rows that sum every programme and carry the nation's totals. */
    public static final String ALL = "all programmes";
    /** Outputs that the programme tables count for funded projects and the national tables for everyone. */
    public static final List<Indicator> OUTPUTS = List.of(Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS,
            Indicator.NEW_BUSINESSES);
    private static final MeanInterval NONE = MeanInterval.of(new double[0]);

    /**
     * One row: a programme (or {@link #ALL}) of a variant at a point, for one output. Money and direct
     * outputs are the variant's less the reference's (the reference's are 0 when it is the baseline);
     * the totals and the multiplier exist only on the {@link #ALL} rows.
     */
    public record Row(String point, String variant, String programme, Indicator output, int pairs, MeanInterval spentOku,
                      MeanInterval direct, MeanInterval directPerOku, MeanInterval total, MeanInterval fundedRegions,
                      MeanInterval otherRegions, MeanInterval totalPerOku, MeanInterval multiplier) {
    }

    private final Comparison comparison;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Path, RunFigures> read = new HashMap<>();

    private Additionality(Comparison comparison) {
        this.comparison = comparison;
        for (Comparison.Pairs p : comparison.pairs()) {
            List<RunFigures[]> pairs = new ArrayList<>();
            Set<String> programmes = new LinkedHashSet<>();
            for (Comparison.Run[] pair : p.pairs()) {
                RunFigures v = figures(pair[0]);
                RunFigures r = figures(pair[1]);
                pairs.add(new RunFigures[] {v, r});
                programmes.addAll(v.programmes.keySet());
                programmes.addAll(r.programmes.keySet());
            }
            for (Indicator output : OUTPUTS) {
                int o = OUTPUTS.indexOf(output);
                for (String programme : programmes) {
                    double[] spent = differences(pairs, f -> f.programme(programme)[0]);
                    double[] direct = differences(pairs, f -> f.programme(programme)[1 + o]);
                    rows.add(new Row(p.point(), p.variant(), programme, output, pairs.size(), MeanInterval.of(spent),
                            MeanInterval.of(direct), MeanInterval.ratio(direct, spent), NONE, NONE, NONE, NONE, NONE));
                }
                rows.add(allProgrammes(p, pairs, output, o));
            }
        }
    }

    /** The additionality of every variant of {@code comparison} against its reference. */
    public static Additionality of(Comparison comparison) {
        return new Additionality(comparison);
    }

    public List<Row> rows() {
        return rows;
    }

    private static Row allProgrammes(Comparison.Pairs p, List<RunFigures[]> pairs, Indicator output, int o) {
        int n = pairs.size();
        double[] spent = differences(pairs, RunFigures::spentOku);
        double[] direct = differences(pairs, f -> f.direct(o));
        double[] total = differences(pairs, f -> Horizon.value(f.national, output));
        double[] funded = new double[n];
        double[] other = new double[n];
        for (int i = 0; i < n; i++) {
            RunFigures v = pairs.get(i)[0];
            RunFigures r = pairs.get(i)[1];
            // A region counts as funded when either run funded it, so the split is the same for both.
            Set<String> fundedRegions = new LinkedHashSet<>(v.funded);
            fundedRegions.addAll(r.funded);
            for (Map.Entry<String, double[]> region : v.regions.entrySet()) {
                double d = region.getValue()[o] - r.regions.getOrDefault(region.getKey(), new double[OUTPUTS.size()])[o];
                if (fundedRegions.contains(region.getKey())) {
                    funded[i] += d;
                } else {
                    other[i] += d;
                }
            }
        }
        return new Row(p.point(), p.variant(), ALL, output, n, MeanInterval.of(spent), MeanInterval.of(direct),
                MeanInterval.ratio(direct, spent), MeanInterval.of(total), MeanInterval.of(funded), MeanInterval.of(other),
                MeanInterval.ratio(total, spent), MeanInterval.ratio(total, direct));
    }

    /** Writes the rows as CSV; {@code prefixColumns} and the prefixes are the comparison's own. */
    void write(Path file, String prefixColumns) throws IOException {
        List<String> measures = List.of("spent_oku", "direct", "direct_per_oku", "total", "funded_regions",
                "other_regions", "total_per_oku", "multiplier");
        StringBuilder head = new StringBuilder(prefixColumns).append(",programme,output,pairs");
        for (String m : measures) {
            head.append(',').append(m).append(',').append(m).append("_ci_low,").append(m).append("_ci_high");
        }
        AtomicFile.writeText(file, out -> {
            out.write(head.append('\n').toString());
            for (Row r : rows) {
                out.write(comparison.prefix(r.point(), r.variant()) + SweepFolder.quoted(r.programme()) + ","
                        + r.output().column() + "," + r.pairs());
                for (MeanInterval m : List.of(r.spentOku(), r.direct(), r.directPerOku(), r.total(), r.fundedRegions(),
                        r.otherRegions(), r.totalPerOku(), r.multiplier())) {
                    out.write("," + CsvTable.format(m.mean()) + "," + CsvTable.format(m.low()) + ","
                            + CsvTable.format(m.high()));
                }
                out.write("\n");
            }
        });
    }

    private RunFigures figures(Comparison.Run run) {
        return read.computeIfAbsent(run.dir(), d -> RunFigures.read(run));
    }

    private static double[] differences(List<RunFigures[]> pairs, java.util.function.ToDoubleFunction<RunFigures> f) {
        return pairs.stream().mapToDouble(p -> f.applyAsDouble(p[0]) - f.applyAsDouble(p[1])).toArray();
    }

    /**
     * A run's whole-horizon figures: per programme {money spent (national and local), then each of
     * {@link #OUTPUTS}}; per region each output; the regions any programme funded; the national table.
     */
    private record RunFigures(Map<String, double[]> programmes, Map<String, double[]> regions, Set<String> funded,
                              NumericTable national) {
        static RunFigures read(Comparison.Run run) {
            NumericTable p = NumericTable.read(run.dir().resolve(RunFolder.PROGRAMMES_FISCAL_YEAR));
            Map<String, double[]> programmes = new LinkedHashMap<>();
            int name = p.column("programme");
            int national = p.column("spending_national_oku");
            int local = p.column("spending_local_oku");
            int[] programmeOutputs = columns(p);
            for (int row = 0; row < p.rows(); row++) {
                double[] sums = programmes.computeIfAbsent(p.text(row, name), k -> new double[1 + OUTPUTS.size()]);
                sums[0] += zeroIfNaN(p.value(row, national)) + zeroIfNaN(p.value(row, local));
                for (int o = 0; o < OUTPUTS.size(); o++) {
                    sums[1 + o] += zeroIfNaN(p.value(row, programmeOutputs[o]));
                }
            }
            NumericTable r = NumericTable.read(run.dir().resolve(RunFolder.REGIONS_FISCAL_YEAR));
            Map<String, double[]> regions = new TreeMap<>();
            Set<String> funded = new LinkedHashSet<>();
            int region = r.column("region");
            int fundedColumn = r.column(Indicator.PROGRAMME_FUNDED.column());
            int[] regionOutputs = columns(r);
            for (int row = 0; row < r.rows(); row++) {
                double[] sums = regions.computeIfAbsent(r.text(row, region), k -> new double[OUTPUTS.size()]);
                for (int o = 0; o < OUTPUTS.size(); o++) {
                    sums[o] += zeroIfNaN(r.value(row, regionOutputs[o]));
                }
                if (r.value(row, fundedColumn) > 0) {
                    funded.add(r.text(row, region));
                }
            }
            return new RunFigures(programmes, regions, funded, run.national());
        }

        /** The columns of {@link #OUTPUTS} in a table. */
        private static int[] columns(NumericTable t) {
            return OUTPUTS.stream().mapToInt(o -> t.column(o.column())).toArray();
        }

        double[] programme(String name) {
            return programmes.getOrDefault(name, new double[1 + OUTPUTS.size()]);
        }

        double spentOku() {
            return programmes.values().stream().mapToDouble(s -> s[0]).sum();
        }

        double direct(int output) {
            return programmes.values().stream().mapToDouble(s -> s[1 + output]).sum();
        }

        private static double zeroIfNaN(double v) {
            return Double.isNaN(v) ? 0 : v;
        }
    }
}
