package clusterlab.firms;

/** Steps every live firm one month and leaves per-region totals in {@code sums}. */
public interface FirmStepper {
    /**
     * @param fieldShock this month's log-growth shock of each field's market
     * @param sums per-chunk, per-region totals (reset here)
     */
    void step(FirmTable t, double[] fieldShock, long seed, int tick, ChunkRunner runner, ChunkSums sums);

    /** The stepper of a kind, applying the rules of {@link FirmKernel}. */
    static FirmStepper of(KernelKind kind, FirmKernel rules) {
        return kind == KernelKind.reference ? new ReferenceKernel(rules) : rules;
    }
}
