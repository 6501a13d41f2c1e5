package clusterlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import clusterlab.metrics.Indicator;
import clusterlab.output.NumericTable;
import clusterlab.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paired comparison: signs, common random numbers, pairing of run folders, and replications added to a target CI. */
class ComparisonTest {
    private static final Path TINY = Path.of("src/test/resources/tiny.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Path sweepFile(String arms, int replications) throws IOException {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, String.join("\n", "base: " + TINY, "set: {years: 2}", "design: grid",
                "parameters:", "  knowledge.spillover_max_per_month: [0.01]", "arms:", arms,
                "replications: " + replications, ""));
        return file;
    }

    private static Comparison.Line line(Comparison c, Indicator indicator) {
        return c.horizon().stream().filter(l -> l.indicator() == indicator).findFirst().orElseThrow();
    }

    @Test
    void aLargerRegionHasMoreFirmsWithAConfidenceIntervalAboveZero() throws IOException {
        Path file = sweepFile("  small: {regions.0.firms: 400}\n  large: {regions.0.firms: 800}", 3);
        SweepTest.sweep(file, dir.resolve("s"), 2);
        Comparison c = Comparison.of(List.of(dir.resolve("s")), null);
        assertEquals("small", c.reference());
        Comparison.Line firms = line(c, Indicator.FIRMS);
        assertEquals(3, firms.difference().n());
        assertTrue(firms.difference().low() > 300 && firms.difference().high() < 500, "about 400 more firms: " + firms);
        assertEquals(firms.mean() - firms.referenceMean(), firms.difference().mean(), 1e-9);

        c.write(Files.createDirectories(dir.resolve("out")));
        NumericTable fy = NumericTable.read(dir.resolve("out").resolve(Comparison.FISCAL_YEAR_CSV));
        assertEquals(Indicator.COUNT * 2, fy.rows(), "each indicator in each of two fiscal years");
        assertTrue(fy.header().contains("knowledge.spillover_max_per_month"), "the point's values are columns");
    }

    /** Two arms with the same changes are the same runs: every difference is exactly zero, and so is the CI. */
    @Test
    void identicalArmsDifferByExactlyNothing() throws IOException {
        Path file = sweepFile("  a: {programmes.0.budget_oku_per_year: 2}\n  b: {programmes.0.budget_oku_per_year: 2}", 2);
        SweepTest.sweep(file, dir.resolve("s"), 2);
        for (Comparison.Line l : Comparison.of(List.of(dir.resolve("s")), "b").horizon()) {
            if (!Double.isNaN(l.difference().mean())) {
                assertEquals(0.0, l.difference().mean(), 0.0, l.indicator().column());
                assertEquals(0.0, l.difference().width(), 0.0, l.indicator().column());
            }
        }
    }

    @Test
    void runFoldersArePairedBySeedAndGroupedByTheirChanges() {
        for (String budget : List.of("1", "4")) {
            for (String seed : List.of("1", "2")) {
                assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                        "run", TINY.toString(), "--years", "1", "--seed", seed, "--set",
                        "programmes.0.budget_oku_per_year=" + budget, "--out", dir.resolve(budget + "-" + seed).toString(), "-q"));
            }
        }
        Comparison c = Comparison.of(List.of(dir.resolve("1-1"), dir.resolve("1-2"), dir.resolve("4-1"),
                dir.resolve("4-2")), null);
        assertEquals(2, c.variants().size(), "two variants: " + c.variants());
        assertEquals(2, line(c, Indicator.SPENDING_NATIONAL_OKU).difference().n(), "two seeds, two pairs");
    }

    @Test
    void oneVariantAloneCannotBeCompared() throws IOException {
        SweepTest.sweep(Path.of("src/test/resources/sweep-tiny.yaml"), dir.resolve("s"), 2, "years=1");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Comparison.of(List.of(dir.resolve("s")), "nonesuch"));
        assertTrue(e.getMessage().contains("small, large"), e.getMessage());
    }

    @Test
    void replicationsAreAddedUntilTheIntervalIsNarrowEnoughOrTheCapIsReached() throws IOException {
        Path file = sweepFile("  small: {programmes.0.budget_oku_per_year: 1}\n  large: {programmes.0.budget_oku_per_year: 4}", 2);
        SweepTest.sweep(file, dir.resolve("s"), 2);
        StringWriter out = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "compare",
                dir.resolve("s").toString(), "--target-ci-width", "1e-9", "--max-replications", "4",
                "--indicator", "patent_applications", "--out", dir.resolve("c").toString(), "--workers", "2");
        assertEquals(0, code, out.toString());
        assertEquals(4 * 2 + 1, Files.readAllLines(dir.resolve("s").resolve("runs.csv")).size(), "4 replications x 2 arms");
        assertTrue(Files.readString(dir.resolve("s").resolve("sweep.json")).contains("\"replications\" : 4"));
        assertTrue(Files.isRegularFile(dir.resolve("c").resolve(Comparison.HORIZON_CSV)));
    }
}
