package clusterlab.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.ProgrammeSpec;
import org.junit.jupiter.api.Test;

/** The mid-term evaluation: outputs per oku decide who stops, who continues and who is scaled up. */
class EvaluationTest {
    /** Four regions, 4 oku each, no matching, all money to grants; evaluation after year 3. */
    private static Programme programme(double stopShare, double scaleShare) {
        ProgrammeSpec spec = ProgrammeSpec.builder("e", 2003, 4.0).evaluationYear(3)
                .evaluationStopShare(stopShare).evaluationScaleShare(scaleShare).evaluationScaleFactor(2.0)
                .grantShare(1.0).grantPerProjectOkuPerYear(0.1).coreShare(0.5)
                .coordinatorShare(0.0).coordinatorCostOkuPerYear(0.5).build();
        Programme p = new Programme(0, spec, new int[] {0, 1, 2, 3}, 4);
        p.openFiscalYear();
        for (int r = 0; r < 4; r++) {
            p.allocate(r, 0);
            p.budget.payGrant(r, 2.0);
        }
        // Outputs per oku: region 0 -> 0.5, 1 -> 2.0, 2 -> 1.0, 3 -> 0 (nothing produced).
        p.evaluation.credit(0, 1);
        p.evaluation.credit(1, 4);
        p.evaluation.credit(2, 2);
        return p;
    }

    @Test
    void theWeakestStopAndTheStrongestAreScaledUp() {
        Programme p = programme(0.25, 0.25);
        assertFalse(p.evaluation.due(2005));
        assertTrue(p.evaluation.due(2006), "after three years of the term");
        p.evaluate();
        assertFalse(p.evaluation.due(2006), "once");
        assertArrayEquals(new int[] {0, 1, 2}, p.clusters.regions(), "region 3 produced nothing and stops");
        p.openFiscalYear();
        assertEquals(8.0, p.allocate(1, 0).nationalOku(), 1e-12, "the best region's budget doubles");
        assertEquals(4.0, p.allocate(0, 0).nationalOku(), 1e-12, "the others continue");
    }

    @Test
    void stoppingEveryoneEndsTheProgramme() {
        Programme p = programme(1.0, 0.5);
        p.evaluate();
        assertEquals(0, p.clusters.regions().length);
    }

    @Test
    void sharesRoundDown() {
        Programme p = programme(0.49, 0.0);
        p.evaluate();
        assertArrayEquals(new int[] {0, 1, 2}, p.clusters.regions(), "0.49 of 4 regions stops one");
    }
}
