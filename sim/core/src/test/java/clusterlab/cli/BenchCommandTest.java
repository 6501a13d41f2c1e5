package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-run benchmark: its figures, and its check that both kernels give the same tables. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigureAndFindsTheKernelsAgree() {
        Path out = dir.resolve("bench");
        CliHarness r = CliHarness.run("bench", "src/test/resources/tiny.yaml", "--years", "2", "--compare-years", "1", "--set", "spinup_years=3",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = r.out();
        for (String line : new String[] {"whole run", "peak memory", "firm-updates", "firm kernel", "time by stage",
                "kernel vs reference", "outputs"}) {
            assertTrue(text.contains(line), "missing '" + line + "' in:\n" + text);
        }
        assertTrue(text.contains("tables byte-identical between the kernels"), text);
        assertTrue(text.contains("first 12 months"), text);
        for (String stage : new String[] {"policy", "firm-dynamics", "networks", "measurement"}) {
            assertTrue(text.contains(stage + " "), "stage " + stage + " missing");
        }
        // Firm-updates are counted, not estimated: one per live firm per month, so at least one
        // per starting firm per month in a world that does not empty out in two years.
        Matcher m = Pattern.compile("firm-updates\\s+([\\d,]+):").matcher(text);
        assertTrue(m.find(), text);
        long updates = Long.parseLong(m.group(1).replace(",", ""));
        Matcher firms = Pattern.compile("benchmark of \\S+: ([\\d,]+) firms").matcher(text);
        assertTrue(firms.find(), text);
        long start = Long.parseLong(firms.group(1).replace(",", ""));
        // The spin-up's months are simulated too, and bench says how many years they were.
        Matcher spinup = Pattern.compile("spin-up\\s+[\\d.]+ s for (\\d+) fiscal years before the first").matcher(text);
        assertTrue(spinup.find(), text);
        long months = 24 + 12L * Integer.parseInt(spinup.group(1));
        assertTrue(updates > months * start / 2 && updates < months * start * 2, updates + " updates for " + start
                + " firms over " + months + " months");
        assertTrue(Files.isRegularFile(out.resolve("run/national_monthly.csv")));
        assertTrue(Files.isRegularFile(out.resolve("compare-reference/national_monthly.csv")));
    }

    @Test
    void aNegativeComparisonHorizonIsBadInput() {
        CliHarness r = CliHarness.run("bench", "src/test/resources/tiny.yaml", "--compare-years", "-1",
                "--out", dir.resolve("b").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--compare-years"), r.err());
    }
}
