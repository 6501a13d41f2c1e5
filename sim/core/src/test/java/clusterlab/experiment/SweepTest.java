package clusterlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import clusterlab.output.FolderComparison;
import clusterlab.output.NumericTable;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps end to end: the folder, seeds, resume after a kill, refusal of another sweep's folder, sensitivity. */
class SweepTest {
    private static final Path TINY_SWEEP = Path.of("src/test/resources/sweep-tiny.yaml");
    private static final Path KILL_SWEEP = Path.of("src/test/resources/sweep-kill.yaml");

    @TempDir
    Path dir;

    static Sweep.Result sweep(Path file, Path out, int workers, String... sets) throws IOException {
        SweepPlan plan = SweepPlan.of(SweepFile.load(file, Stream.of(sets).map(Assignment::set).toList()));
        return Sweep.run(plan, out, new LocalExecutor(workers), SweepListener.NONE, new AtomicBoolean());
    }

    @Test
    void aGridSweepWritesEveryRunAndTheTables() throws IOException {
        Path out = dir.resolve("s");
        Sweep.Result r = sweep(TINY_SWEEP, out, 2);
        assertEquals(8, r.planned());
        assertEquals(8, r.complete());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("run_id,point,arm,replication,knowledge.spillover_max_per_month,seed,status", runs.get(0));
        assertEquals(9, runs.size());
        assertTrue(runs.stream().skip(1).allMatch(l -> l.endsWith(",complete")));
        // Arms of a point and replication share the seed (common random numbers); replications differ.
        Map<String, String> seedOf = new HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] c = line.split(",");
            seedOf.put(c[0], c[5]);
        }
        assertEquals(seedOf.get("p0000-small-r0000"), seedOf.get("p0000-large-r0000"));
        assertEquals(seedOf.get("p0000-small-r0000"), seedOf.get("p0001-small-r0000"));
        assertNotEquals(seedOf.get("p0000-small-r0000"), seedOf.get("p0000-small-r0001"));
        NumericTable summary = NumericTable.read(out.resolve("summary_fiscal_year.csv"));
        assertEquals("run_id", summary.header().get(0));
        assertEquals(8 * 2, summary.rows(), "two fiscal years of each of 8 runs");
        // The arm's change took effect: a larger budget spends more national money.
        NumericTable small = NumericTable.read(out.resolve("runs/p0000-small-r0000/national_fiscal_year.csv"));
        NumericTable large = NumericTable.read(out.resolve("runs/p0000-large-r0000/national_fiscal_year.csv"));
        int spend = small.column("spending_national_oku");
        assertTrue(large.value(1, spend) > small.value(1, spend));
    }

    @Test
    void theSameSweepInTheSameFolderRecomputesNothing() throws IOException {
        Path out = dir.resolve("s");
        sweep(TINY_SWEEP, out, 2);
        FileTime before = Files.getLastModifiedTime(out.resolve("runs/p0001-large-r0001/manifest.json"));
        Sweep.Result again = sweep(TINY_SWEEP, out, 2);
        assertEquals(0, again.outcomes().size());
        assertEquals(8, again.complete());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("runs/p0001-large-r0001/manifest.json")));
    }

    @Test
    void moreReplicationsInTheSameFolderRunOnlyTheNewOnes() throws IOException {
        Path out = dir.resolve("s");
        sweep(TINY_SWEEP, out, 2, "years=1");
        Sweep.Result more = sweep(TINY_SWEEP, out, 2, "years=1");
        assertEquals(0, more.outcomes().size());
        Path file = dir.resolve("three.yaml");
        Files.writeString(file, Files.readString(TINY_SWEEP).replace("replications: 2", "replications: 3")
                .replace("base: tiny.yaml", "base: " + TINY_SWEEP.toAbsolutePath().resolveSibling("tiny.yaml")));
        Sweep.Result three = sweep(file, out, 2, "years=1");
        assertEquals(4, three.outcomes().size(), "only replication 2 of each point and arm");
        assertEquals(12, three.complete());
    }

    /**
     * A resumed sweep counts as run in this start only the runs that finished in it: not those done
     * before, nor those a stop interrupted in progress (what a second Ctrl-C with busy workers leaves).
     */
    @Test
    void aResumedSweepCountsOnlyTheRunsThatFinishedInThisStart() throws IOException {
        Path out = dir.resolve("s");
        sweep(TINY_SWEEP, out, 2);
        for (String id : List.of("p0001-small-r0000", "p0001-small-r0001", "p0001-large-r0000", "p0001-large-r0001")) {
            clusterlab.output.Folders.delete(out.resolve("runs").resolve(id));
        }
        RunExecutor twoThenStopped = new RunExecutor() {
            @Override
            public void execute(List<PlannedRun> pending, Path sweepDir, SweepListener listener, AtomicBoolean stop) {
                for (int i = 0; i < pending.size(); i++) {
                    stop.set(i >= 2);
                    listener.finished(RunTask.execute(pending.get(i), sweepDir, stop));
                }
            }

            @Override
            public String describe() {
                return "two, then stopped";
            }
        };
        SweepPlan plan = SweepPlan.of(SweepFile.load(TINY_SWEEP, List.of()));
        Sweep.Result resumed = Sweep.run(plan, out, twoThenStopped, SweepListener.NONE, new AtomicBoolean());
        assertEquals(4, resumed.outcomes().size(), "every run handed to the executor reported back");
        assertEquals(6, resumed.complete());
        assertEquals(2, resumed.finishedThisStart());
    }

    /** A stop request (what Ctrl-C and SIGTERM set) ends the sweep after the runs in progress, marked interrupted. */
    @Test
    void aStoppedSweepIsMarkedInterruptedAndLeavesNoUnfinishedRunUnderItsName() throws IOException {
        Path out = dir.resolve("s");
        AtomicBoolean stop = new AtomicBoolean();
        SweepListener stopAfterFirst = new SweepListener() {
            @Override
            public void started(int planned, int alreadyDone) {
            }

            @Override
            public void finished(RunOutcome outcome) {
                stop.set(true);
            }

            @Override
            public void ended() {
            }
        };
        SweepPlan plan = SweepPlan.of(SweepFile.load(KILL_SWEEP, List.of()));
        Sweep.Result r = Sweep.run(plan, out, new LocalExecutor(1), stopAfterFirst, stop);
        assertEquals(1, r.complete());
        assertEquals(35, r.pending());
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"state\" : \"interrupted\""));
        assertEquals(1, finishedRuns(out).size(), "only the complete run has a folder under its own name");
        assertEquals(1, Files.readAllLines(out.resolve("runs.csv")).stream().filter(l -> l.endsWith(",complete")).count());
    }

    /** A second sweep process on a folder in use is refused, not let loose on the first one's runs. */
    @Test
    void aFolderInUseByAnotherSweepIsRefused() throws IOException {
        Path out = dir.resolve("busy");
        try (SweepLock held = SweepLock.take(out)) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> sweep(TINY_SWEEP, out, 1, "years=1"));
            assertTrue(e.getMessage().contains("another sweep is running"), e.getMessage());
        }
        assertEquals(8, sweep(TINY_SWEEP, out, 1, "years=1").complete(), "usable once the lock is released");
    }

    @Test
    void aFolderOfAnotherSweepIsRefusedAndLeftAlone() throws IOException {
        Path out = dir.resolve("s");
        sweep(TINY_SWEEP, out, 2, "years=1");
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> sweep(TINY_SWEEP, out, 2, "years=2"));
        assertTrue(e.getMessage().contains("another definition"), e.getMessage());
        assertEquals(new String(runs), Files.readString(out.resolve("runs.csv")));
    }

    /**
     * The acceptance check of resume: a sweep process killed with SIGKILL part-way, started again on
     * the same folder, finishes without rerunning what was finished and equals an uninterrupted sweep.
     */
    @Test
    void aSweepKilledMidWayAndStartedAgainEqualsAnUninterruptedOne() throws Exception {
        Path killed = dir.resolve("killed");
        Process p = sweepProcessWithFinishedRuns(killed, 3);
        p.destroyForcibly(); // SIGKILL: no hook runs, files are left as they are
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> doneAtKill = finishedRuns(killed);
        assertTrue(doneAtKill.size() >= 3 && doneAtKill.size() < 36,
                "killed part-way: " + doneAtKill.size() + " runs finished; " + Files.readString(dir.resolve("log.txt")));
        Map<String, FileTime> stamps = new HashMap<>();
        for (String id : doneAtKill) {
            stamps.put(id, Files.getLastModifiedTime(killed.resolve("runs").resolve(id).resolve("manifest.json")));
        }

        Sweep.Result resumed = sweep(KILL_SWEEP, killed, 2);
        assertEquals(36, resumed.complete());
        assertEquals(36 - doneAtKill.size(), resumed.outcomes().size(), "finished runs are not run again");
        for (String id : doneAtKill) {
            assertEquals(stamps.get(id),
                    Files.getLastModifiedTime(killed.resolve("runs").resolve(id).resolve("manifest.json")), id);
        }

        Path whole = dir.resolve("whole");
        sweep(KILL_SWEEP, whole, 2);
        for (String id : finishedRuns(whole)) {
            FolderComparison.Result same = FolderComparison.compareTables(whole.resolve("runs").resolve(id),
                    killed.resolve("runs").resolve(id));
            assertTrue(same.identical(), id + " differs in " + same.differing());
        }
        for (String table : List.of("runs.csv", "summary_fiscal_year.csv")) {
            assertEquals(Files.readString(whole.resolve(table)), Files.readString(killed.resolve(table)), table);
        }
        try (Stream<Path> left = Files.list(killed.resolve("runs"))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary folders left");
        }
    }

    /** SIGTERM (what Ctrl-C's SIGINT also triggers) ends a sweep process with 130 and a folder marked interrupted. */
    @Test
    void aTerminatedSweepProcessExitsWith130AndMarksItsFolder() throws Exception {
        Path out = dir.resolve("terminated");
        Process p = sweepProcessWithFinishedRuns(out, 2);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"state\" : \"interrupted\""));
        long complete = Files.readAllLines(out.resolve("runs.csv")).stream().filter(l -> l.endsWith(",complete")).count();
        assertEquals(finishedRuns(out).size(), complete, "runs.csv agrees with the folders");
        assertTrue(complete < 36, "stopped part-way");
    }

    /** Starts the kill sweep in its own JVM and returns once {@code runs} of its runs have finished (or it ended). */
    private Process sweepProcessWithFinishedRuns(Path out, int runs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", KILL_SWEEP.toString(), "--out", out.toString(), "--workers", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (finishedRuns(out).size() < runs && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return p;
    }

    private static List<String> finishedRuns(Path sweepDir) throws IOException {
        Path runs = sweepDir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /**
     * Warm up once, fork many: one warm-up per replication, and every run forks from it. When the
     * swept and arm parameters act only after the warm-up (a programme that starts later), the runs
     * are byte-identical to those of the same sweep without a warm-up.
     */
    @Test
    void runsForkedFromASharedWarmUpEqualRunsFromTheStart() throws IOException {
        String tiny = TINY_SWEEP.toAbsolutePath().resolveSibling("tiny.yaml").toString();
        String sweep = String.join("\n", "base: " + tiny, "set: {years: 4, programmes.0.start_fiscal_year: 2004}",
                "design: grid", "parameters: {programmes.0.matching_ratio: [0.5, 1.0]}",
                "arms: {small: {programmes.0.budget_oku_per_year: 1}, large: {programmes.0.budget_oku_per_year: 3}}",
                "replications: 2", "");
        Path plainFile = dir.resolve("plain.yaml");
        Files.writeString(plainFile, sweep);
        Path warmFile = dir.resolve("warm.yaml");
        Files.writeString(warmFile, sweep + "warmup_years: 2\n");
        sweep(plainFile, dir.resolve("plain"), 2);
        Sweep.Result warm = sweep(warmFile, dir.resolve("warm"), 2);
        assertEquals(8 + 2, warm.outcomes().size(), "8 runs and one warm-up per replication");
        for (String id : finishedRuns(dir.resolve("plain"))) {
            FolderComparison.Result same = FolderComparison.compareTables(dir.resolve("plain/runs").resolve(id),
                    dir.resolve("warm/runs").resolve(id));
            assertTrue(same.identical(), id + " differs in " + same.differing());
        }
        assertEquals(Files.readString(dir.resolve("plain/summary_fiscal_year.csv")),
                Files.readString(dir.resolve("warm/summary_fiscal_year.csv")));
    }

    @Test
    void morrisAndSobolSweepsWriteTheirSensitivityTables() throws IOException {
        Path file = dir.resolve("morris.yaml");
        String base = TINY_SWEEP.toAbsolutePath().resolveSibling("tiny.yaml").toString();
        Files.writeString(file, String.join("\n", "base: " + base, "set: {years: 2}", "design: morris",
                "samples: 3", "parameters:", "  knowledge.spillover_max_per_month: {min: 0.002, max: 0.03}",
                "  population.absorptive_mean: {min: 0.2, max: 0.6}", "outputs: [patent_applications, firms]", ""));
        sweep(file, dir.resolve("m"), 2);
        List<String> morris = Files.readAllLines(dir.resolve("m").resolve(Sensitivity.MORRIS_CSV));
        assertEquals("output,parameter,mu,mu_star,sigma,trajectories", morris.get(0));
        assertEquals(1 + 2 * 2, morris.size());
        assertTrue(morris.get(1).startsWith("patent_applications,knowledge.spillover_max_per_month,"));

        Files.writeString(file, Files.readString(file).replace("design: morris", "design: sobol"));
        sweep(file, dir.resolve("s"), 2);
        List<String> sobol = Files.readAllLines(dir.resolve("s").resolve(Sensitivity.SOBOL_CSV));
        assertEquals(1 + 2 * 2, sobol.size());
        assertEquals(3 * 4, Files.readAllLines(dir.resolve("s").resolve("runs.csv")).size() - 1,
                "3 base samples x (2 parameters + 2)");
    }
}
