package clusterlab.report;

import clusterlab.experiment.Horizon;
import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run folder in the report: what was run, the headline indicators, national and per-block charts. */
final class RunSection {
    private RunSection() {
    }

    static void write(Path dir, Html html, ChartSink charts) throws IOException {
        JsonNode m = new ObjectMapper().readTree(dir.resolve(RunFolder.MANIFEST).toFile());
        html.heading("Run: " + m.path("scenario").asText() + " (seed " + m.path("seed").asText() + ")");
        List<List<String>> what = new ArrayList<>();
        for (String key : List.of("scenario", "scenario_file", "seed", "start_fiscal_year", "years", "scale", "threads",
                "kernel", "status", "program_version", "git_commit", "started_utc", "ended_utc")) {
            what.add(List.of(key, m.path(key).asText()));
        }
        List<String> overrides = new ArrayList<>();
        m.path("overrides").forEach(o -> overrides.add(o.asText()));
        what.add(List.of("changes to the scenario", overrides.isEmpty() ? "none" : String.join("; ", overrides)));
        html.subheading("What was run").table(List.of("field", "value"), what);
        html.note("Folder: " + dir + ".");
        List<List<String>> parameters = new ArrayList<>();
        flatten(m.path("parameters"), "", parameters);
        html.details("All " + parameters.size() + " resolved parameters").table(List.of("parameter", "value"), parameters)
                .endDetails();

        NumericTable t = NumericTable.read(dir.resolve(RunFolder.NATIONAL_FISCAL_YEAR));
        if (t.rows() == 0) {
            html.paragraph("The run has no complete fiscal year yet (status: " + m.path("status").asText() + ").");
            return;
        }
        double[] years = t.values(t.column("fiscal_year"));
        html.subheading("Headline indicators");
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : Headline.INDICATORS) {
            double[] v = t.values(t.column(i.column()));
            rows.add(List.of(Headline.title(i), i.unit, Headline.number(v[0]), Headline.number(v[v.length - 1]),
                    i.kind == Indicator.Kind.FLOW ? Headline.number(Horizon.value(t, i)) : ""));
        }
        html.table(List.of("indicator", "unit", "FY" + (long) years[0], "FY" + (long) years[years.length - 1],
                "total, all years"), rows);
        html.subheading("National time series");
        for (Indicator i : Headline.INDICATORS) {
            charts.add(Charts.of(cap(Headline.title(i)) + ", national", Headline.axis(i),
                    List.of(Series.line(Headline.title(i), years, t.values(t.column(i.column())))), false), i.column());
        }
        byArea(dir, m, html, charts);
    }

    /** Additive indicators summed by block (or by region when there are at most ten). */
    private static void byArea(Path dir, JsonNode m, Html html, ChartSink charts) throws IOException {
        Path file = dir.resolve(RunFolder.REGIONS_FISCAL_YEAR);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, String> areaOf = new LinkedHashMap<>();
        JsonNode regions = m.path("parameters").path("regions");
        boolean byRegion = regions.size() <= 10;
        regions.forEach(r -> areaOf.put(r.path("name").asText(), byRegion ? r.path("name").asText() : r.path("block").asText()));
        List<String> areas = areaOf.values().stream().distinct().toList();
        NumericTable t = NumericTable.read(file);
        int fy = t.column("fiscal_year");
        int region = t.column("region");
        List<Double> yearList = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            if (!yearList.contains(t.value(r, fy))) {
                yearList.add(t.value(r, fy));
            }
        }
        double[] years = yearList.stream().mapToDouble(Double::doubleValue).toArray();
        html.subheading(byRegion ? "By region" : "By block (regions summed)");
        for (Indicator i : List.of(Indicator.PATENT_APPLICATIONS, Indicator.EMPLOYMENT, Indicator.NEW_BUSINESSES)) {
            int c = t.column(i.column());
            double[][] sums = new double[areas.size()][years.length];
            for (int r = 0; r < t.rows(); r++) {
                int a = areas.indexOf(areaOf.get(t.text(r, region)));
                int y = yearList.indexOf(t.value(r, fy));
                if (a >= 0 && !Double.isNaN(t.value(r, c))) {
                    sums[a][y] += t.value(r, c);
                }
            }
            List<Series> lines = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                lines.add(Series.line(areas.get(a), years, sums[a]));
            }
            charts.add(Charts.of(cap(Headline.title(i)) + (byRegion ? " by region" : " by block"), Headline.axis(i),
                    lines, false), i.column() + "-by-area");
        }
    }

    /** The manifest's parameter tree as dotted paths and values. */
    private static void flatten(JsonNode node, String path, List<List<String>> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "." + i, out);
            }
        } else {
            out.add(List.of(path, node.isTextual() ? node.asText() : node.toString()));
        }
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
