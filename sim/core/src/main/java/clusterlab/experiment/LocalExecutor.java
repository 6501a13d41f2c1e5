package clusterlab.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs on a pool of worker threads in this JVM, one whole run per worker at a time (each run
 * single-threaded), so a warm JVM serves every run and workers never wait on one another.
 * Outcomes reach the listener one at a time, in the order runs end. Runs may share a spin-up cache:
 * workers wanting the same world wait for the one spinning it up.
 */
public final class LocalExecutor implements RunExecutor {
    private final int workers;
    private final Path spinupCache;

    public LocalExecutor(int workers) {
        this(workers, null);
    }

    /** @param spinupCache the folder of the spin-up cache its runs share (null: none) */
    public LocalExecutor(int workers, Path spinupCache) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.spinupCache = spinupCache;
    }

    @Override
    public void execute(List<PlannedRun> pending, Path sweepDir, SweepListener listener, AtomicBoolean stop) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "clusterlab-sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(pending.size());
            for (PlannedRun run : pending) {
                futures.add(pool.submit(() -> {
                    if (stop.get()) {
                        return;
                    }
                    RunOutcome outcome = RunTask.execute(run, sweepDir, spinupCache, stop);
                    synchronized (listener) {
                        listener.finished(outcome);
                    }
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep worker failed", e.getCause());
        }
    }

    @Override
    public String describe() {
        return "local, " + workers + (workers == 1 ? " worker" : " workers");
    }
}
