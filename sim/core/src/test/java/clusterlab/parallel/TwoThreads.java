package clusterlab.parallel;

/** A {@link SideBySide} that really runs the second piece on another thread, for tests. */
public final class TwoThreads {
    public static final SideBySide SIDE_BY_SIDE = (first, second) -> {
        Thread other = new Thread(second);
        other.start();
        first.run();
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    };

    private TwoThreads() {
    }
}
