package clusterlab.parallel;

/**
 * Runs two independent pieces of work, side by side where threads allow, and returns when both
 * are done. The pieces must not write the same memory; given that, the result is the same
 * whether they run together or one after the other.
 */
@FunctionalInterface
public interface SideBySide {
    void run(Runnable first, Runnable second);

    /** One after the other, on the calling thread. */
    SideBySide SEQUENTIAL = (first, second) -> {
        first.run();
        second.run();
    };
}
