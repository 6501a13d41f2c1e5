package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clusterlab calibrate} from the command line: the table, the files, and bad input. */
class CalibrateCommandTest {
    private static final String TARGET = "calibration.targets=[{name: firms_fy2002, programme: pilot, "
            + "indicator: participating_firms, from_fiscal_year: 2002, to_fiscal_year: 2002, value: 30}]";

    @Test
    void printsTheFitTableAndWritesItsFiles(@TempDir Path tmp) {
        Path out = tmp.resolve("cal");
        CliHarness r = CliHarness.run("calibrate", "src/test/resources/tiny.yaml", "--set", TARGET,
                "--set", "calibration.replications=2", "--set", "calibration.max_evaluations=3", "--set",
                "calibration.free=[{path: programmes.0.grant_per_project_oku_per_year, min: 0.02, max: 0.3}]",
                "--out", out.toString(), "--workers", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("firms_fy2002") && r.out().contains("95% CI (2 runs)"), r.out());
        assertTrue(r.out().contains("programmes.0.grant_per_project_oku_per_year="), r.out());
        assertTrue(r.err().contains("evaluation 3/3"), r.err());
        for (String f : new String[] {"fit.csv", "evaluations.csv", "fitted.txt"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
    }

    /** Targets matter only to calibrate: a run shortened to end before one still runs; calibrate refuses. */
    @Test
    void aTargetBeyondAShortenedHorizonStopsOnlyCalibrate(@TempDir Path tmp) {
        String late = "calibration.targets=[{name: firms_fy2004, programme: pilot, "
                + "indicator: participating_firms, from_fiscal_year: 2004, to_fiscal_year: 2004, value: 30}]";
        CliHarness run = CliHarness.run("run", "src/test/resources/tiny.yaml", "--set", late, "--years", "2",
                "--out", tmp.resolve("run").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        CliHarness validate = CliHarness.run("validate", "src/test/resources/tiny.yaml", "--set", late, "--set", "years=2");
        assertEquals(0, validate.exitCode(), validate.err());
        CliHarness calibrate = CliHarness.run("calibrate", "src/test/resources/tiny.yaml", "--set", late,
                "--set", "years=2", "--out", tmp.resolve("cal").toString());
        assertEquals(2, calibrate.exitCode(), calibrate.err());
        assertTrue(calibrate.err().contains("field 'calibration.targets.0.from_fiscal_year': must lie in the horizon, "
                + "2002 to 2003, got 2004"), calibrate.err());
        assertFalse(Files.exists(tmp.resolve("cal")), "nothing written");
    }

    @Test
    void aScenarioWithoutTargetsIsBadInput(@TempDir Path tmp) {
        CliHarness r = CliHarness.run("calibrate", "src/test/resources/tiny.yaml", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("field 'calibration.targets'") && r.err().contains("no targets"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
    }

    @Test
    void aFreeParameterThatIsNotAParameterIsBadInput(@TempDir Path tmp) {
        CliHarness r = CliHarness.run("calibrate", "src/test/resources/tiny.yaml", "--set", TARGET, "--set",
                "calibration.free=[{path: projects.patent_rate, min: 0, max: 1}]", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("calibration.free.0") && r.err().contains("patent"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
    }
}
