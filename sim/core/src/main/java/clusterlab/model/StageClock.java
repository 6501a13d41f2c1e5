package clusterlab.model;

import java.util.List;

/**
 * Wall time spent in each stage and in building the world, for benchmarks and for finding which
 * process a large run spends its time in. Two clock reads per stage per month cost nothing
 * next to a stage, so the clock is always on.
 */
public final class StageClock {
    private final List<String> names;
    private final long[] nanos;
    private long buildNanos;
    private long spinupNanos;
    private long firmUpdates;
    private long kernelNanos;

    StageClock(List<String> names) {
        this.names = List.copyOf(names);
        this.nanos = new long[names.size()];
    }

    void addStage(int stage, long elapsedNanos) {
        nanos[stage] += elapsedNanos;
    }

    void addBuild(long elapsedNanos) {
        buildNanos += elapsedNanos;
    }

    void addSpinup(long elapsedNanos) {
        spinupNanos += elapsedNanos;
    }

    void setKernel(long updates, long elapsedNanos) {
        firmUpdates = updates;
        kernelNanos = elapsedNanos;
    }

    /** Firm-updates done by the firm kernel so far: one per live firm per month. */
    public long firmUpdates() {
        return firmUpdates;
    }

    /** Seconds spent in the firm kernel proper (part of the firm-dynamics stage). */
    public double kernelSeconds() {
        return kernelNanos / 1e9;
    }

    /** The stages' names, in the order they run. */
    public List<String> names() {
        return names;
    }

    /** Seconds spent in stage {@code stage} so far. */
    public double seconds(int stage) {
        return nanos[stage] / 1e9;
    }

    /** Seconds spent in the spin-up's months (every stage), before the first reported month. */
    public double spinupSeconds() {
        return spinupNanos / 1e9;
    }

    /** Seconds spent building the world. */
    public double buildSeconds() {
        return buildNanos / 1e9;
    }
}
