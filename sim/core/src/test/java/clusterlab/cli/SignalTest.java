package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real signal to a real process: a run that receives SIGTERM (what Ctrl-C's SIGINT also
 * triggers) ends with exit code 130 and a consistent folder marked interrupted.
 */
class SignalTest {
    @TempDir
    Path dir;

    @Test
    void terminatedRunExitsWith130AndLeavesAConsistentInterruptedFolder() throws Exception {
        Path out = dir.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "../../scenarios/baseline.yaml", "--years", "200", "--set", "spinup_years=0", "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path manifest = out.resolve("manifest.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(manifest) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(manifest), "the run started: " + Files.readString(dir.resolve("log.txt")));
        Thread.sleep(1500);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run ended after the signal");
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve("log.txt")));

        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        assertEquals("interrupted", m.get("status").asText());
        int ticks = m.get("ticks_completed").asInt();
        assertTrue(ticks > 0 && ticks < 2400, "stopped part-way: " + ticks);
        List<String> monthly = Files.readAllLines(out.resolve("national_monthly.csv"));
        assertEquals(ticks + 1, monthly.size(), "one complete row per completed month");
        assertEquals(ticks / 12 + 1, Files.readAllLines(out.resolve("national_fiscal_year.csv")).size());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.map(f -> f.getFileName().toString()).noneMatch(n -> n.endsWith(".partial")),
                    "no half-written files");
        }
    }
}
