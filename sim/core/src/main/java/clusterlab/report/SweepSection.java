package clusterlab.report;

import clusterlab.experiment.ComparedRun;
import clusterlab.experiment.Comparison;
import clusterlab.experiment.MeanInterval;
import clusterlab.experiment.SweepFolder;
import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep folder in the report: its definition and state, fan charts of each arm (mean and 95%
 * interval over its runs), the sensitivity tables, and for arms the crossover map (each point's
 * paired difference from the first arm, marked where its interval excludes zero).
 */
final class SweepSection {
    private static final List<Indicator> FANS = List.of(Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS,
            Indicator.NEW_BUSINESSES, Indicator.EMPLOYMENT, Indicator.FIRMS);
    private static final List<Indicator> MAP = List.of(Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS,
            Indicator.NEW_BUSINESSES, Indicator.EMPLOYMENT, Indicator.SALES_OKU);

    private SweepSection() {
    }

    static void write(Path dir, Html html, ChartSink charts) throws IOException {
        JsonNode s = new ObjectMapper().readTree(dir.resolve(SweepFolder.SWEEP_JSON).toFile());
        html.heading("Sweep: " + s.path("sweep_file").asText());
        List<List<String>> what = new ArrayList<>();
        for (String key : List.of("sweep_file", "base", "design", "samples", "replications", "seed", "scale",
                "common_random_numbers", "runs_planned", "runs_complete", "runs_failed", "runs_pending", "state",
                "program_version")) {
            what.add(List.of(key, s.path(key).asText()));
        }
        s.path("parameters").fields().forEachRemaining(e -> what.add(List.of("varies " + e.getKey(), e.getValue().asText())));
        s.path("arms").fields().forEachRemaining(e -> what.add(List.of("arm " + e.getKey(), e.getValue().toString())));
        html.subheading("What was run").table(List.of("field", "value"), what);
        html.note("Folder: " + dir + ".");
        if (!Files.isRegularFile(dir.resolve(SweepFolder.RUNS_CSV))) {
            html.paragraph("No run of this sweep has been planned into runs.csv yet.");
            return;
        }
        List<String> runLines = Files.readAllLines(dir.resolve(SweepFolder.RUNS_CSV), StandardCharsets.UTF_8);
        html.details("All " + (runLines.size() - 1) + " runs: varied values, seed and status (runs.csv)")
                .table(NumericTable.cells(runLines.get(0)), runLines.subList(1, runLines.size()).stream()
                        .map(NumericTable::cells).toList()).endDetails();

        List<ComparedRun> runs = Comparison.runsOf(dir);
        if (runs.isEmpty()) {
            html.paragraph("No run of this sweep is complete yet.");
            return;
        }
        fans(runs, html, charts);
        for (String table : List.of("sensitivity_morris.csv", "sensitivity_sobol.csv")) {
            Path file = dir.resolve(table);
            if (Files.isRegularFile(file)) {
                html.subheading("Sensitivity (" + table + ")");
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                html.table(NumericTable.cells(lines.get(0)), lines.subList(1, lines.size()).stream()
                        .map(NumericTable::cells).toList());
            }
        }
        long variants = runs.stream().map(ComparedRun::variant).distinct().count();
        if (variants > 1) {
            crossover(Comparison.of(List.of(dir), null), html);
        }
    }

    /** One fan chart per indicator: each arm's mean over its complete runs with the 95% interval. */
    private static void fans(List<ComparedRun> runs, Html html, ChartSink charts) throws IOException {
        Map<String, List<NumericTable>> byVariant = new LinkedHashMap<>();
        for (ComparedRun r : runs) {
            byVariant.computeIfAbsent(r.variant(), v -> new ArrayList<>())
                    .add(NumericTable.read(r.dir().resolve(RunFolder.NATIONAL_FISCAL_YEAR)));
        }
        long points = runs.stream().map(ComparedRun::point).distinct().count();
        html.subheading("Replicated runs: mean and 95% interval");
        html.note(points > 1 ? "Each band pools all " + points + " design points of its arm; the crossover map "
                + "below separates them." : "Bands are 95% confidence intervals of the mean over the replications.");
        for (Indicator i : FANS) {
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, List<NumericTable>> e : byVariant.entrySet()) {
                series.add(band(e.getKey() + " (" + e.getValue().size() + " runs)", e.getValue(), i));
            }
            charts.add(Charts.of(RunSection.cap(Headline.title(i)) + ", national: mean and 95% interval",
                    Headline.axis(i), series, false), i.column() + "-fan");
        }
    }

    private static Series band(String name, List<NumericTable> tables, Indicator i) {
        NumericTable first = tables.get(0);
        double[] years = first.values(first.column("fiscal_year"));
        double[] mean = new double[years.length];
        double[] low = new double[years.length];
        double[] high = new double[years.length];
        for (int y = 0; y < years.length; y++) {
            int row = y;
            double[] v = tables.stream().filter(t -> row < t.rows())
                    .mapToDouble(t -> t.value(row, t.column(i.column()))).filter(x -> !Double.isNaN(x)).toArray();
            MeanInterval m = MeanInterval.of(v);
            mean[y] = m.mean();
            low[y] = m.low();
            high[y] = m.high();
        }
        return new Series(name, years, mean, low, high);
    }

    private static void crossover(Comparison c, Html html) {
        html.subheading("Crossover map: each arm minus " + c.reference() + ", whole horizon");
        html.note("Mean paired difference over replications (flows summed over all fiscal years, stocks at the "
                + "end). '+' marks a 95% interval above zero, '−' below; unmarked: not distinguishable.");
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(c.parameters());
        header.add("variant");
        MAP.forEach(i -> header.add(Headline.title(i)));
        html.table(header, crossoverRows(c));
    }

    /** One row per point and variant: the point, its values, the variant, then each of {@link #MAP} in order. */
    static List<List<String>> crossoverRows(Comparison c) {
        Map<String, Map<Indicator, String>> cells = new LinkedHashMap<>();
        Map<String, List<String>> heads = new LinkedHashMap<>();
        for (Comparison.Line l : c.horizon()) {
            if (!MAP.contains(l.indicator())) {
                continue;
            }
            String key = l.point() + "/" + l.variant();
            heads.computeIfAbsent(key, k -> {
                List<String> head = new ArrayList<>(List.of(l.point().isEmpty() ? "-" : l.point()));
                head.addAll(c.valuesAt(l.point()));
                head.add(l.variant());
                return head;
            });
            MeanInterval d = l.difference();
            String mark = d.low() > 0 ? " +" : d.high() < 0 ? " −" : "";
            cells.computeIfAbsent(key, k -> new java.util.EnumMap<>(Indicator.class))
                    .put(l.indicator(), Headline.number(d.mean()) + mark);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : heads.entrySet()) {
            List<String> row = new ArrayList<>(e.getValue());
            MAP.forEach(i -> row.add(cells.get(e.getKey()).getOrDefault(i, "")));
            rows.add(row);
        }
        return rows;
    }
}
