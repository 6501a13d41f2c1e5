package clusterlab.experiment;

import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sensitivity tables of a complete Morris or Sobol sweep: for each arm and each of the sweep's
 * outputs, how much each varied parameter matters. An output's value in a run is its whole-horizon
 * total for flows and its final-year value for stocks, averaged over the replications of a point.
 * Sobol indices carry 95% bootstrap intervals over the base samples.
 */
final class Sensitivity {
    static final String MORRIS_CSV = "sensitivity_morris.csv";
    static final String SOBOL_CSV = "sensitivity_sobol.csv";
    private static final int BOOTSTRAP = 500;

    private Sensitivity() {
    }

    /** Writes the table of the sweep's design, if it has one (Morris, Sobol). */
    static void write(SweepPlan plan, Path dir) throws IOException {
        SweepSpec s = plan.spec();
        if (s.design() != Design.MORRIS && s.design() != Design.SOBOL) {
            return;
        }
        boolean morris = s.design() == Design.MORRIS;
        List<String> header = new ArrayList<>();
        if (s.hasArms()) {
            header.add("arm");
        }
        header.addAll(morris ? List.of("output", "parameter", "mu", "mu_star", "sigma", "trajectories")
                : List.of("output", "parameter", "first_order", "first_order_ci_low", "first_order_ci_high",
                "total_order", "total_order_ci_low", "total_order_ci_high", "base_samples"));
        double[][][] y = outputs(plan, dir);
        clusterlab.output.AtomicFile.writeText(dir.resolve(morris ? MORRIS_CSV : SOBOL_CSV), out -> {
            out.write(String.join(",", header));
            out.write('\n');
            for (int a = 0; a < s.arms().size(); a++) {
                for (int o = 0; o < s.outputs().size(); o++) {
                    String prefix = (s.hasArms() ? s.arms().get(a).name() + "," : "") + s.outputs().get(o).column();
                    for (String row : morris ? morrisRows(plan, y[a][o]) : sobolRows(plan, y[a][o])) {
                        out.write(prefix + "," + row + "\n");
                    }
                }
            }
        });
    }

    private static List<String> morrisRows(SweepPlan plan, double[] y) {
        List<SweptParameter> params = plan.spec().parameters();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(plan.unitPoints(), y, params.size());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            rows.add(String.join(",", params.get(i).path(), num(e[i].mu()), num(e[i].muStar()), num(e[i].sigma()),
                    Integer.toString(e[i].trajectories())));
        }
        return rows;
    }

    private static List<String> sobolRows(SweepPlan plan, double[] y) {
        int k = plan.spec().parameters().size();
        int n = plan.spec().samples();
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        SobolIndices.Index[] point = SobolIndices.estimate(y, k, all);
        double[][] first = new double[k][BOOTSTRAP];
        double[][] total = new double[k][BOOTSTRAP];
        KeyedStream rng = new KeyedStream(Keyed.key(plan.spec().seed(), 1, 0, Purpose.DESIGN));
        int[] use = new int[n];
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int j = 0; j < n; j++) {
                use[j] = rng.below(n);
            }
            SobolIndices.Index[] est = SobolIndices.estimate(y, k, use);
            for (int i = 0; i < k; i++) {
                first[i][b] = est[i].firstOrder();
                total[i][b] = est[i].totalOrder();
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.add(String.join(",", plan.spec().parameters().get(i).path(), num(point[i].firstOrder()),
                    num(quantile(first[i], 0.025)), num(quantile(first[i], 0.975)), num(point[i].totalOrder()),
                    num(quantile(total[i], 0.025)), num(quantile(total[i], 0.975)), Integer.toString(n)));
        }
        return rows;
    }

    /** y[arm][output][point]: the output averaged over the point's replications. */
    private static double[][][] outputs(SweepPlan plan, Path dir) {
        SweepSpec s = plan.spec();
        int points = plan.points().size();
        double[][][] y = new double[s.arms().size()][s.outputs().size()][points];
        for (PlannedRun r : plan.runs()) {
            int arm = armIndex(s, r.arm());
            NumericTable t = NumericTable.read(SweepFolder.runsDir(dir).resolve(r.id())
                    .resolve(RunFolder.NATIONAL_FISCAL_YEAR));
            for (int o = 0; o < s.outputs().size(); o++) {
                y[arm][o][r.point()] += Horizon.value(t, s.outputs().get(o)) / s.replications();
            }
        }
        return y;
    }

    static int armIndex(SweepSpec s, String name) {
        for (int a = 0; a < s.arms().size(); a++) {
            if (s.arms().get(a).name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no arm " + name);
    }

    private static double quantile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    private static String num(double v) {
        return clusterlab.output.CsvTable.format(v);
    }
}
