package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: every table of two small, fixed runs is pinned by its SHA-256, so an unintended
 * change of behaviour fails here, naming each table that changed. The two scenarios between them use
 * every instrument and selection rule that the policy scenarios use (grants, coordinators, incubators,
 * venture seed money, networking events, linkage, seamless support, trials, evaluations, predecessor
 * selection, matching) over their whole horizons, with firm snapshots.
 *
 * <p>When a change of behaviour is intended, regenerate the hashes with
 * {@code GOLDEN_UPDATE=1 mvn -pl sim/core test -Dtest=GoldenOutputTest} and commit them on their own,
 * saying why the outputs changed. CI never regenerates them.
 */
class GoldenOutputTest {
    static final Path HASHES = Path.of("src/test/resources/clusterlab/golden/hashes.txt");
    static final String UPDATE = "GOLDEN_UPDATE=1 mvn -pl sim/core test -Dtest=GoldenOutputTest";
    /** Scenario file (under scenarios/) and the population scale it runs at. */
    static final Map<String, String> RUNS = Map.of(
            "industrial-cluster", "0.05",
            "knowledge-cluster-phase2", "0.05");

    @Test
    void everyTableOfTheGoldenRunsIsUnchanged(@TempDir Path dir) throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, String> run : new TreeMap<>(RUNS).entrySet()) {
            Path out = dir.resolve(run.getKey());
            CliHarness r = CliHarness.run("run", "../../scenarios/" + run.getKey() + ".yaml", "--scale", run.getValue(),
                    "--threads", "2", "--snapshots", "--out", out.toString(), "-q");
            assertEquals(0, r.exitCode(), r.err());
            actual.putAll(tableHashes(run.getKey(), out));
        }
        assertFalse(actual.isEmpty(), "the golden runs wrote no table");
        if ("1".equals(System.getenv("GOLDEN_UPDATE"))) {
            assertFalse("true".equals(System.getenv("CI")), "golden outputs are never regenerated under CI");
            write(actual);
            return;
        }
        Map<String, String> expected = read();
        List<String> changed = new ArrayList<>();
        for (String table : union(expected, actual)) {
            String was = expected.get(table);
            String now = actual.get(table);
            if (was == null) {
                changed.add(table + " (new table)");
            } else if (now == null) {
                changed.add(table + " (no longer written)");
            } else if (!was.equals(now)) {
                changed.add(table);
            }
        }
        if (!changed.isEmpty()) {
            fail("the outputs changed: " + String.join(", ", changed) + ".\nIf the change of behaviour is intended, "
                    + "regenerate the golden hashes with\n  " + UPDATE + "\nand commit them on their own, saying why.");
        }
    }

    /** SHA-256 of each table of a run folder (gzipped tables by their content); the manifest is not a table. */
    static Map<String, String> tableHashes(String run, Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv")) {
                    hashes.put(run + "/" + name, sha256(Files.readAllBytes(f)));
                } else if (name.endsWith(".csv.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        hashes.put(run + "/" + name.substring(0, name.length() - 3), sha256(in.readAllBytes()));
                    }
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return List.copyOf(all.keySet());
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(HASHES, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                hashes.put(parts[1], parts[0]);
            }
        }
        return hashes;
    }

    private static void write(Map<String, String> hashes) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of every table of the golden runs (GoldenOutputTest).\n"
                + "# Regenerate only for an intended change of behaviour: " + UPDATE + "\n");
        hashes.forEach((table, hash) -> text.append(hash).append("  ").append(table).append('\n'));
        Files.createDirectories(HASHES.getParent());
        Files.writeString(HASHES, text, StandardCharsets.UTF_8);
    }
}
