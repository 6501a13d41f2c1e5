package clusterlab.experiment;

import clusterlab.output.AtomicFile;
import clusterlab.output.Folders;
import clusterlab.output.RunFolder;
import clusterlab.run.Manifest;
import clusterlab.run.RunStatus;
import clusterlab.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sweep folder (see docs/experiments.md): {@code sweep.json} (the definition's fingerprint and the
 * sweep's state), {@code runs/} with one run folder per finished run, {@code runs.csv} and
 * {@code summary_fiscal_year.csv}. A folder belongs to one sweep definition: pointed at a folder
 * of another definition, the sweep is refused rather than mixing results.
 */
public final class SweepFolder {
    public static final String SWEEP_JSON = "sweep.json";
    public static final String RUNS_CSV = "runs.csv";
    public static final String SUMMARY_CSV = "summary_fiscal_year.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private SweepFolder(Path dir) {
        this.dir = dir;
    }

    static Path runsDir(Path sweepDir) {
        return sweepDir.resolve("runs");
    }

    public Path dir() {
        return dir;
    }

    /**
     * Opens the folder for {@code plan}: creates it, or takes up a folder of the same definition
     * (resume). Temporary folders of runs that were killed are deleted, and so are folders of runs
     * that failed or were interrupted, so that they run again.
     *
     * @throws ScenarioException when the folder holds something else or another sweep
     */
    public static SweepFolder open(Path dir, SweepPlan plan) throws IOException {
        Path json = dir.resolve(SWEEP_JSON);
        if (Files.isRegularFile(json)) {
            String found = fingerprintIn(json);
            if (!plan.fingerprint().equals(found)) {
                throw new ScenarioException(dir + ": this folder holds a sweep of another definition (its design, "
                        + "parameters, arms, seed, fixed changes (the file's set and any --set) or base scenario files "
                        + "differ from those of " + plan.spec().file() + "); use another --out, or restore the sweep as it was");
            }
        } else {
            checkUsable(dir);
        }
        SweepFolder folder = new SweepFolder(dir);
        // The record comes first: a folder with runs/ but no sweep.json could not be told from another's.
        folder.writeRecord(plan, Map.of(), "running");
        Files.createDirectories(runsDir(dir));
        folder.removeUnfinished();
        // Sensitivity describes a complete sweep; it is written again when this one completes.
        Files.deleteIfExists(dir.resolve(Sensitivity.MORRIS_CSV));
        Files.deleteIfExists(dir.resolve(Sensitivity.SOBOL_CSV));
        return folder;
    }

    /**
     * Checks that a folder can take a sweep: it holds one already (its definition is checked when
     * it is opened), or it is absent or empty but for a sweep's lock file and an empty runs/ (what a
     * kill before the first record can leave).
     *
     * @throws RunFolder.OutputFolderException when it holds anything else
     */
    static void checkUsable(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(SWEEP_JSON))) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            RunFolder.checkFree(dir);
            return;
        }
        try (java.util.stream.Stream<Path> top = Files.list(dir)) {
            for (Path p : top.toList()) {
                String name = p.getFileName().toString();
                boolean emptyRuns = name.equals("runs") && Files.isDirectory(p) && isEmpty(p);
                if (!name.equals(SweepLock.NAME) && !emptyRuns) {
                    RunFolder.checkFree(dir);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static String fingerprintIn(Path json) throws IOException {
        try {
            JsonNode f = JSON.readTree(json.toFile()).get("fingerprint");
            return f == null ? "" : f.asText();
        } catch (IOException e) {
            throw new ScenarioException(json + ": not a readable sweep record (" + e.getMessage()
                    + "); use another --out");
        }
    }

    private void removeUnfinished() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runsDir(dir))) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !status(p).equals(RunStatus.COMPLETE.label())) {
                    Folders.delete(p);
                }
            }
        }
    }

    /** Whether the run's folder holds a complete run. */
    public boolean finished(PlannedRun run) {
        return complete(runsDir(dir).resolve(run.id()));
    }

    /** Whether {@code runDir} holds a complete run. */
    static boolean complete(Path runDir) {
        return status(runDir).equals(RunStatus.COMPLETE.label());
    }

    /** The status in a run folder's manifest, or "" when there is no readable one. */
    private static String status(Path runDir) {
        Path manifest = runDir.resolve(RunFolder.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return "";
        }
        try {
            JsonNode s = JSON.readTree(manifest.toFile()).get("status");
            return s == null ? "" : s.asText();
        } catch (IOException e) {
            return "";
        }
    }

    /** Records the definition and the state of the sweep in {@code sweep.json}. */
    public void writeRecord(SweepPlan plan, Map<String, Long> counts, String state) throws IOException {
        SweepSpec s = plan.spec();
        ObjectNode m = JSON.createObjectNode();
        m.put("sweep_file", s.file().toString());
        m.put("sweep_file_absolute", s.file().toAbsolutePath().normalize().toString());
        s.commandLine().forEach(m.putArray("command_line_sets")::add);
        m.put("base", s.base().toString());
        m.put("design", s.design().label());
        m.put("samples", s.samples());
        m.put("levels", s.levels());
        m.put("replications", s.replications());
        m.put("seed", s.seed());
        m.put("scale", s.scale());
        m.put("common_random_numbers", s.commonRandomNumbers());
        ObjectNode params = m.putObject("parameters");
        s.parameters().forEach(p -> params.put(p.path(), p.values().isEmpty()
                ? "[" + p.min() + ", " + p.max() + "]" + (p.whole() ? " whole" : "") : String.join(", ", p.values())));
        ObjectNode arms = m.putObject("arms");
        for (Arm a : s.arms()) {
            if (!a.name().isEmpty()) {
                ObjectNode arm = arms.putObject(a.name());
                a.changes().forEach(c -> arm.put(c.text().substring(0, c.text().indexOf('=')),
                        c.text().substring(c.text().indexOf('=') + 1)));
            }
        }
        m.put("fingerprint", plan.fingerprint());
        m.put("runs_planned", plan.runs().size());
        counts.forEach(m::put);
        m.put("state", state);
        m.put("program_version", Manifest.version());
        m.put("updated_utc", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        AtomicFile.write(dir.resolve(SWEEP_JSON), JSON.writeValueAsBytes(m));
    }

    /** {@code runs.csv}: one row per planned run with its varied values, seed and status. */
    public void writeRuns(SweepPlan plan, Map<String, String> statuses) throws IOException {
        SweepSpec s = plan.spec();
        List<String> header = new ArrayList<>(List.of("run_id", "point"));
        if (s.hasArms()) {
            header.add("arm");
        }
        header.add("replication");
        s.parameters().forEach(p -> header.add(p.path()));
        header.addAll(List.of("seed", "status"));
        AtomicFile.writeText(dir.resolve(RUNS_CSV), out -> {
            out.write(String.join(",", header));
            out.write('\n');
            for (PlannedRun r : plan.runs()) {
                List<String> row = new ArrayList<>(List.of(r.id(), Integer.toString(r.point())));
                if (s.hasArms()) {
                    row.add(r.arm());
                }
                row.add(Integer.toString(r.replication()));
                r.values().forEach(v -> row.add(quoted(v)));
                row.add(Long.toString(r.seed()));
                row.add(statuses.getOrDefault(r.id(), "pending"));
                out.write(String.join(",", row));
                out.write('\n');
            }
        });
    }

    /**
     * {@code summary_fiscal_year.csv}: every complete run's national fiscal-year rows, in plan
     * order, keyed by run id in the first column; {@code statuses} says which runs are complete.
     */
    public void writeSummary(SweepPlan plan, Map<String, String> statuses) throws IOException {
        AtomicFile.writeText(dir.resolve(SUMMARY_CSV), out -> {
            boolean header = false;
            for (PlannedRun r : plan.runs()) {
                Path table = runsDir(dir).resolve(r.id()).resolve(RunFolder.NATIONAL_FISCAL_YEAR);
                if (!RunStatus.COMPLETE.label().equals(statuses.get(r.id())) || !Files.isRegularFile(table)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
                if (!header) {
                    out.write("run_id," + lines.get(0) + "\n");
                    header = true;
                }
                for (String line : lines.subList(1, lines.size())) {
                    out.write(r.id() + "," + line + "\n");
                }
            }
            if (!header) {
                out.write("run_id\n");
            }
        });
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
    static String quoted(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
