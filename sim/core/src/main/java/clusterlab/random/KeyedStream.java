package clusterlab.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian;

/**
 * A short sequence of draws for one key. Mutable and cheap; make one where it is used and never
 * share it between threads. Distributions are written out here so that a draw's meaning and its
 * place in the sequence are visible in one file.
 */
public final class KeyedStream implements UniformRandomProvider {
    private long key;
    private int n;
    /** Standard normals from this stream's own draws, made on first use. */
    private NormalizedGaussian gaussian;

    public KeyedStream(long key) {
        this.key = key;
    }

    /** A stream for (seed, tick, agent, purpose). */
    public static KeyedStream of(long seed, int tick, long agent, Purpose purpose) {
        return new KeyedStream(Keyed.key(seed, tick, agent, purpose));
    }

    /** Restarts this stream on another key, so hot loops need no allocation. */
    public KeyedStream reset(long newKey) {
        this.key = newKey;
        this.n = 0;
        return this;
    }

    /**
     * Moves past the next {@code draws} draws, as if they had been taken: each draw is a function
     * of the key and its number, so work that would take a stream's draws in turn can be split,
     * each part starting where the parts before it end.
     */
    public KeyedStream skip(int draws) {
        if (draws < 0) {
            throw new IllegalArgumentException("cannot skip back: " + draws);
        }
        n += draws;
        return this;
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return Keyed.unit(nextLong());
    }

    /** The next 64 random bits of the stream: what samplers of Commons RNG draw from. */
    @Override
    public long nextLong() {
        return Keyed.bits(key, n++);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return uniform() < p;
    }

    /** Uniform integer in [0, bound). */
    public int below(int bound) {
        return (int) (uniform() * bound);
    }

    /** Puts {@code a} in uniformly random order, in place (Fisher–Yates). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = below(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * A whole count with mean {@code mean}: its integer part, plus one with the chance of the
     * fractional part (so 1.5 researchers per project is one or two, never one and a half).
     */
    public int roundedCount(double mean) {
        double whole = Math.floor(mean);
        return (int) whole + (chance(mean - whole) ? 1 : 0);
    }

    /**
     * Standard normal, by Commons RNG's modified ziggurat (McFarland 2016): usually one draw and no
     * logarithm or cosine, several times faster than Box-Muller in the firm kernel. How many draws
     * it takes depends only on the stream's bits, never on the caller's parameters, so runs that
     * differ only in parameters still share their random numbers.
     */
    public double normal() {
        if (gaussian == null) {
            gaussian = NormalizedGaussian.of(this);
        }
        return gaussian.sample();
    }

    /**
     * Poisson count with mean {@code lambda}: inversion for small means, a rounded normal
     * approximation above 30 where inversion would take many draws.
     */
    public int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
        }
        double u = uniform();
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }

    /** A value in [0, 1] from a normal with this mean and spread, clipped. */
    public double clippedNormal(double mean, double sd) {
        return Math.min(1.0, Math.max(0.0, mean + sd * normal()));
    }
}
