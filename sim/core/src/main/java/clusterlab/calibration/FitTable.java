package clusterlab.calibration;

import clusterlab.output.CsvTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The fit table: printed for people, written as CSV for tools. */
public final class FitTable {
    /** Relative error a figure may have and still count as fitted (the acceptance band of docs/targets.md). */
    public static final double TOLERANCE = 0.25;

    private final List<FitRow> rows;
    private final int replications;

    FitTable(List<FitRow> rows, int replications) {
        this.rows = List.copyOf(rows);
        this.replications = replications;
    }

    /** The objective: the mean weighted squared log ratio of simulated mean to target. */
    public double objective() {
        double weights = rows.stream().mapToDouble(r -> r.figure().target.weight()).sum();
        return weights == 0 ? 0 : rows.stream().mapToDouble(FitRow::loss).sum() / weights;
    }

    /** Figures whose simulated mean lies within {@link #TOLERANCE} of the target. */
    public long withinTolerance() {
        return rows.stream().filter(FitTable::within).count();
    }

    public int size() {
        return rows.size();
    }

    private static boolean within(FitRow r) {
        return Math.abs(r.relativeError()) <= TOLERANCE;
    }

    /** The table as aligned text, one figure a line. */
    public String format() {
        StringBuilder b = new StringBuilder();
        String head = "%-38s %12s %12s %25s %9s %s%n";
        b.append(String.format(Locale.ROOT, head, "figure", "target", "simulated", "95% CI (" + replications + " runs)",
                "rel.err", ""));
        for (FitRow r : rows) {
            b.append(String.format(Locale.ROOT, "%-38s %12s %12s %25s %+8.1f%% %s%n", r.figure().target.name(),
                    number(r.figure().target.value()), number(r.mean()),
                    Double.isNaN(r.ciLow()) ? "n/a" : "[" + number(r.ciLow()) + ", " + number(r.ciHigh()) + "]",
                    100 * r.relativeError(), within(r) ? "" : "outside ±25%"));
        }
        b.append(String.format(Locale.ROOT, "%d of %d figures within ±25%%; objective %.5f%n", withinTolerance(),
                rows.size(), objective()));
        return b.toString();
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Writes fit.csv atomically. */
    public void write(Path file) throws java.io.IOException {
        try (CsvTable t = new CsvTable(file, List.of("figure", "programme", "indicator", "from_fiscal_year",
                "to_fiscal_year", "target", "simulated_mean", "ci95_low", "ci95_high", "relative_error",
                "within_tolerance", "replications"))) {
            for (FitRow r : rows) {
                var target = r.figure().target;
                t.cell(target.name()).cell(target.programme()).cell(target.indicator()).cell(target.fromFiscalYear())
                        .cell(target.toFiscalYear()).cell(target.value()).cell(r.mean()).cell(r.ciLow())
                        .cell(r.ciHigh()).cell(r.relativeError()).cell(within(r) ? "true" : "false")
                        .cell(replications).end();
            }
        }
    }
}
