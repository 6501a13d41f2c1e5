package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spin-up cache: a run from a cached world at rest writes the same files byte for byte as the
 * run that spun up itself; runs that differ only in programmes or horizon share one file; anything
 * that shapes the world gets a file of its own; a damaged file is rebuilt, never trusted.
 */
class SpinupCacheTest {
    private static final String TINY = "src/test/resources/tiny.yaml";
    /** A short spin-up and horizon keep each run well under a second. */
    private static final String[] SHORT = {"--set", "spinup_years=2", "-q"};

    @TempDir
    Path dir;

    private Path cache() {
        return dir.resolve("spinups");
    }

    /** Runs {@code run SCENARIO SHORT... extra... --out DIR/name}, 2 years and cached unless extra says otherwise. */
    private Path run(String scenario, String name, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", scenario));
        args.addAll(List.of(SHORT));
        args.addAll(List.of(extra));
        if (!args.contains("--years")) {
            args.addAll(List.of("--years", "2"));
        }
        if (!args.contains("--no-spinup-cache")) {
            args.addAll(List.of("--spinup-cache", cache().toString()));
        }
        args.addAll(List.of("--out", out.toString()));
        CliHarness r = CliHarness.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.sorted().toList();
        }
    }

    private static String manifest(Path run) throws IOException {
        return Files.readString(run.resolve("manifest.json"), StandardCharsets.UTF_8);
    }

    /** Every file of two run folders but the manifest, byte for byte, and the same files on both sides. */
    private static void assertSameOutputs(Path a, Path b) throws IOException {
        List<String> left = outputs(a);
        assertEquals(left, outputs(b), "the same files");
        assertTrue(left.size() >= 5, "tables written: " + left);
        for (String name : left) {
            assertEquals(-1, Files.mismatch(a.resolve(name), b.resolve(name)), name + " differs");
        }
    }

    private static List<String> outputs(Path run) throws IOException {
        try (Stream<Path> files = Files.walk(run)) {
            return files.filter(Files::isRegularFile).map(p -> run.relativize(p).toString())
                    .filter(n -> !n.equals("manifest.json")).sorted().toList();
        }
    }

    @Test
    void aRunFromTheCacheWritesTheSameFilesAsTheRunThatSpunUpItself() throws IOException {
        Path plain = run(TINY, "plain", "--no-spinup-cache");
        Path first = run(TINY, "first");
        Path second = run(TINY, "second", "--snapshots");
        Path plainSnapshots = run(TINY, "plain-snapshots", "--snapshots", "--no-spinup-cache");
        assertEquals(1, cacheFiles().size(), "one spin-up cached: " + cacheFiles());
        assertTrue(manifest(plain).contains("\"spinup_from_cache\" : false"), manifest(plain));
        assertTrue(manifest(first).contains("\"spinup_from_cache\" : false"), manifest(first));
        assertTrue(manifest(second).contains("\"spinup_from_cache\" : true"), manifest(second));
        assertTrue(manifest(second).contains(cacheFiles().get(0).getFileName().toString()), manifest(second));
        assertSameOutputs(plain, first);
        assertSameOutputs(plainSnapshots, second);
    }

    @Test
    void scenariosThatDifferOnlyInProgrammesAndHorizonShareOneFileAndEachRunsItsOwn() throws IOException {
        Path other = CliHarness.tinyWith(dir, "other.yaml", "  - name: pilot\n    start_fiscal_year: 2002\n"
                + "    years: 2\n", "  - name: bigger\n    start_fiscal_year: 2003\n    years: 3\n");
        Files.writeString(other, Files.readString(other).replace("budget_oku_per_year: 1.0", "budget_oku_per_year: 4.0")
                .replace("name: tiny", "name: other"));
        Path tinyCached = run(TINY, "tiny-cached");
        Path otherCached = run(other.toString(), "other-cached", "--years", "3");
        assertEquals(1, cacheFiles().size(), "one world, one file: " + cacheFiles());
        assertTrue(manifest(otherCached).contains("\"spinup_from_cache\" : true"));
        assertSameOutputs(run(TINY, "tiny-plain", "--no-spinup-cache"), tinyCached);
        assertSameOutputs(run(other.toString(), "other-plain", "--years", "3", "--no-spinup-cache"), otherCached);
        // The programmes matter: otherwise this test would show nothing.
        assertFalse(Arrays.equals(Files.readAllBytes(tinyCached.resolve("regions_fiscal_year.csv")),
                Files.readAllBytes(otherCached.resolve("regions_fiscal_year.csv"))));
    }

    @Test
    void whateverShapesTheWorldGetsAFileOfItsOwn() throws IOException {
        run(TINY, "base");
        run(TINY, "horizon", "--years", "3");
        assertEquals(1, cacheFiles().size(), "the horizon does not shape the world");
        String[][] changes = {{"--set", "firms.exit_after_loss_months=30"}, {"--seed", "12"}, {"--scale", "0.5"},
                {"--set", "spinup_years=1"},
                {"--set", "start_fiscal_year=2001"}};
        for (int i = 0; i < changes.length; i++) {
            Path changed = run(TINY, "changed" + i, changes[i]);
            assertEquals(i + 2, cacheFiles().size(), Arrays.toString(changes[i]) + " needs a spin-up of its own");
            assertTrue(manifest(changed).contains("\"spinup_from_cache\" : false"));
        }
    }

    @Test
    void aDamagedCacheFileIsRebuiltWithAWarningNeverTrusted() throws IOException {
        Path plain = run(TINY, "plain", "--no-spinup-cache");
        run(TINY, "first");
        Path file = cacheFiles().get(0);
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        List<byte[]> bad = List.of(flipped, Arrays.copyOf(good, good.length - 100), Arrays.copyOf(good, 40),
                "name: tiny\n".getBytes(StandardCharsets.UTF_8), new byte[0]);
        for (int i = 0; i < bad.size(); i++) {
            Files.write(file, bad.get(i));
            String name = "damaged" + i;
            String err = stderrOf(() -> run(TINY, name));
            assertTrue(err.contains("ignoring the spin-up cache file"), "case " + i + ": " + err);
            assertFalse(manifest(dir.resolve("damaged" + i)).contains("\"spinup_from_cache\" : true"), "case " + i);
            assertSameOutputs(plain, dir.resolve("damaged" + i));
            assertTrue(Arrays.equals(good, Files.readAllBytes(file)), "case " + i + ": rebuilt as it was");
        }
        String err = stderrOf(() -> run(TINY, "again"));
        assertFalse(err.contains("warning"), err);
        assertTrue(manifest(dir.resolve("again")).contains("\"spinup_from_cache\" : true"));
    }

    @Test
    void aSweepsParallelRunsShareTheCacheAndEqualTheUncachedSweep() throws IOException {
        Path cached = dir.resolve("sweep-cached");
        Path plain = dir.resolve("sweep-plain");
        CliHarness r = CliHarness.run("sweep", "src/test/resources/sweep-tiny.yaml", "--set", "years=1", "--set",
                "spinup_years=1", "--workers", "2", "--spinup-cache", cache().toString(), "--out", cached.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        r = CliHarness.run("sweep", "src/test/resources/sweep-tiny.yaml", "--set", "years=1", "--set", "spinup_years=1",
                "--workers", "2", "--no-spinup-cache", "--out", plain.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        // Two points x two seeds are four worlds; the two arms of each share one.
        assertEquals(4, cacheFiles().size(), "one file per world: " + cacheFiles());
        try (Stream<Path> runs = Files.list(plain.resolve("runs"))) {
            for (Path run : runs.toList()) {
                assertSameOutputs(run, cached.resolve("runs").resolve(run.getFileName()));
            }
        }
    }

    /** Runner.simulate (in-process, no run folder) from the cache sees the same months as without it. */
    @Test
    void anInProcessSimulationFromTheCacheSeesTheSameMonths() throws IOException {
        clusterlab.scenario.Scenario s = clusterlab.scenario.ScenarioLoader.load(Path.of(TINY),
                List.of(clusterlab.scenario.Assignment.set("spinup_years=1"))).scenario();
        List<String> plain = simulate(s, null);
        assertEquals(s.ticks() + s.years(), plain.size());
        assertEquals(plain, simulate(s, cache()), "the run that fills the cache");
        assertEquals(plain, simulate(s, cache()), "the run from the cache");
        assertEquals(1, cacheFiles().size());
    }

    private static List<String> simulate(clusterlab.scenario.Scenario s, Path cache) {
        List<String> months = new ArrayList<>();
        clusterlab.metrics.IndicatorSink sink = new clusterlab.metrics.IndicatorSink() {
            @Override
            public void monthly(int tick, double[] national, double[][] regions) {
                months.add(tick + " " + Arrays.toString(national) + Arrays.deepToString(regions));
            }

            @Override
            public void fiscalYear(int fiscalYear, double[] national, double[][] regions, double concentrationHhi,
                                   int[] regionsFunded, double[][] programmes) {
                months.add(fiscalYear + " " + Arrays.deepToString(programmes));
            }
        };
        assertTrue(clusterlab.run.Runner.simulate(s, 7, 1.0, 1, sink, cache,
                new java.util.concurrent.atomic.AtomicBoolean()));
        return months;
    }

    @Test
    void bothCacheOptionsTogetherAreRefused() {
        CliHarness r = CliHarness.run("run", TINY, "--spinup-cache", cache().toString(), "--no-spinup-cache");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("cannot be given together"), r.err());
    }

    private interface Body {
        void run() throws IOException;
    }

    /** What {@code body} printed on System.err, where the cache warns. */
    private static String stderrOf(Body body) throws IOException {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
