package clusterlab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.CalibrationTarget;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fit table's statistics against values worked out by hand. */
class FitRowTest {
    private static Figure figure(double target) {
        var s = ScenarioLoader.load(Path.of("src/test/resources/tiny.yaml"), List.of(clusterlab.scenario.Assignment.set(
                "calibration.targets=[{name: f, programme: pilot, indicator: patent_applications, from_fiscal_year: 2002, "
                        + "to_fiscal_year: 2003, value: " + target + "}]"))).scenario();
        return Figure.of(s, "tiny.yaml").get(0);
    }

    @Test
    void meanConfidenceIntervalAndRelativeErrorFollowStudentT() {
        FitRow r = FitRow.of(figure(4), new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, r.mean(), 1e-12);
        // t(0.975, 4 df) = 2.776445; sd = sqrt(2.5); half width = t * sd / sqrt(5) = 1.963243
        assertEquals(3.0 - 1.963243, r.ciLow(), 1e-5);
        assertEquals(3.0 + 1.963243, r.ciHigh(), 1e-5);
        assertEquals(-0.25, r.relativeError(), 1e-12);
        assertEquals(Math.pow(Math.log(4.0 / 5.0), 2), r.loss(), 1e-12);
    }

    @Test
    void oneReplicationHasNoInterval() {
        FitRow r = FitRow.of(figure(10), new double[] {10});
        assertTrue(Double.isNaN(r.ciLow()) && Double.isNaN(r.ciHigh()));
        assertEquals(0, r.loss(), 1e-12);
    }

    @Test
    void theTableCountsFiguresWithinTheTolerance() {
        Figure f = figure(100);
        FitTable t = new FitTable(List.of(FitRow.of(f, new double[] {80, 80}), FitRow.of(f, new double[] {70, 70}),
                FitRow.of(f, new double[] {125, 125})), 2);
        assertEquals(2, t.withinTolerance(), "-20% and +25% are inside, -30% is not");
        assertTrue(t.format().contains("2 of 3 figures within ±25%"));
    }
}
