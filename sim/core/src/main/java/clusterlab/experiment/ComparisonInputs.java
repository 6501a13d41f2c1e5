package clusterlab.experiment;

import clusterlab.output.NumericTable;
import clusterlab.output.RunFolder;
import clusterlab.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs that {@code compare} reads from its folders: every complete run of a sweep folder (the
 * variant is its arm, or the sweep's folder name when it has no arms; pairs share point and
 * replication), or a run folder (the variant is its scenario and changes other than the seed;
 * pairs share the seed).
 */
final class ComparisonInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonInputs() {
    }

    /** The varied parameters' names, when the runs come from one sweep (else empty). */
    record Inputs(List<ComparedRun> runs, List<String> parameters) {
    }

    static Inputs read(List<Path> dirs) {
        List<ComparedRun> runs = new ArrayList<>();
        List<JsonNode> manifests = new ArrayList<>();
        List<Path> runDirs = new ArrayList<>();
        List<String> parameters = List.of();
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve(SweepFolder.SWEEP_JSON))) {
                List<String> varied = sweepRuns(dir, runs);
                if (dirs.size() == 1) {
                    parameters = varied;
                }
            } else if (Files.isRegularFile(dir.resolve(RunFolder.MANIFEST))) {
                manifests.add(manifest(dir));
                runDirs.add(dir);
            } else {
                throw new ScenarioException(dir + ": neither a sweep folder (sweep.json) nor a run folder "
                        + "(manifest.json); give folders written by 'clusterlab sweep' or 'clusterlab run'");
            }
        }
        runs.addAll(runFolders(runDirs, manifests));
        return new Inputs(runs, parameters);
    }

    /** Adds the sweep's complete runs; returns the names of its varied parameters. */
    private static List<String> sweepRuns(Path dir, List<ComparedRun> out) {
        Path runsCsv = dir.resolve(SweepFolder.RUNS_CSV);
        List<String> lines;
        try {
            lines = Files.readAllLines(runsCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(runsCsv + ": cannot read (" + e.getMessage() + "); has the sweep run?");
        }
        List<String> header = NumericTable.cells(lines.get(0));
        int arm = header.indexOf("arm");
        int firstParam = header.indexOf("replication") + 1;
        int seed = header.indexOf("seed");
        int status = header.indexOf("status");
        // Without arms the sweep is the variant, named by its folder as given (two sweeps may share a last name).
        String name = dir.toString();
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = NumericTable.cells(line);
            if (!c.get(status).equals("complete")) {
                continue;
            }
            String point = c.get(1);
            out.add(new ComparedRun(arm >= 0 ? c.get(arm) : name, point, c.subList(firstParam, seed),
                    "p" + point + "/r" + c.get(firstParam - 1), dir.resolve("runs").resolve(c.get(0))));
        }
        return header.subList(firstParam, seed);
    }

    private static JsonNode manifest(Path dir) {
        JsonNode m;
        try {
            m = JSON.readTree(dir.resolve(RunFolder.MANIFEST).toFile());
        } catch (IOException e) {
            throw new ScenarioException(dir.resolve(RunFolder.MANIFEST) + ": not readable (" + e.getMessage() + ")");
        }
        if (!"complete".equals(m.path("status").asText())) {
            throw new ScenarioException(dir + ": the run is " + m.path("status").asText("of unknown status")
                    + ", not complete; compare complete runs");
        }
        return m;
    }

    /**
     * Run folders: a run's variant is its scenario and the changes it was given other than the seed,
     * leaving out the changes every run shares (so names say what differs).
     */
    private static List<ComparedRun> runFolders(List<Path> dirs, List<JsonNode> manifests) {
        List<List<String>> changes = new ArrayList<>();
        for (JsonNode m : manifests) {
            List<String> c = new ArrayList<>();
            c.add("scale=" + m.path("scale").asText());
            m.path("overrides").forEach(o -> {
                if (!o.asText().startsWith("seed=")) {
                    c.add(o.asText());
                }
            });
            changes.add(c);
        }
        List<String> shared = changes.isEmpty() ? List.of() : new ArrayList<>(changes.get(0));
        changes.forEach(shared::retainAll);
        List<ComparedRun> out = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            StringBuilder variant = new StringBuilder(manifests.get(i).path("scenario").asText());
            changes.get(i).stream().filter(c -> !shared.contains(c)).forEach(c -> variant.append(' ').append(c));
            out.add(new ComparedRun(variant.toString(), "", List.of(), "seed" + manifests.get(i).path("seed").asText(),
                    dirs.get(i)));
        }
        return out;
    }

}
