package clusterlab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.firms.KernelKind;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducibility and interruption of whole runs. */
class RunnerTest {
    private static final List<String> TABLES = List.of("national_monthly.csv", "regions_monthly.csv",
            "national_fiscal_year.csv", "regions_fiscal_year.csv", "programmes_fiscal_year.csv",
            "money_fiscal_year.csv", "network_degrees_fiscal_year.csv");

    @TempDir
    Path dir;

    private RunResult run(String name, long seed, int threads, RunProgress progress, AtomicBoolean stop)
            throws IOException {
        ResolvedScenario s = ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"),
                List.of(Assignment.set("seed=" + seed), Assignment.set("years=3")));
        return Runner.run(new RunRequest(s, 1.0, threads, KernelKind.optimised, dir.resolve(name), false, List.of()),
                progress, stop);
    }

    @Test
    void theReferenceKernelGivesByteIdenticalTables() throws IOException {
        // Eleven thousand firms: three chunks, so the totals' block structure is exercised too.
        ResolvedScenario s = ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"), List.of(
                Assignment.set("years=3"), Assignment.set("regions.0.firms=6000"), Assignment.set("regions.1.firms=5000")));
        Runner.run(new RunRequest(s, 1.0, 2, KernelKind.optimised, dir.resolve("kernel"), true, List.of()),
                RunProgress.NONE, new AtomicBoolean());
        Runner.run(new RunRequest(s, 1.0, 1, KernelKind.reference, dir.resolve("reference"), true, List.of()),
                RunProgress.NONE, new AtomicBoolean());
        List<String> tables = new java.util.ArrayList<>(TABLES);
        tables.add("firms_fiscal_year.csv.gz");
        for (String table : tables) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("kernel").resolve(table)),
                    Files.readAllBytes(dir.resolve("reference").resolve(table)), table);
        }
        assertTrue(Files.readString(dir.resolve("reference").resolve("manifest.json")).contains("\"kernel\" : \"reference\""));
    }

    private RunResult run(String name, long seed, int threads) throws IOException {
        return run(name, seed, threads, RunProgress.NONE, new AtomicBoolean());
    }

    @Test
    void sameSeedGivesByteIdenticalTablesWhateverTheThreadCount() throws IOException {
        run("one", 5, 1);
        run("two", 5, 2);
        run("four", 5, 4);
        for (String table : TABLES) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(table));
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(table)), table + " at 2 threads");
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("four").resolve(table)), table + " at 4 threads");
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() throws IOException {
        run("a", 5, 2);
        run("b", 6, 2);
        for (String table : List.of("national_monthly.csv", "regions_fiscal_year.csv")) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(table)),
                    Files.readAllBytes(dir.resolve("b").resolve(table))), table);
        }
    }

    @Test
    void indicatorsMove() throws IOException {
        run("moving", 5, 1);
        List<String> years = Files.readAllLines(dir.resolve("moving").resolve("national_fiscal_year.csv"));
        List<String> header = List.of(years.get(0).split(","));
        for (String column : List.of("firm_entries", "firm_exits", "matches", "joint_projects_started",
                "patent_applications", "network_ties", "spending_private_oku")) {
            int k = header.indexOf(column);
            double total = years.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",", -1)[k])).sum();
            assertTrue(total > 0, column + " never moved in three years");
        }
    }

    @Test
    void aStopRequestEndsWithAConsistentFolderMarkedInterrupted() throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        RunProgress stopAfter17 = new RunProgress() {
            @Override
            public void started(int ticks) {
            }

            @Override
            public void tick(int ticksDone, int fiscalYear) {
                if (ticksDone == 17) {
                    stop.set(true);
                }
            }

            @Override
            public void finished() {
            }
        };
        RunResult result = run("cut", 5, 2, stopAfter17, stop);
        assertEquals(RunStatus.INTERRUPTED, result.status());
        assertEquals(17, result.ticksDone());
        Path out = dir.resolve("cut");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("interrupted", manifest.get("status").asText());
        assertEquals(17, manifest.get("ticks_completed").asInt());
        assertEquals(17 + 1, Files.readAllLines(out.resolve("national_monthly.csv")).size(), "complete months only");
        assertEquals(1 + 1, Files.readAllLines(out.resolve("national_fiscal_year.csv")).size(), "complete years only");
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        // What was written before the stop is exactly what an uninterrupted run writes.
        run("whole", 5, 1);
        List<String> whole = Files.readAllLines(dir.resolve("whole").resolve("national_monthly.csv"));
        assertEquals(whole.subList(0, 18), Files.readAllLines(out.resolve("national_monthly.csv")));
    }
}
