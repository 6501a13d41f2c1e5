package clusterlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C or SIGTERM during long work: a shutdown hook sets {@link #stop}, waits while the work
 * closes its files and marks them, then ends the process with code 130. The work polls
 * {@code stop} between units (months, runs), and calls {@link #finished} once its files are final.
 */
final class SignalGuard implements AutoCloseable {
    /** How long a signal waits for the work to close its files before the process ends anyway. */
    private static final long GRACE_SECONDS = 60;

    final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    SignalGuard() {
        hook = new Thread(() -> {
            stop.set(true);
            try {
                closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(Main.INTERRUPTED);
        }, "clusterlab-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Work is over: a signal from now on ends the process as usual. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it waits for finished(), then exits with 130.
        }
    }

    /** The files are final; a hook that is waiting may now end the process. */
    void finished() {
        closed.countDown();
    }
}
