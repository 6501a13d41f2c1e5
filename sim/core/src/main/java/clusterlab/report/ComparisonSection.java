package clusterlab.report;

import clusterlab.experiment.Additionality;
import clusterlab.experiment.Comparison;
import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder written by {@code compare} in the report: for each headline indicator, the paired
 * difference from the reference over fiscal years with its 95% interval (for up to
 * {@value #MAX_LINES} point-and-variant pairs), the whole-horizon table, and the additionality of
 * the programmes (direct against total effects per oku spent).
 */
final class ComparisonSection {
    private static final int MAX_LINES = 4;
    private static final List<Indicator> SHOWN = List.of(Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS,
            Indicator.NEW_BUSINESSES, Indicator.EMPLOYMENT, Indicator.FIRMS, Indicator.SALES_OKU);

    private ComparisonSection() {
    }

    static void write(Path dir, Html html, ChartSink charts) throws IOException {
        NumericTable t = NumericTable.read(dir.resolve(Comparison.FISCAL_YEAR_CSV));
        int variant = t.column("variant");
        int reference = t.column("reference");
        int point = t.column("point");
        int indicator = t.column("indicator");
        String ref = t.rows() == 0 ? "?" : t.text(0, reference);
        html.heading("Comparison: differences from " + ref);
        html.note("Folder: " + dir + ". Differences are paired (same seeds), with 95% confidence intervals over the pairs.");
        List<String> keys = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            String key = t.text(r, point) + "|" + t.text(r, variant);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.size() > MAX_LINES) {
            html.note(keys.size() + " point and variant pairs; the charts show the first " + MAX_LINES
                    + ", the table below all of them.");
        }
        List<String> shown = keys.subList(0, Math.min(MAX_LINES, keys.size()));
        for (Indicator i : SHOWN) {
            Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
            for (int r = 0; r < t.rows(); r++) {
                String key = t.text(r, point) + "|" + t.text(r, variant);
                if (t.text(r, indicator).equals(i.column()) && shown.contains(key)) {
                    rowsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
                List<Integer> rows = e.getValue();
                String[] pv = e.getKey().split("\\|", -1);
                String name = pv[1] + " − " + ref + (pv[0].isEmpty() ? "" : ", point " + pv[0] + values(t, rows.get(0), variant));
                series.add(new Series(name, column(t, rows, "fiscal_year"), column(t, rows, "difference"),
                        column(t, rows, "ci_low"), column(t, rows, "ci_high")));
            }
            String from = ref.length() <= 30 ? ref : "the reference";
            charts.add(Charts.of(RunSection.cap(Headline.title(i)) + ": difference from " + from + " (95% interval)",
                    Headline.axis(i), series, true), i.column() + "-difference");
        }
        NumericTable h = NumericTable.read(dir.resolve(Comparison.HORIZON_CSV));
        html.subheading("Whole horizon (flows summed, stocks at the end)");
        List<List<String>> rows = new ArrayList<>();
        int hi = h.column("indicator");
        for (int r = 0; r < h.rows(); r++) {
            String name = h.text(r, hi);
            if (SHOWN.stream().anyMatch(i -> i.column().equals(name))) {
                rows.add(List.of(h.text(r, h.column("point")), h.text(r, h.column("variant")), h.text(r, hi),
                        h.text(r, h.column("pairs")), Headline.number(h.value(r, h.column("mean"))),
                        Headline.number(h.value(r, h.column("reference_mean"))),
                        Headline.number(h.value(r, h.column("difference"))),
                        "[" + Headline.number(h.value(r, h.column("ci_low"))) + ", "
                                + Headline.number(h.value(r, h.column("ci_high"))) + "]"));
            }
        }
        html.table(List.of("point", "variant", "indicator", "pairs", "mean", "reference mean", "difference",
                "95% interval"), rows);
        Path additionality = dir.resolve(Additionality.CSV);
        if (java.nio.file.Files.isRegularFile(additionality)) {
            additionality(NumericTable.read(additionality), ref, html, charts);
        }
    }

    /** Direct against total effects per oku spent: the table of every programme, and a chart per output. */
    private static void additionality(NumericTable a, String ref, Html html, ChartSink charts) throws IOException {
        html.subheading("Additionality: the programmes' own outputs and the whole effect, per oku spent");
        html.note("Direct: what the programmes' funded projects produced, as the programme records count it. Total: the "
                + "paired difference of the nation's totals from " + ref + ", split into the regions any programme "
                + "funded and the others. Money: national and local programme money spent, variant minus reference. "
                + "Total ÷ direct is the multiplier: how much of the effect comes through spillovers, networks and "
                + "displacement rather than through the funded projects. Whole horizon, 95% intervals over the pairs.");
        List<List<String>> rows = new ArrayList<>();
        Map<Indicator, List<Charts.Bar>> bars = new LinkedHashMap<>();
        for (int r = 0; r < a.rows(); r++) {
            boolean all = a.text(r, a.column("programme")).equals(Additionality.ALL);
            String variant = a.text(r, a.column("variant"));
            String point = a.text(r, a.column("point"));
            rows.add(List.of(point, variant, a.text(r, a.column("programme")), a.text(r, a.column("output")),
                    Headline.number(a.value(r, a.column("spent_oku"))), Headline.number(a.value(r, a.column("direct"))),
                    estimate(a, r, "direct_per_oku"), all ? estimate(a, r, "total") : "",
                    all ? Headline.number(a.value(r, a.column("funded_regions"))) : "",
                    all ? Headline.number(a.value(r, a.column("other_regions"))) : "",
                    all ? estimate(a, r, "total_per_oku") : "", all ? estimate(a, r, "multiplier") : ""));
            Indicator output = Indicator.valueOf(a.text(r, a.column("output")).toUpperCase(java.util.Locale.ROOT));
            List<Charts.Bar> b = bars.computeIfAbsent(output, o -> new ArrayList<>());
            if (all && b.size() < 2 * MAX_LINES) {
                String category = variant + (point.isEmpty() ? "" : ", point " + point);
                b.add(bar(a, r, "direct (funded projects)", category, "direct_per_oku"));
                b.add(bar(a, r, "total (the nation)", category, "total_per_oku"));
            }
        }
        html.table(List.of("point", "variant", "programme", "output", "money spent (oku)", "direct", "direct per oku",
                "total", "in funded regions", "in other regions", "total per oku", "total ÷ direct"), rows);
        for (Map.Entry<Indicator, List<Charts.Bar>> e : bars.entrySet()) {
            if (e.getValue().stream().allMatch(b -> Double.isNaN(b.mean()))) {
                continue; // no money spent differs between the variants: nothing per oku to show
            }
            charts.add(Charts.bars(RunSection.cap(Headline.title(e.getKey())) + " per oku spent, direct and total (95% interval)",
                    e.getKey().unit + " per oku spent", e.getValue()), e.getKey().column() + "-per-oku");
        }
    }

    private static Charts.Bar bar(NumericTable a, int row, String series, String category, String measure) {
        return new Charts.Bar(series, category, a.value(row, a.column(measure)), a.value(row, a.column(measure + "_ci_low")),
                a.value(row, a.column(measure + "_ci_high")));
    }

    /** An estimate with its interval, "m [low, high]". */
    private static String estimate(NumericTable a, int row, String measure) {
        return Headline.number(a.value(row, a.column(measure))) + " [" + Headline.number(a.value(row, a.column(measure + "_ci_low")))
                + ", " + Headline.number(a.value(row, a.column(measure + "_ci_high"))) + "]";
    }

    /** The point's parameter values (the columns between point and variant), as " (a, b)". */
    private static String values(NumericTable t, int row, int variantColumn) {
        List<String> v = new ArrayList<>();
        for (int c = 1; c < variantColumn; c++) {
            v.add(t.text(row, c));
        }
        return v.isEmpty() ? "" : " (" + String.join(", ", v) + ")";
    }

    private static double[] column(NumericTable t, List<Integer> rows, String name) {
        int c = t.column(name);
        return rows.stream().mapToDouble(r -> t.value(r, c)).toArray();
    }
}
