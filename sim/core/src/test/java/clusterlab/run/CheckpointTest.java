package clusterlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import clusterlab.output.FolderComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checkpoints: a resumed run ends byte for byte as the uninterrupted one; a checkpoint that does not fit is refused. */
class CheckpointTest {
    private static final String TINY = "src/test/resources/tiny.yaml";

    @TempDir
    Path dir;

    private record Outcome(int code, String err) {
    }

    private static Outcome cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Outcome(code, err.toString());
    }

    private Path full(String threads) {
        Path out = dir.resolve("full");
        assertEquals(0, cli("run", TINY, "--years", "4", "--checkpoint-every", "1", "--threads", threads,
                "--out", out.toString(), "-q").code());
        return out;
    }

    /** Resumed after each of the first three fiscal years, with 1 and with 2 threads (the full run with the other). */
    @ParameterizedTest
    @CsvSource({"2002, 1, 2", "2003, 2, 1", "2004, 1, 2", "2002, 2, 2"})
    void aResumedRunEndsByteIdenticalToTheUninterruptedOne(int fiscalYear, String fullThreads, String resumeThreads)
            throws IOException {
        Path full = full(fullThreads);
        Path resumed = dir.resolve("resumed");
        Outcome o = cli("run", TINY, "--years", "4", "--threads", resumeThreads, "--resume",
                full.resolve(Runner.checkpointName(fiscalYear)).toString(), "--out", resumed.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        FolderComparison.Result same = FolderComparison.compareTables(full, resumed);
        assertEquals(7, same.compared().size());
        assertTrue(same.identical(), "differs: " + same.differing());
        assertTrue(Files.readString(resumed.resolve("manifest.json")).contains("\"resumed_from\""));
    }

    @Test
    void aCheckpointOfAnotherRunIsRefusedAndNothingIsWritten() {
        Path full = full("2");
        Path out = dir.resolve("other");
        Outcome o = cli("run", TINY, "--years", "4", "--set", "knowledge.spillover_max_per_month=0.02", "--resume",
                full.resolve(Runner.checkpointName(2003)).toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("belongs to another run"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDamagedOrForeignCheckpointIsRefusedWithAClearMessage() throws IOException {
        Path full = full("2");
        byte[] good = Files.readAllBytes(full.resolve(Runner.checkpointName(2003)));
        List<byte[]> bad = new ArrayList<>();
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        bad.add(flipped);
        bad.add(Arrays.copyOf(good, good.length - 100));
        bad.add(Arrays.copyOf(good, 40));
        bad.add("name: tiny\nyears: 3\n".getBytes());
        for (int i = 0; i < bad.size(); i++) {
            Path file = dir.resolve("bad" + i + ".ckpt");
            Files.write(file, bad.get(i));
            Path out = dir.resolve("out" + i);
            Outcome o = cli("run", TINY, "--years", "4", "--resume", file.toString(), "--out", out.toString());
            assertEquals(2, o.code(), "case " + i + ": " + o.err());
            assertTrue(o.err().contains("damaged") || o.err().contains("not a clusterlab checkpoint"), o.err());
            assertFalse(o.err().contains("\tat "), "no stack trace");
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    /** Forking the same scenario with a longer horizon from the last checkpoint equals the longer run itself. */
    @Test
    void aForkGoesOnUnderItsOwnScenarioFromTheSavedWorld() throws IOException {
        Path full = full("2");
        Path forked = dir.resolve("forked");
        Path warm = dir.resolve("warm");
        assertEquals(0, cli("run", TINY, "--years", "4", "--set", "programmes.0.start_fiscal_year=2006",
                "--checkpoint-every", "4", "--out", warm.toString(), "-q").code());
        Outcome o = cli("run", TINY, "--years", "6", "--set", "programmes.0.start_fiscal_year=2006", "--resume",
                warm.resolve(Runner.checkpointName(2005)).toString(), "--fork", "--out", forked.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        Path plain = dir.resolve("plain");
        assertEquals(0, cli("run", TINY, "--years", "6", "--set", "programmes.0.start_fiscal_year=2006",
                "--out", plain.toString(), "-q").code());
        FolderComparison.Result same = FolderComparison.compareTables(plain, forked);
        assertTrue(same.identical(), "differs: " + same.differing());

        // A fork may not change a programme that has already started, nor the world itself.
        o = cli("run", TINY, "--years", "5", "--resume", full.resolve(Runner.checkpointName(2003)).toString(), "--fork",
                "--set", "programmes.0.budget_oku_per_year=3", "--out", dir.resolve("late").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("starts in FY2002, before the checkpoint's FY2004"), o.err());
        o = cli("run", TINY, "--years", "6", "--set", "regions.0.firms=500", "--set",
                "programmes.0.start_fiscal_year=2006", "--resume", warm.resolve(Runner.checkpointName(2005)).toString(),
                "--fork", "--out", dir.resolve("other").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("may change only the programmes and the horizon"), o.err());
        // Venture funds were built with the saved world: a fork cannot change their capital.
        o = cli("run", TINY, "--years", "6", "--set", "finance.vc_capital_oku=50", "--set",
                "programmes.0.start_fiscal_year=2006", "--resume", warm.resolve(Runner.checkpointName(2005)).toString(),
                "--fork", "--out", dir.resolve("funds").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("may change only the programmes"), o.err());
        // A horizon that ends at the checkpoint leaves nothing to run.
        o = cli("run", TINY, "--years", "4", "--set", "programmes.0.start_fiscal_year=2006", "--resume",
                warm.resolve(Runner.checkpointName(2005)).toString(), "--fork", "--out", dir.resolve("short").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("give a longer years"), o.err());
        assertFalse(Files.exists(dir.resolve("short")));
    }

    @Test
    void checkpointsNeedTheOptimisedKernelAndNoSnapshots() {
        Outcome o = cli("run", TINY, "--checkpoint-every", "1", "--snapshots", "--out", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("without --snapshots"), o.err());
        assertEquals(2, cli("run", TINY, "--checkpoint-every", "0", "--out", dir.resolve("y").toString()).code());
    }
}
