package clusterlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Additionality: the ratio estimator, and a programme's direct and total effects read back from its runs. */
class AdditionalityTest {
    private static final Path TINY = Path.of("src/test/resources/tiny.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theRatioOfMeansHasNoSpreadWhenOneIsAMultipleOfTheOtherAndIsUndefinedOverZero() {
        MeanInterval exact = MeanInterval.ratio(new double[] {2, 6, 10}, new double[] {1, 3, 5});
        assertEquals(2.0, exact.mean(), 1e-12);
        assertEquals(0.0, exact.width(), 1e-12);
        MeanInterval noisy = MeanInterval.ratio(new double[] {2, 7, 9}, new double[] {1, 3, 5});
        assertEquals(18.0 / 9.0, noisy.mean(), 1e-12, "the ratio of the means, not the mean of the ratios");
        assertTrue(noisy.low() < 2 && noisy.high() > 2 && noisy.width() > 0.1, "an interval around it: " + noisy);
        assertTrue(Double.isNaN(MeanInterval.ratio(new double[] {1, 2}, new double[] {0, 0}).mean()), "no money, no ratio");
    }

    /**
     * The tiny world's programme against the same world without its money, over three paired seeds: the
     * direct outputs are what the programme table counts, the total is the national difference that the
     * comparison reports, funded and other regions add up to it, and each per-oku figure is its ratio to
     * the money spent.
     */
    @Test
    void directAndTotalEffectsAddUpToWhatTheRunsWrote() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String budget : List.of("0", "1")) {
            for (String seed : List.of("1", "2", "3")) {
                Path out = dir.resolve(budget + "-" + seed);
                assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                        "run", TINY.toString(), "--years", "3", "--seed", seed, "--set",
                        "programmes.0.budget_oku_per_year=" + budget, "--out", out.toString(), "-q"));
                dirs.add(out);
            }
        }
        Comparison c = Comparison.of(dirs, "tiny programmes.0.budget_oku_per_year=0");
        Path out = Files.createDirectories(dir.resolve("compare"));
        c.write(out);
        NumericTable t = NumericTable.read(out.resolve(Additionality.CSV));
        for (Indicator output : Additionality.OUTPUTS) {
            int all = row(t, Additionality.ALL, output);
            int pilot = row(t, "pilot", output);
            double direct = 0;
            double spent = 0;
            for (String seed : List.of("1", "2", "3")) {
                NumericTable p = NumericTable.read(dir.resolve("1-" + seed).resolve(RunFolder.PROGRAMMES_FISCAL_YEAR));
                direct += sum(p, output.column()) / 3;
                spent += (sum(p, "spending_national_oku") + sum(p, "spending_local_oku")) / 3;
            }
            assertTrue(spent > 1, "the programme spent its money: " + spent);
            close(direct, value(t, pilot, "direct"), output);
            close(direct, value(t, all, "direct"), output);
            close(spent, value(t, all, "spent_oku"), output);
            close(direct / spent, value(t, all, "direct_per_oku"), output);
            double total = c.horizon().stream().filter(l -> l.indicator() == output).findFirst().orElseThrow()
                    .difference().mean();
            close(total, value(t, all, "total"), output);
            close(total, value(t, all, "funded_regions") + value(t, all, "other_regions"), output);
            close(total / spent, value(t, all, "total_per_oku"), output);
            assertEquals(3, (int) value(t, all, "pairs"));
            assertTrue(Double.isNaN(value(t, pilot, "total")), "totals only on the row of all programmes");
        }
    }

    /** The CSV keeps ten significant digits. */
    private static void close(double expected, double actual, Indicator output) {
        assertEquals(expected, actual, 1e-8 * Math.max(1, Math.abs(expected)), output.column());
    }

    private static int row(NumericTable t, String programme, Indicator output) {
        for (int r = 0; r < t.rows(); r++) {
            if (t.text(r, t.column("programme")).equals(programme) && t.text(r, t.column("output")).equals(output.column())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + programme + " and " + output.column());
    }

    private static double value(NumericTable t, int row, String column) {
        return t.value(row, t.column(column));
    }

    private static double sum(NumericTable t, String column) {
        double s = 0;
        for (double v : t.values(t.column(column))) {
            s += Double.isNaN(v) ? 0 : v;
        }
        return s;
    }
}
