package clusterlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.random.KeyedStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sensitivity estimators on functions whose answers are known. */
class SensitivityEstimatorsTest {

    /**
     * Ishigami's function (a = 7, b = 0.1) on [-π, π]^3, the standard test of Sobol estimators:
     * S1 = 0.3139, 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008).
     */
    @Test
    void sobolIndicesOfTheIshigamiFunction() {
        int n = 4096;
        int k = 3;
        double[][] x = SaltelliSample.points(n, k);
        double[] y = Arrays.stream(x).mapToDouble(u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        }).toArray();
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        SobolIndices.Index[] s = SobolIndices.estimate(y, k, all);
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < k; i++) {
            assertEquals(first[i], s[i].firstOrder(), 0.03, "S1 of x" + (i + 1));
            assertEquals(total[i], s[i].totalOrder(), 0.03, "ST of x" + (i + 1));
        }
    }

    @Test
    void saltelliBlocksDifferFromAInOneColumnOnly() {
        double[][] x = SaltelliSample.points(8, 4);
        assertEquals(8 * 6, x.length);
        for (int j = 0; j < 8; j++) {
            double[] a = x[j * 6];
            double[] b = x[j * 6 + 1];
            for (int i = 0; i < 4; i++) {
                double[] ab = x[j * 6 + 2 + i];
                for (int c = 0; c < 4; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
    }

    /** f = 2 x1 + 0 x2 + 4 x3²: μ* of x1 is exactly 2, of x2 exactly 0; x3 is non-linear, so σ > 0. */
    @Test
    void morrisEffectsOfAKnownFunction() {
        int k = 3;
        double[][] x = MorrisTrajectories.points(20, k, 4, new KeyedStream(42));
        double[] y = Arrays.stream(x).mapToDouble(u -> 2 * u[0] + 4 * u[2] * u[2]).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(x, y, k);
        assertEquals(2.0, e[0].muStar(), 1e-9);
        assertEquals(2.0, e[0].mu(), 1e-9);
        assertEquals(0.0, e[0].sigma(), 1e-9);
        assertEquals(0.0, e[1].muStar(), 1e-12);
        assertTrue(e[2].sigma() > 0.5, "a quadratic's effects vary along the range");
        assertTrue(e[2].muStar() > e[0].muStar(), "x3 matters most");
    }

    @Test
    void morrisTrajectoriesMoveOneParameterAtATimeInsideTheCube() {
        double[][] x = MorrisTrajectories.points(10, 5, 6, new KeyedStream(7));
        double delta = MorrisTrajectories.delta(6);
        for (int t = 0; t < 10; t++) {
            boolean[] moved = new boolean[5];
            for (int s = 0; s < 5; s++) {
                double[] from = x[t * 6 + s];
                double[] to = x[t * 6 + s + 1];
                int i = MorrisTrajectories.changed(from, to);
                assertEquals(delta, Math.abs(to[i] - from[i]), 1e-12);
                moved[i] = true;
                for (double v : to) {
                    assertTrue(v >= 0 && v <= 1 + 1e-12);
                }
            }
            for (boolean m : moved) {
                assertTrue(m, "each parameter moves once per trajectory");
            }
        }
    }

    @Test
    void latinHypercubeHasOnePointPerStratumInEveryDimension() {
        int n = 50;
        double[][] x = LatinHypercube.points(n, 3, new KeyedStream(3));
        for (int d = 0; d < 3; d++) {
            boolean[] seen = new boolean[n];
            for (double[] p : x) {
                int stratum = (int) (p[d] * n);
                assertTrue(!seen[stratum], "stratum " + stratum + " of dimension " + d + " used twice");
                seen[stratum] = true;
            }
        }
    }
}
