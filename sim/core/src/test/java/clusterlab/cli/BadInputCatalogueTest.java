package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad input: every malformed scenario file or option must end with exit code 2,
 * one clear message naming the file (or option), the field and what is allowed, no stack trace,
 * and no run folder written.
 */
class BadInputCatalogueTest {
    @TempDir
    Path dir;

    /** A case: how to make the bad input, and the fragments its message must contain. */
    record Case(String name, String from, String to, List<String> extraArgs, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case edit(String name, String from, String to, String... expected) {
        return new Case(name, from, to, List.of(), List.of(expected));
    }

    static Case option(String name, List<String> args, String... expected) {
        return new Case(name, "", "", args, List.of(expected));
    }

    static Stream<Case> cases() {
        return Stream.of(
                edit("yaml syntax error has line and column", "  - name: south", "  - name: [south",
                        "bad.yaml:", "YAML syntax error"),
                edit("tab indentation", "    block: east", "\tblock: east", "bad.yaml:10:1: YAML syntax error",
                        "YAML does not allow tabs for indentation (use spaces)"),
                edit("unknown top-level field with suggestion", "years: 3", "yeras: 3",
                        "field 'yeras'", "unknown field", "did you mean 'years'"),
                edit("unknown nested field with suggestion", "    banks: 2", "    bank: 2",
                        "field 'regions.1.bank'", "did you mean 'banks'"),
                edit("text where a number is expected", "years: 3", "years: three",
                        "field 'years'", "expected a whole number", "from 1 to 200 years", "text 'three'"),
                edit("fraction where a whole number is expected", "years: 3", "years: 3.5",
                        "field 'years'", "expected a whole number"),
                edit("number below range", "years: 3", "years: 0", "field 'years'", "out of range", "from 1 to 200"),
                edit("negative population", "    firms: 400", "    firms: -5",
                        "field 'regions.0.firms'", "out of range", "from 0 to 20000000 firms"),
                edit("probability above one", "programmes:", "matching:\n  base_success: 1.5\nprogrammes:",
                        "field 'matching.base_success'", "from 0 to 1 probability"),
                edit("required field missing", "    firms: 600\n", "",
                        "field 'regions.1.firms'", "is required"),
                edit("scenario name missing", "name: tiny\n", "", "field 'name'", "is required"),
                edit("value missing after key", "years: 3", "years:", "field 'years'", "has no value"),
                edit("mapping where a list is expected", "fields: [ict, life_science, monozukuri]",
                        "fields: {ict: 1}", "field 'fields'", "expected a list"),
                edit("empty list where one element is needed", "fields: [ict, life_science, monozukuri]",
                        "fields: []", "field 'fields'", "1 to 64 elements"),
                edit("text where true/false is expected", "programmes:",
                        "firms:\n  relocation_enabled: maybe\nprogrammes:",
                        "field 'firms.relocation_enabled'", "expected true or false"),
                edit("value outside an allowed set", "    matching_ratio: 1.0",
                        "    matching_ratio: 1.0\n    matching_shortfall: scaled",
                        "field 'programmes.0.matching_shortfall'", "allowed values: scale, all_or_nothing",
                        "did you mean 'scale'"),
                edit("name that could escape the output folder", "name: tiny", "name: ../../etc",
                        "field 'name'", "does not match the allowed form"),
                edit("duplicate key", "years: 3", "years: 3\nyears: 4", "field 'years' is given twice"),
                edit("duplicate region names", "  - name: south", "  - name: north",
                        "field 'regions.1.name'", "'north' appears more than once"),
                edit("field weight for an unknown field", "field_weights: {ict: 2}", "field_weights: {icd: 2}",
                        "field 'regions.0.field_weights.icd'", "not one of the scenario's fields", "did you mean 'ict'"),
                edit("programme names an unknown region", "regions: [north, south]", "regions: [north, suoth]",
                        "field 'programmes.0.regions.1'", "no region is named 'suoth'", "did you mean 'south'"),
                edit("programme shares exceed the whole", "    matching_ratio: 1.0",
                        "    matching_ratio: 1.0\n    grant_share: 0.8\n    coordinator_share: 0.5",
                        "field 'programmes.0.coordinator_share'", "must not exceed 1"),
                edit("a rule selecting more regions than there are candidates", "    matching_ratio: 1.0",
                        "    matching_ratio: 1.0\n    selection: potential\n    regions_selected: 3",
                        "field 'programmes.0.regions_selected'", "selects 3 regions from only 2 candidates"),
                edit("an evaluation after the term", "    matching_ratio: 1.0", "    matching_ratio: 1.0\n    evaluation_year: 2",
                        "field 'programmes.0.evaluation_year'", "comes after the term of 2 years", "use 1 to 1, or 0 for none"),
                edit("a successor without a predecessor", "    matching_ratio: 1.0",
                        "    matching_ratio: 1.0\n    selection: predecessor_evaluation",
                        "field 'programmes.0.predecessor'", "is required by selection 'predecessor_evaluation'"),
                edit("a misspelt predecessor", "programmes:\n  - name: pilot", "programmes:\n  - name: phase1\n"
                        + "    start_fiscal_year: 2002\n    budget_oku_per_year: 1\n  - name: pilot\n"
                        + "    selection: predecessor_evaluation\n    predecessor: phase2",
                        "field 'programmes.1.predecessor'", "no earlier programme is named 'phase2'", "did you mean 'phase1'"),
                edit("an unknown selection rule", "    matching_ratio: 1.0", "    matching_ratio: 1.0\n    selection: potentail",
                        "field 'programmes.0.selection'", "allowed values: listed, potential, past_performance, competition",
                        "did you mean 'potential'"),
                edit("top level is a list", "name: tiny", "- name: tiny", "bad.yaml"),
                edit("missing parent scenario", "name: tiny", "extends: nowhere.yaml\nname: tiny",
                        "field 'extends'", "parent scenario 'nowhere.yaml' not found"),
                option("--years out of range", List.of("--years", "0"), "--years 0", "field 'years'", "from 1 to 200"),
                option("--seed negative", List.of("--seed", "-1"), "--seed -1", "field 'seed'", "out of range"),
                option("--scale zero", List.of("--scale", "0"), "'--scale'", "greater than 0 and up to 100"),
                option("--scale too large for the population", List.of("--set", "regions.0.firms=20000000", "--scale", "3"),
                        "'--scale'", "at most 50000000"),
                option("--threads zero", List.of("--threads", "0"), "'--threads'", "from 1 to 1024"),
                option("--threads not a number", List.of("--threads", "many"), "--threads", "many"),
                option("--set unknown path", List.of("--set", "matching.base_sucess=0.3"),
                        "--set matching.base_sucess=0.3: field 'matching.base_sucess': unknown field; "
                                + "did you mean 'base_success'?"),
                option("--set unknown first segment", List.of("--set", "no.such.param=1"),
                        "--set no.such.param=1: field 'no.such.param': unknown field 'no'", "known fields here: name,"),
                option("--set misspelt first segment", List.of("--set", "matchng.base_success=0.3"),
                        "--set matchng.base_success=0.3: field 'matchng.base_success': unknown field 'matchng'; "
                                + "did you mean 'matching'?"),
                option("--set misspelt segment under a list element", List.of("--set", "regions.0.field_weight.ict=2"),
                        "--set regions.0.field_weight.ict=2: field 'regions.0.field_weight.ict': unknown field "
                                + "'field_weight'; did you mean 'field_weights'?"),
                option("--set element of a list the scenario lacks", List.of("--set", "calibration.targets.0.value=3"),
                        "--set calibration.targets.0.value=3: field 'calibration.targets.0': the scenario has no "
                                + "calibration.targets", "add a 'targets:' list"),
                option("--set without equals", List.of("--set", "years"), "--set years", "expected PATH=VALUE"),
                option("--set list index out of range", List.of("--set", "regions.5.firms=10"),
                        "--set regions.5.firms=10", "index 5 is out of range", "2 elements"),
                option("--set wrong type", List.of("--set", "years=soon"), "--set years=soon", "expected a whole number"),
                option("--kernel unknown", List.of("--kernel", "fast"), "--kernel", "optimised"),
                option("unknown option", List.of("--colour"), "Unknown option", "--colour"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputExitsWithTwoAndAClearMessage(Case c) throws IOException {
        Path scenario = CliHarness.tinyWith(dir, "bad.yaml", c.from(), c.to());
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(c.extraArgs());
        CliHarness r = CliHarness.run(args.toArray(new String[0]));
        assertEquals(2, r.exitCode(), () -> "exit code; stderr was: " + r.err());
        for (String fragment : c.expected()) {
            assertTrue(r.err().contains(fragment), () -> "message lacks '" + fragment + "': " + r.err());
        }
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(out), "no run folder may be written for bad input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRejectsTheSameInput(Case c) {
        if (c.extraArgs().stream().anyMatch(a -> a.startsWith("--") && !a.equals("--set"))) {
            return; // run-only options; validate has just SCENARIO and --set
        }
        Path scenario = CliHarness.tinyWith(dir, "bad.yaml", c.from(), c.to());
        List<String> args = new ArrayList<>(List.of("validate", scenario.toString()));
        args.addAll(c.extraArgs());
        CliHarness r = CliHarness.run(args.toArray(new String[0]));
        assertEquals(2, r.exitCode(), () -> "exit code; stderr was: " + r.err());
        assertNoStackTrace(r.err());
    }

    @org.junit.jupiter.api.Test
    void extendsLoopIsCaught() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nname: a\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\nname: b\n", StandardCharsets.UTF_8);
        CliHarness r = CliHarness.run("validate", dir.resolve("a.yaml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("loops back (a.yaml -> b.yaml -> a.yaml)"), r.err());
    }

    @org.junit.jupiter.api.Test
    void missingFileEmptyFileAndInvalidUtf8AreBadInput() throws IOException {
        CliHarness missing = CliHarness.run("validate", dir.resolve("none.yaml").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.yaml: no such file"), missing.err());

        Files.writeString(dir.resolve("empty.yaml"), "# nothing\n", StandardCharsets.UTF_8);
        CliHarness empty = CliHarness.run("validate", dir.resolve("empty.yaml").toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("the file is empty"), empty.err());

        Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        CliHarness latin1 = CliHarness.run("validate", dir.resolve("latin1.yaml").toString());
        assertEquals(2, latin1.exitCode());
        assertTrue(latin1.err().contains("not valid UTF-8"), latin1.err());
    }

    @org.junit.jupiter.api.Test
    void nonEmptyOutputFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("previous"));
        Path kept = Files.writeString(out.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);
        CliHarness r = CliHarness.run("run", "src/test/resources/tiny.yaml", "--out", out.toString(), "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not empty"), r.err());
        assertEquals("keep me", Files.readString(kept));
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(1, entries.count(), "nothing may be added to a refused folder");
        }
    }

    @org.junit.jupiter.api.Test
    void outputFolderThatCannotBeCreatedIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x", StandardCharsets.UTF_8);
        CliHarness r = CliHarness.run("run", "src/test/resources/tiny.yaml", "--out", file.resolve("out").toString(), "-q");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot create output folder"), r.err());
        assertNoStackTrace(r.err());
    }

    @org.junit.jupiter.api.Test
    void aFolderGivenAsScenarioIsBadInput() {
        CliHarness r = CliHarness.run("validate", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is a folder"), r.err());
    }

    @org.junit.jupiter.api.Test
    void errorInParentNamesTheParentFile() throws IOException {
        Path parent = CliHarness.tinyWith(dir, "parent.yaml", "years: 3", "years: 900");
        Files.writeString(dir.resolve("child.yaml"), "extends: parent.yaml\nname: child\n", StandardCharsets.UTF_8);
        CliHarness r = CliHarness.run("validate", dir.resolve("child.yaml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(parent.toString() + ":5:8:"), "names the parent file and line: " + r.err());
        assertTrue(r.err().contains("field 'years'"), r.err());
    }

    @org.junit.jupiter.api.Test
    void settingAProgrammeOfAScenarioWithoutProgrammesSaysHowToAddOne() {
        Path out = dir.resolve("out");
        CliHarness r = CliHarness.run("run", "../../scenarios/baseline.yaml", "--set", "programmes.0.budget_oku_per_year=5",
                "--out", out.toString(), "-q");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--set programmes.0.budget_oku_per_year=5: field 'programmes.0': "
                + "the scenario has no programmes"), r.err());
        assertTrue(r.err().contains("'programmes:' list in a scenario file that extends it"), r.err());
        assertTrue(r.err().contains("scenarios/"), "points to examples: " + r.err());
        assertFalse(r.err().contains("0 to -1"), r.err());
        assertFalse(Files.exists(out));
    }

    @org.junit.jupiter.api.Test
    void reportOfAFolderWithoutResultsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path out = dir.resolve("report");
        CliHarness r = CliHarness.run("report", notes.toString(), "--out", out.toString(), "-q");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("not a run, sweep, comparison or calibration folder"), r.err());
        assertFalse(Files.exists(out), "no report folder may be left for refused input");
    }

    @org.junit.jupiter.api.Test
    void reportOfAFileSaysItIsAFileAndWhatReportTakes() throws IOException {
        Path file = Files.writeString(dir.resolve("scenario.yaml"), "name: x\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        CliHarness r = CliHarness.run("report", file.toString(), "--out", out.toString(), "-q");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ": is a file, not a folder"), r.err());
        assertTrue(r.err().contains("run, sweep, comparison or calibration folders"), r.err());
        assertFalse(r.err().contains("no such folder"), r.err());
        assertFalse(Files.exists(out), "no report folder may be left for refused input");
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), () -> "stack trace in: " + err);
        assertFalse(err.contains("Exception"), () -> "exception name in: " + err);
    }
}
