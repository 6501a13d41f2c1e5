package clusterlab.report;

import clusterlab.experiment.Comparison;
import clusterlab.experiment.SweepFolder;
import clusterlab.output.AtomicFile;
import clusterlab.output.RunFolder;
import clusterlab.run.Manifest;
import clusterlab.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The report of one or more result folders: {@code report.html}, one self-contained page (charts
 * inlined, no network needed), and {@code charts/} with every chart as PNG and SVG. Each folder
 * becomes a section according to what it holds: a run, a sweep, a comparison or a calibration.
 */
public final class Report {
    public static final String HTML = "report.html";

    private Report() {
    }

    private enum Kind { SWEEP, RUN, COMPARISON, CALIBRATION }

    /**
     * Refuses, before anything is written, a path that is not a folder this command can report:
     * the caller checks first so that a refusal leaves no empty output folder behind.
     */
    public static void check(List<Path> dirs) {
        dirs.forEach(Report::kind);
    }

    /** What a folder holds. */
    private static Kind kind(Path dir) {
        if (Files.isRegularFile(dir)) {
            throw new ScenarioException(dir + ": is a file, not a folder; report takes run, sweep, comparison or "
                    + "calibration folders (written by run, sweep, compare or calibrate)");
        }
        if (!Files.isDirectory(dir)) {
            throw new ScenarioException(dir + ": no such folder");
        }
        if (Files.isRegularFile(dir.resolve(SweepFolder.SWEEP_JSON))) {
            return Kind.SWEEP;
        }
        if (Files.isRegularFile(dir.resolve(RunFolder.MANIFEST))) {
            return Kind.RUN;
        }
        if (Files.isRegularFile(dir.resolve(Comparison.HORIZON_CSV))) {
            return Kind.COMPARISON;
        }
        if (Files.isRegularFile(dir.resolve(CalibrationSection.FIT))) {
            return Kind.CALIBRATION;
        }
        throw new ScenarioException(dir + ": not a run, sweep, comparison or calibration folder "
                + "(no manifest.json, sweep.json, comparison_horizon.csv or fit.csv)");
    }

    /** Writes the report of {@code dirs} into {@code out} (which must exist); returns the page's path. */
    public static Path write(List<Path> dirs, Path out) throws IOException {
        check(dirs);
        Path charts = Files.createDirectories(out.resolve("charts"));
        Html html = new Html("clusterlab report", "clusterlab " + Manifest.version() + ", written "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " from " + dirs.size()
                + (dirs.size() == 1 ? " folder." : " folders."));
        ChartSink sink = new ChartSink(charts, html);
        for (Path dir : dirs) {
            switch (kind(dir)) {
                case SWEEP -> SweepSection.write(dir, html, sink);
                case RUN -> RunSection.write(dir, html, sink);
                case COMPARISON -> ComparisonSection.write(dir, html, sink);
                case CALIBRATION -> CalibrationSection.write(dir, html);
            }
        }
        Path page = out.resolve(HTML);
        AtomicFile.write(page, html.finish().getBytes(StandardCharsets.UTF_8));
        return page;
    }
}
