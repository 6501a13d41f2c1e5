package clusterlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import clusterlab.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sweep files: what is accepted, and bad input named by file, line, field and what is allowed. */
class SweepFileTest {
    private static final String BASE = "base: " + Path.of("src/test/resources/tiny.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, BASE + "\n" + String.join("\n", lines).replace(';', '\n') + "\n");
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "design: grid|parameters: {years: [1, 2]}|colour: red|field 'colour': unknown field; allowed:",
        "design: grid|parameters: {years: [1]}|replicatons: 2|field 'replicatons': unknown field; did you mean 'replications'?",
        "design: square|parameters: {years: [1]}||field 'design': expected one of grid, lhs, sobol, morris",
        "design: grid|parameters: {years: {min: 1, max: 2}}||field 'parameters.years': a grid needs a non-empty list",
        "design: lhs|parameters: {years: [1, 2]}|samples: 4|field 'parameters.years': the lhs design samples ranges",
        "design: lhs|parameters: {years: {min: 1, max: 2}}||field 'samples' is required",
        "design: lhs|parameters: {years: {min: 3, max: 2}}|samples: 4|expected numbers with min < max",
        "design: morris|parameters: {years: {min: 1, max: 2}}|samples: 2;levels: 3|field 'levels': expected an even number",
        "design: grid|parameters: {years: [1]}|samples: 3|field 'samples': only sampling designs",
        "design: grid|parameters: {years: [1]}|arms: {../escape: {years: 1}, b: {years: 2}}|may hold only letters, digits",
        "design: grid|parameters: {years: [1]}|replications: 0|field 'replications': expected a whole number from 1 to 10000",
        "design: grid|parameters: {years: [1]}|outputs: [happiness]|unknown indicator text 'happiness'",
        "design: grid|parameters: {knowledge.nonsense: [1]}||field 'knowledge.nonsense': unknown field",
        "design: grid|parameters: {years: [0]}||field 'years': value 0 is out of range",
        "design: grid|parameters: {years: [2]}|warmup_years: 1;common_random_numbers: false|a shared warm-up needs common_random_numbers",
        "design: grid|parameters: {knowledge.spillover_max_per_month: [0.01]}|warmup_years: 1|may change only programmes (and years)",
        "design: grid|parameters: {years: [3]}|warmup_years: 1|programme 'pilot' starts in FY2002, during the warm-up",
        "design: grid|parameters: {seed: [1, 2]}||the sweep sets each run's seed",
        "design: lhs|parameters: {regions.0.firms: {min: 100, max: 1000}}|samples: 3|field 'regions.0.firms'",
    })
    void badInputIsNamed(String design, String params, String extra, String expected) throws IOException {
        Path file = write(design, params, extra == null ? "" : extra);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepPlan.of(SweepFile.load(file, List.of())));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the sweep file: " + e.getMessage());
    }

    @Test
    void aMissingDesignIsNamedAtTheFileWithTheDesignsAllowed() throws IOException {
        Path file = write("parameters: {years: [1]}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(file, List.of()));
        assertTrue(e.getMessage().startsWith(file + ":1:1: field 'design' is required"), e.getMessage());
        assertTrue(e.getMessage().contains("grid, lhs, sobol, morris"), e.getMessage());
    }

    /** A file with a sweep's base is checked as a sweep, so validate names what the sweep lacks. */
    @Test
    void validateOfASweepWithoutDesignSaysWhatTheSweepLacks() throws IOException {
        Path file = write("parameters: {years: [1]}");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", file.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("field 'design' is required"), err.toString());
        assertFalse(err.toString().contains("field 'base': unknown field"), err.toString());
    }

    @Test
    void aFileThatIsNeitherScenarioNorSweepSaysWhatEachNeeds() throws IOException {
        Path file = dir.resolve("notes.yaml");
        Files.writeString(file, "colour: red\nsize: 3\n");
        for (List<String> command : List.of(List.of("validate", file.toString()),
                List.of("run", file.toString(), "--out", dir.resolve("out").toString()))) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), command.toArray(new String[0]));
            String message = err.toString();
            assertEquals(2, code, message);
            assertTrue(message.contains(file + ":1:1: neither a scenario nor a sweep file"), message);
            assertTrue(message.contains("a scenario has 'name' and 'regions'"), message);
            assertTrue(message.contains("a sweep has 'base'"), message);
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void theCommandExitsWith2AndWritesNothingOnBadInput() throws IOException {
        Path file = write("design: grid", "parameters: {years: [0]}");
        StringWriter err = new StringWriter();
        Path out = dir.resolve("out");
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "sweep", file.toString(),
                "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("parameters.years at value 0"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void gridsCombineEveryValueWithTheLastVaryingFastest() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepFile.load(write("design: grid",
                "parameters: {years: [1, 2], population.absorptive_mean: [0.2, 0.4, 0.6]}"), List.of()));
        assertEquals(6, plan.points().size());
        assertEquals(List.of("1", "0.2"), plan.points().get(0));
        assertEquals(List.of("1", "0.4"), plan.points().get(1));
        assertEquals(List.of("2", "0.6"), plan.points().get(5));
    }

    @Test
    void rangesMapOntoTheirBoundsAndWholeRangesGiveEveryWholeNumberEqually() {
        SweptParameter p = SweptParameter.range("x", 0.1, 0.3, false);
        assertEquals("0.1", p.at(0));
        assertEquals("0.3", p.at(1));
        assertEquals("0.2", p.at(0.5));
        SweptParameter w = SweptParameter.range("n", 1, 3, true);
        assertEquals("1", w.at(0.0));
        assertEquals("1", w.at(0.33));
        assertEquals("2", w.at(0.34));
        assertEquals("3", w.at(0.99));
        assertEquals("3", w.at(1.0));
    }

    /** A nested mapping in set or an arm changes only the parameters it names, not the whole group. */
    @Test
    void nestedChangesAreDottedPathsAndLeaveTheRestOfTheirGroupAlone() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, "extends: " + Path.of("src/test/resources/tiny.yaml").toAbsolutePath()
                + "\nknowledge: {academic_actor_weight: 40}\n");
        Path file = dir.resolve("nested.yaml");
        Files.writeString(file, String.join("\n", "base: base.yaml", "design: grid", "parameters: {years: [1]}",
                "set: {knowledge: {spillover_max_per_month: 0.02}}",
                "arms: {a: {finance: {vc_capital_oku: 30}}, b: {finance: {vc_capital_oku: 40}}}", ""));
        SweepSpec spec = SweepFile.load(file, List.of());
        assertEquals("knowledge.spillover_max_per_month=0.02", spec.fixed().get(0).text());
        assertEquals("finance.vc_capital_oku=30", spec.arms().get(0).changes().get(0).text());
        clusterlab.scenario.Scenario s = clusterlab.scenario.ScenarioLoader.load(spec.base(), spec.fixed()).scenario();
        assertEquals(0.02, s.knowledge().spilloverMaxPerMonth());
        assertEquals(40, s.knowledge().academicActorWeight(), "the rest of the group keeps the base's values");
    }

    @Test
    void withoutCommonRandomNumbersEachPointHasItsOwnSeeds() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepFile.load(write("design: grid", "parameters: {years: [1, 2]}",
                "common_random_numbers: false"), List.of()));
        assertFalse(plan.runs().get(0).seed() == plan.runs().get(1).seed());
        SweepPlan crn = SweepPlan.of(SweepFile.load(write("design: grid", "parameters: {years: [1, 2]}"), List.of()));
        assertEquals(crn.runs().get(0).seed(), crn.runs().get(1).seed());
    }
}
