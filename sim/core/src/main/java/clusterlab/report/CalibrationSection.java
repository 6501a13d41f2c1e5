package clusterlab.report;

import clusterlab.output.NumericTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A folder written by {@code calibrate} in the report: the fit table against the programme record. */
final class CalibrationSection {
    static final String FIT = "fit.csv";

    private CalibrationSection() {
    }

    static void write(Path dir, Html html) throws IOException {
        NumericTable t = NumericTable.read(dir.resolve(FIT));
        html.heading("Calibration fit");
        html.note("Folder: " + dir + ". Simulated means over replications with 95% confidence intervals.");
        List<List<String>> rows = new ArrayList<>();
        int within = 0;
        for (int r = 0; r < t.rows(); r++) {
            double err = t.value(r, t.column("relative_error"));
            within += "true".equals(t.text(r, t.column("within_tolerance"))) ? 1 : 0;
            rows.add(List.of(t.text(r, t.column("figure")), Headline.number(t.value(r, t.column("target"))),
                    Headline.number(t.value(r, t.column("simulated_mean"))),
                    "[" + Headline.number(t.value(r, t.column("ci95_low"))) + ", "
                            + Headline.number(t.value(r, t.column("ci95_high"))) + "]",
                    String.format(java.util.Locale.ROOT, "%+.1f%%", 100 * err)));
        }
        html.table(List.of("figure", "target", "simulated mean", "95% interval", "relative error"), rows);
        html.paragraph(within + " of " + t.rows() + " figures within tolerance.");
        List<String> fitted = Files.isRegularFile(dir.resolve("fitted.txt"))
                ? Files.readAllLines(dir.resolve("fitted.txt"), StandardCharsets.UTF_8) : List.of();
        if (!fitted.isEmpty()) {
            html.subheading("Fitted values").table(List.of("PATH=VALUE"), fitted.stream().map(List::of).toList());
        }
    }
}
