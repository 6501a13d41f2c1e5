package clusterlab.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.KnowledgeParams;
import org.junit.jupiter.api.Test;

/** The spillover curve max * n / (n + half) * exp(-n / congestion). */
class SpilloverTest {
    private static final double MAX = 0.012;
    private static final double HALF = 400;

    /** The scenario defaults for the spillover shape, with a chosen congestion scale. */
    private static KnowledgeParams params(double congestionScale) {
        return params(congestionScale, 1.0);
    }

    private static KnowledgeParams params(double congestionScale, double criticalMassExponent) {
        return new KnowledgeParams(0.04, 4, 0.15, 0.01, 0.005, MAX, HALF, criticalMassExponent, congestionScale, 25, 10, 0.02);
    }

    private static final KnowledgeParams DEFAULT = params(60_000);

    @Test
    void noActorsNoSpillover() {
        assertEquals(0.0, Spillover.rate(0, DEFAULT));
        // Negative counts cannot arise, but must not produce a negative rate either.
        assertEquals(0.0, Spillover.rate(-5, DEFAULT));
    }

    @Test
    void risesWithDensityAtLowDensity() {
        double r10 = Spillover.rate(10, DEFAULT);
        double r100 = Spillover.rate(100, DEFAULT);
        double r400 = Spillover.rate(400, DEFAULT);
        assertTrue(r10 > 0);
        assertTrue(r10 < r100, r10 + " !< " + r100);
        assertTrue(r100 < r400, r100 + " !< " + r400);
    }

    @Test
    void marginalGainFalls() {
        // Diminishing returns: the 100 actors from 100 to 200 add more than those from 1000 to 1100.
        double early = Spillover.rate(200, DEFAULT) - Spillover.rate(100, DEFAULT);
        double late = Spillover.rate(1100, DEFAULT) - Spillover.rate(1000, DEFAULT);
        assertTrue(late > 0, "still rising at 1000 with congestion scale 60000");
        assertTrue(early > late, early + " !> " + late);
    }

    @Test
    void halfSaturationGivesHalfTheMaximumTimesCongestion() {
        // At n = half the saturating factor is exactly 1/2; congestion multiplies by exp(-400/60000).
        double expected = MAX / 2 * Math.exp(-HALF / 60_000);
        assertEquals(expected, Spillover.rate(HALF, DEFAULT), 1e-15);
        // Known value: 0.006 * exp(-1/150) = 0.0059601...
        assertEquals(0.00596013, Spillover.rate(HALF, DEFAULT), 1e-8);
    }

    @Test
    void withoutCongestionTheRateApproachesButNeverExceedsTheMaximum() {
        KnowledgeParams noCongestion = params(1e12);
        double r = Spillover.rate(1e6, noCongestion);
        // n / (n + 400) = 0.9996 at a million actors; congestion exp(-1e6 / 1e12) = 0.999999.
        assertEquals(MAX * 1e6 / (1e6 + HALF) * Math.exp(-1e-6), r, 1e-15);
        assertEquals(MAX, r, MAX * 1e-3);
        assertTrue(r < MAX);
        for (double n = 1; n < 1e7; n *= 3) {
            assertTrue(Spillover.rate(n, DEFAULT) < MAX, "rate above maximum at n=" + n);
        }
    }

    @Test
    void congestionEventuallyLowersTheRate() {
        // With a congestion scale of 500 the curve peaks near n ~ 300 and then falls.
        KnowledgeParams crowded = params(500);
        assertTrue(Spillover.rate(300, crowded) > Spillover.rate(1000, crowded));
        assertTrue(Spillover.rate(1000, crowded) > Spillover.rate(3000, crowded));
        // And congestion only ever damps: the crowded curve is below the default one everywhere.
        for (double n : new double[] {10, 100, 1000, 10_000}) {
            assertTrue(Spillover.rate(n, crowded) < Spillover.rate(n, DEFAULT), "n=" + n);
        }
    }

    @org.junit.jupiter.api.Test
    void aCriticalMassExponentMakesTheFirstNeighboursAddLittleThenMuch() {
        KnowledgeParams s = params(1e12, 3.0);
        // Below the critical mass the marginal gain rises (increasing returns) ...
        double low = Spillover.rate(100, s) - Spillover.rate(50, s);
        double mid = Spillover.rate(400, s) - Spillover.rate(350, s);
        org.junit.jupiter.api.Assertions.assertTrue(mid > 5 * low, mid + " vs " + low);
        // ... and above it falls again (saturation).
        double high = Spillover.rate(1600, s) - Spillover.rate(1550, s);
        org.junit.jupiter.api.Assertions.assertTrue(high < mid, high + " vs " + mid);
        // Half the maximum at the half-saturation count, whatever the exponent.
        org.junit.jupiter.api.Assertions.assertEquals(MAX / 2, Spillover.rate(HALF, s), 1e-11);
        // With exponent 1 the curve is concave from the start: no critical mass.
        KnowledgeParams concave = params(1e12, 1.0);
        org.junit.jupiter.api.Assertions.assertTrue(Spillover.rate(100, concave) - Spillover.rate(50, concave)
                > Spillover.rate(400, concave) - Spillover.rate(350, concave));
    }
}
