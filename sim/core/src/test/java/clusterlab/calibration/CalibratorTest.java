package clusterlab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration recovers a parameter from figures the model itself produced: targets made at
 * a known patent rate, a search started far from it, and the fit must come back near it.
 */
class CalibratorTest {
    private static final String FREE = "calibration.free=[{path: projects.patents_per_oku_research, min: 0.5, max: 20}]";

    private static List<Assignment> sets(String... more) {
        List<Assignment> sets = new ArrayList<>(List.of(Assignment.set("years=4"), Assignment.set("programmes.0.years=3"),
                Assignment.set("calibration.replications=2"), Assignment.set("matching.programme_uptake_innovation=1")));
        for (String m : more) {
            sets.add(Assignment.set(m));
        }
        return sets;
    }

    private static Calibrator.Result calibrate(Path dir, List<Assignment> sets) throws IOException {
        ResolvedScenario r = ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"), sets);
        Calibrator c = Calibrator.create(r, sets, 2, new AtomicBoolean(), line -> { });
        return c.run(dir);
    }

    @Test
    void recoversAKnownPatentRateFromItsOwnOutput(@TempDir Path tmp) throws IOException {
        // The truth: what the model produces at 4 patents per oku, measured the same way.
        calibrate(tmp.resolve("truth"), sets("projects.patents_per_oku_research=4",
                "calibration.targets=[{name: patents, programme: pilot, indicator: patent_applications, "
                        + "from_fiscal_year: 2002, to_fiscal_year: 2004, value: 1}]", "calibration.max_evaluations=0"));
        double produced = Double.parseDouble(Files.readAllLines(tmp.resolve("truth/fit.csv")).get(1).split(",")[6]);
        assertTrue(produced > 5, "the pilot files patents: " + produced);

        Calibrator.Result fit = calibrate(tmp.resolve("fit"), sets("projects.patents_per_oku_research=12", FREE,
                "calibration.targets=[{name: patents, programme: pilot, indicator: patent_applications, "
                        + "from_fiscal_year: 2002, to_fiscal_year: 2004, value: " + produced + "}]",
                "calibration.max_evaluations=25"));
        assertTrue(fit.complete());
        assertTrue(Math.abs(fit.best()[0] - 4) < 1.2, "fitted " + fit.best()[0] + ", truth 4");
        assertEquals(1, fit.fit().withinTolerance());
        List<String> evaluations = Files.readAllLines(tmp.resolve("fit/evaluations.csv"));
        assertEquals("evaluation,objective,figures_within_tolerance,projects.patents_per_oku_research", evaluations.get(0));
        assertEquals(fit.evaluations() + 1, evaluations.size());
    }

    @Test
    void theSameSettingsGiveTheSameFitWhateverTheWorkers(@TempDir Path tmp) throws IOException {
        List<Assignment> s = sets("calibration.targets=[{name: firms, programme: pilot, indicator: participating_firms, "
                + "from_fiscal_year: 2002, to_fiscal_year: 2003, value: 40}]", "calibration.max_evaluations=0",
                "calibration.replications=3");
        ResolvedScenario r = ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"), s);
        Calibrator.Result one = Calibrator.create(r, s, 1, new AtomicBoolean(), x -> { }).run(tmp.resolve("a"));
        Calibrator.Result three = Calibrator.create(r, s, 3, new AtomicBoolean(), x -> { }).run(tmp.resolve("b"));
        assertEquals(Files.readString(tmp.resolve("a/fit.csv")), Files.readString(tmp.resolve("b/fit.csv")));
        assertEquals(one.fit().objective(), three.fit().objective());
    }
}
