package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that come from files never lead a write outside the chosen folder: scenario names (used
 * in default folder names) and arm names (used in run folder names) with path parts are refused,
 * and run ids are made by the tool.
 */
class ConfinementTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "../../etc/x", "/tmp/absolute", "a/b", "..", "C:\\\\windows"})
    void aScenarioNameWithPathPartsIsRefused(String name) throws IOException {
        Path file = CliHarness.tinyWith(dir, "s.yaml", "name: tiny", "name: \"" + name + "\"");
        CliHarness r = CliHarness.run("validate", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field 'name'"), r.err());
        CliHarness set = CliHarness.run("validate", "src/test/resources/tiny.yaml", "--set", "name=" + name);
        assertEquals(2, set.exitCode(), set.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../out", "/abs", "a/b", ".hidden", "x y"})
    void anArmNameWithPathPartsIsRefusedAndNothingIsWritten(String arm) throws IOException {
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, "base: " + Path.of("src/test/resources/tiny.yaml").toAbsolutePath() + "\n"
                + "design: grid\nparameters: {years: [1]}\narms: {\"" + arm + "\": {years: 1}, b: {years: 2}}\n");
        Path out = dir.resolve("out");
        CliHarness r = CliHarness.run("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("may hold only letters, digits"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void sweepRunsAreWrittenOnlyUnderTheSweepFolder() throws IOException {
        Path out = dir.resolve("sweep");
        CliHarness r = CliHarness.run("sweep", "src/test/resources/sweep-tiny.yaml", "--set", "years=1", "--out",
                out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.allMatch(p -> p.equals(dir) || p.startsWith(out)), "only the sweep folder was written");
        }
    }
}
