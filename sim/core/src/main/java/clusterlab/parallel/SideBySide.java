package clusterlab.parallel;

/**
 * Runs two independent pieces of work, side by side where threads allow, and returns when both
 * are done. The pieces must not write the same memory; given that, the result is the same
 * whether they run together or one after the other.
 */
@FunctionalInterface
public interface SideBySide {
    void run(Runnable first, Runnable second);

    /**
     * Where to split a row of pieces of work so that the two sides get about the same: the index
     * of the first piece of the second side, chosen so that the heavier side weighs as little as
     * it can (the lowest such index on a tie).
     */
    static int halfway(long[] weights) {
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        int best = 0;
        long bestHeavier = total;
        long before = 0;
        for (int i = 1; i <= weights.length; i++) {
            before += weights[i - 1];
            long heavier = Math.max(before, total - before);
            if (heavier < bestHeavier) {
                best = i;
                bestHeavier = heavier;
            }
        }
        return best;
    }

    /** One after the other, on the calling thread. */
    SideBySide SEQUENTIAL = (first, second) -> {
        first.run();
        second.run();
    };
}
