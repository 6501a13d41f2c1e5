package clusterlab.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Keyed counter-based randomness: reproducibility by key, independence between keys, and the
 * moments of each distribution. Tolerances are 5 standard errors of the estimate (so a correct
 * generator fails with probability below 1e-6, while a biased one is caught).
 */
class KeyedStreamTest {
    private static final int N = 100_000;
    private static final long SEED = 12345L;

    private static double[] uniforms(KeyedStream s, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.uniform();
        }
        return out;
    }

    @Test
    void sameKeyGivesSameSequence() {
        KeyedStream a = KeyedStream.of(SEED, 7, 42, Purpose.MATCHING);
        KeyedStream b = KeyedStream.of(SEED, 7, 42, Purpose.MATCHING);
        assertArrayEqualsBits(uniforms(a, 1000), uniforms(b, 1000));
        // reset() restarts the counter: the same key read again gives the same numbers.
        KeyedStream c = new KeyedStream(0).reset(Keyed.key(SEED, 7, 42, Purpose.MATCHING));
        assertArrayEqualsBits(uniforms(KeyedStream.of(SEED, 7, 42, Purpose.MATCHING), 50), uniforms(c, 50));
    }

    @Test
    void aStreamThatSkipsDrawsGoesOnWhereOneThatTookThemWould() {
        double[] whole = uniforms(KeyedStream.of(SEED, 5, 9, Purpose.TIE_DECAY), 40);
        double[] rest = uniforms(KeyedStream.of(SEED, 5, 9, Purpose.TIE_DECAY).skip(25), 15);
        assertArrayEquals(Arrays.copyOfRange(whole, 25, 40), rest);
        assertThrows(IllegalArgumentException.class, () -> KeyedStream.of(SEED, 5, 9, Purpose.TIE_DECAY).skip(-1));
    }

    @Test
    void drawsWithinOneStreamDiffer() {
        // The counter advances: consecutive draws are not one repeated value.
        double[] u = uniforms(KeyedStream.of(SEED, 0, 0, Purpose.SEEDS), 1000);
        assertEquals(1000, Arrays.stream(u).distinct().count());
    }

    @Test
    void eachKeyComponentChangesTheSequence() {
        double[] base = uniforms(KeyedStream.of(SEED, 3, 10, Purpose.TIES), 16);
        double[] otherSeed = uniforms(KeyedStream.of(SEED + 1, 3, 10, Purpose.TIES), 16);
        double[] otherTick = uniforms(KeyedStream.of(SEED, 4, 10, Purpose.TIES), 16);
        double[] otherAgent = uniforms(KeyedStream.of(SEED, 3, 11, Purpose.TIES), 16);
        double[] otherPurpose = uniforms(KeyedStream.of(SEED, 3, 10, Purpose.TIE_DECAY), 16);
        for (double[] other : new double[][] {otherSeed, otherTick, otherAgent, otherPurpose}) {
            // 16 doubles from 53 random bits each: a chance match of even one position is ~1e-15.
            for (int i = 0; i < base.length; i++) {
                assertNotEquals(base[i], other[i], "position " + i);
            }
        }
    }

    @Test
    void uniformIsInUnitIntervalWithMeanHalfAndVarianceTwelfth() {
        double[] u = uniforms(KeyedStream.of(SEED, 0, 1, Purpose.FIRM_DYNAMICS), N);
        double min = Arrays.stream(u).min().orElseThrow();
        double max = Arrays.stream(u).max().orElseThrow();
        assertTrue(min >= 0.0 && max < 1.0, "range [" + min + ", " + max + "]");
        double mean = Arrays.stream(u).average().orElseThrow();
        // Standard error of the mean of U(0,1): sqrt(1/12 / N) = 0.000913.
        assertEquals(0.5, mean, 5 * Math.sqrt(1.0 / 12 / N));
        double var = Arrays.stream(u).map(x -> (x - mean) * (x - mean)).sum() / (N - 1);
        // Var of U(0,1) is 1/12; the sample variance has sd sqrt((1/80 - 1/144) / N) = 0.000236.
        assertEquals(1.0 / 12, var, 5 * Math.sqrt((1.0 / 80 - 1.0 / 144) / N));
        // The lower and upper halves are equally likely (a bias towards one end would show here).
        long low = Arrays.stream(u).filter(x -> x < 0.5).count();
        assertEquals(N / 2.0, low, 5 * Math.sqrt(N * 0.25));
    }

    @Test
    void normalHasMeanZeroAndUnitSd() {
        KeyedStream s = KeyedStream.of(SEED, 0, 2, Purpose.MARKET);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double z = s.normal();
            assertTrue(Double.isFinite(z));
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / N;
        double var = sumSq / N - mean * mean;
        // SE of the mean: 1/sqrt(N) = 0.0032; SE of the sample variance of a normal: sqrt(2/N) = 0.0045.
        assertEquals(0.0, mean, 5 / Math.sqrt(N));
        assertEquals(1.0, var, 5 * Math.sqrt(2.0 / N));
    }

    @Test
    void normalTailsAreGaussian() {
        // The ziggurat treats the tail separately: check the shares beyond 1.96 and 3 sd.
        KeyedStream s = KeyedStream.of(SEED, 1, 9, Purpose.MARKET);
        int n = 400_000;
        int beyond196 = 0;
        int beyond3 = 0;
        for (int i = 0; i < n; i++) {
            double z = Math.abs(s.normal());
            beyond196 += z > 1.96 ? 1 : 0;
            beyond3 += z > 3 ? 1 : 0;
        }
        assertEquals(0.04999579, (double) beyond196 / n, 5 * Math.sqrt(0.05 * 0.95 / n));
        assertEquals(0.00269980, (double) beyond3 / n, 5 * Math.sqrt(0.0027 / n));
    }

    @Test
    void normalsAreAFunctionOfTheKeyAlone() {
        KeyedStream a = KeyedStream.of(SEED, 5, 5, Purpose.PROJECT);
        KeyedStream b = KeyedStream.of(SEED, 5, 5, Purpose.PROJECT);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.normal(), b.normal());
        }
        // Reset reuses the object: the same key gives the same normals again.
        assertEquals(KeyedStream.of(SEED, 6, 5, Purpose.PROJECT).normal(), a.reset(Keyed.key(SEED, 6, 5, Purpose.PROJECT)).normal());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 5, 50})
    void poissonMeanIsLambda(double lambda) {
        KeyedStream s = KeyedStream.of(SEED, 0, (long) (lambda * 10), Purpose.ENTRY);
        long sum = 0;
        for (int i = 0; i < N; i++) {
            int k = s.poisson(lambda);
            assertTrue(k >= 0);
            sum += k;
        }
        // A Poisson count has variance lambda, so the mean of N has SE sqrt(lambda / N).
        assertEquals(lambda, (double) sum / N, 5 * Math.sqrt(lambda / N));
    }

    @Test
    void poissonOfSmallMeanHasTheRightShareOfZeros() {
        // P(0) = exp(-0.3) = 0.7408: a check of the inversion's first step, not only of the mean.
        KeyedStream s = KeyedStream.of(SEED, 0, 99, Purpose.ENTRY);
        int zeros = 0;
        for (int i = 0; i < N; i++) {
            if (s.poisson(0.3) == 0) {
                zeros++;
            }
        }
        double p0 = Math.exp(-0.3);
        assertEquals(p0, (double) zeros / N, 5 * Math.sqrt(p0 * (1 - p0) / N));
    }

    @Test
    void poissonOfNonPositiveMeanIsZero() {
        KeyedStream s = KeyedStream.of(SEED, 0, 0, Purpose.ENTRY);
        assertEquals(0, s.poisson(0));
        assertEquals(0, s.poisson(-3));
    }

    @Test
    void chanceZeroNeverAndOneAlways() {
        KeyedStream s = KeyedStream.of(SEED, 0, 3, Purpose.VENTURE_CAPITAL);
        for (int i = 0; i < N; i++) {
            assertFalse(s.chance(0.0));
            assertTrue(s.chance(1.0));
        }
    }

    @Test
    void chanceFrequencyMatchesProbability() {
        KeyedStream s = KeyedStream.of(SEED, 0, 4, Purpose.VENTURE_CAPITAL);
        int hits = 0;
        for (int i = 0; i < N; i++) {
            if (s.chance(0.2)) {
                hits++;
            }
        }
        assertEquals(0.2, (double) hits / N, 5 * Math.sqrt(0.2 * 0.8 / N));
    }

    @Test
    void belowStaysInRangeAndHitsEveryValue() {
        KeyedStream s = KeyedStream.of(SEED, 0, 5, Purpose.NETWORK_SAMPLE);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[s.below(7)]++;  // an out-of-range value would throw here
        }
        for (int c : counts) {
            // Each value expected 10 000 times, sd sqrt(70000 * 1/7 * 6/7) = 92.6.
            assertEquals(10_000, c, 5 * 92.6);
        }
    }

    @Test
    void clippedNormalStaysInUnitInterval() {
        KeyedStream s = KeyedStream.of(SEED, 0, 6, Purpose.SETUP_FIRM);
        for (int i = 0; i < 10_000; i++) {
            double v = s.clippedNormal(0.5, 2.0);  // wide spread: many values would fall outside
            assertTrue(v >= 0.0 && v <= 1.0, "value " + v);
        }
    }

    private static void assertArrayEqualsBits(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), "position " + i);
        }
    }
}
