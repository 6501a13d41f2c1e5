package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Herfindahl-Hirschman index of regional shares. */
class ConcentrationTest {
    @Test
    void allInOneRegionIsOne() {
        assertEquals(1.0, Concentration.hhi(new double[] {0, 0, 17.5, 0}));
        assertEquals(1.0, Concentration.hhi(new double[] {3}));
    }

    @Test
    void equalSplitOverNRegionsIsOneOverN() {
        for (int n = 1; n <= 12; n++) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, 4.2);
            assertEquals(1.0 / n, Concentration.hhi(a), 1e-12, "n=" + n);
        }
    }

    @Test
    void knownUnevenValue() {
        // Shares 0.5, 0.3, 0.2: 0.25 + 0.09 + 0.04 = 0.38, whatever the scale of the amounts.
        assertEquals(0.38, Concentration.hhi(new double[] {5, 3, 2}), 1e-12);
        assertEquals(0.38, Concentration.hhi(new double[] {500, 300, 200}), 1e-12);
    }

    @Test
    void noActivityIsUndefined() {
        assertTrue(Double.isNaN(Concentration.hhi(new double[] {0, 0, 0})));
        assertTrue(Double.isNaN(Concentration.hhi(new double[0])));
    }

    @Test
    void movingActivityToTheLargestRegionRaisesConcentration() {
        double before = Concentration.hhi(new double[] {6, 3, 1});
        double after = Concentration.hhi(new double[] {7, 2, 1});
        assertTrue(after > before);
        // And the index stays within [1/n, 1].
        assertTrue(before >= 1.0 / 3 && after <= 1.0);
    }
}
