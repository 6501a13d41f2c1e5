package clusterlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spin-up brings the world to rest before the first reported year: in the no-policy baseline
 * the national indicators of the first three reported years and of the last three differ by no more
 * than {@link #TOLERANCE} (or, for counts too small for that, by no more than three standard errors
 * of Poisson counts), while the same world reported from the moment it is built (no spin-up) is
 * still forming its network.
 */
class BaselineAtRestTest {
    /**
     * Largest change allowed between the first three and the last three of six reported years. It
     * covers the slow secular decline of firms (about 0.6% a year), not a start-up transient (ties grow
     * 5-fold without a spin-up).
     */
    private static final double TOLERANCE = 0.10;
    private static final Indicator[] AT_REST = {Indicator.FIRMS, Indicator.EMPLOYMENT, Indicator.NETWORK_TIES,
        Indicator.PATENT_APPLICATIONS, Indicator.JOINT_PROJECTS_STARTED, Indicator.STARTUPS, Indicator.CLUSTER_MATURITY};

    /** Six reported years of the baseline at 0.25 scale, after the spin-up the {@code changes} leave. */
    private static List<double[]> baseline(String... changes) {
        List<Assignment> sets = new ArrayList<>(List.of(Assignment.set("years=6")));
        for (String c : changes) {
            sets.add(Assignment.set(c));
        }
        Scenario s = ScenarioLoader.load(Path.of("../../scenarios/baseline.yaml"), sets).scenario();
        List<double[]> years = new ArrayList<>();
        IndicatorSink sink = (fy, national, regions, hhi, funded, programmes) -> years.add(national.clone());
        Runs.run(s, s.seed(), 0.25, sink, m -> assertEquals(0, m.ticksDone(), "at rest before the first month"));
        assertEquals(6, years.size());
        return years;
    }

    /** Sum of the last three years over the sum of the first three. */
    private static double drift(List<double[]> years, Indicator i) {
        return sum(years, 3, 6, i) / sum(years, 0, 3, i);
    }

    private static double sum(List<double[]> years, int from, int to, Indicator i) {
        double sum = 0;
        for (int y = from; y < to; y++) {
            sum += years.get(y)[i.ordinal()];
        }
        return sum;
    }

    /** The tolerance, widened for a count to three standard errors of the ratio of two Poisson sums. */
    private static double allowed(List<double[]> years, Indicator i) {
        if (i.kind != Indicator.Kind.FLOW) {
            return TOLERANCE;
        }
        return Math.max(TOLERANCE, 3 * Math.sqrt(1 / sum(years, 0, 3, i) + 1 / sum(years, 3, 6, i)));
    }

    @Test
    void theDefaultSpinupLeavesTheBaselineAtRest() {
        List<double[]> years = baseline();
        for (Indicator i : AT_REST) {
            double drift = drift(years, i);
            assertTrue(Math.abs(drift - 1) <= allowed(years, i), i.column() + " moved by " + (drift - 1)
                    + " over the reported years; allowed " + allowed(years, i));
        }
    }

    @Test
    void withoutASpinupTheNetworkIsStillForming() {
        List<double[]> years = baseline("spinup_years=0");
        assertTrue(drift(years, Indicator.NETWORK_TIES) > 2, "ties " + drift(years, Indicator.NETWORK_TIES));
        assertTrue(drift(years, Indicator.PATENT_APPLICATIONS) > 1 + allowed(years, Indicator.PATENT_APPLICATIONS),
                "patents " + drift(years, Indicator.PATENT_APPLICATIONS));
    }
}
