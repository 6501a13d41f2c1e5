package clusterlab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.metrics.Indicator;
import clusterlab.policy.ProgrammeIndicator;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets read the same sums an analyst takes of the CSV columns. */
class FigureTest {
    private static Scenario tiny(String targets) {
        return ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"),
                List.of(Assignment.set("calibration.targets=" + targets))).scenario();
    }

    @Test
    void aFigureSumsItsColumnOverItsFiscalYears() {
        Scenario s = tiny("[{name: p, programme: pilot, indicator: participating_firms, from_fiscal_year: 2002, "
                + "to_fiscal_year: 2003, value: 1}, {name: n, indicator: firm_entries, from_fiscal_year: 2003, "
                + "to_fiscal_year: 2004, value: 1}, {name: r, programme: pilot, indicator: regions_funded, "
                + "from_fiscal_year: 2002, to_fiscal_year: 2002, value: 1}]");
        List<Figure> figures = Figure.of(s, "tiny.yaml");
        YearCapture capture = new YearCapture();
        for (int fy = 2002; fy <= 2004; fy++) {
            double[] national = new double[Indicator.COUNT];
            national[Indicator.FIRM_ENTRIES.ordinal()] = fy - 2000;
            double[] programme = new double[ProgrammeIndicator.COUNT];
            programme[ProgrammeIndicator.PARTICIPATING_FIRMS.ordinal()] = 10 * (fy - 2000);
            capture.fiscalYear(fy, national, new double[0][], 0, new int[] {fy - 2000}, new double[][] {programme});
        }
        assertEquals(20 + 30, figures.get(0).value(capture), 1e-12);
        assertEquals(3 + 4, figures.get(1).value(capture), 1e-12);
        assertEquals(2, figures.get(2).value(capture), 1e-12);
    }

    @Test
    void anUnknownColumnIsBadInputThatNamesFileFieldAndTheClosestName() {
        Scenario s = tiny("[{name: p, programme: pilot, indicator: participating_firm, from_fiscal_year: 2002, "
                + "to_fiscal_year: 2002, value: 1}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Figure.of(s, "tiny.yaml"));
        assertTrue(e.getMessage().startsWith("tiny.yaml: field 'calibration.targets.0.indicator'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'participating_firms'"), e.getMessage());
    }

    /** A target beyond the horizon stops only calibrate: a run shortened below it has no use for it. */
    @Test
    void targetsOutsideTheHorizonAreRejectedForCalibrationAndNamingNoProgrammeWhenLoading() {
        List<Assignment> late = List.of(Assignment.set("calibration.targets="
                + "[{name: p, indicator: firms, from_fiscal_year: 2002, to_fiscal_year: 2009, value: 1}]"));
        Path file = Path.of("src/test/resources/tiny.yaml");
        assertEquals(1, ScenarioLoader.load(file, late).scenario().calibration().targets().size());
        ScenarioException outside = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadForCalibration(file, late));
        assertTrue(outside.getMessage().contains("calibration.targets.0.to_fiscal_year"), outside.getMessage());
        ScenarioException noProgramme = assertThrows(ScenarioException.class, () -> tiny(
                "[{name: p, programme: pilots, indicator: firms, from_fiscal_year: 2002, to_fiscal_year: 2002, value: 1}]"));
        assertTrue(noProgramme.getMessage().contains("did you mean 'pilot'"), noProgramme.getMessage());
    }
}
