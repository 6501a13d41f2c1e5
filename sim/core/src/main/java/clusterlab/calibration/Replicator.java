package clusterlab.calibration;

import clusterlab.random.Keyed;
import clusterlab.run.Runner;
import clusterlab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs replications of a scenario, one per worker thread, and reads the figures from each. The
 * seeds are derived from the scenario's seed and the replication's index, the same for every
 * parameter value (common random numbers), so differences between evaluations come from the
 * parameters, not from the draws.
 */
final class Replicator implements AutoCloseable {
    /** Asked to stop: the evaluation in progress is abandoned. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final ExecutorService pool;
    private final AtomicBoolean stop;

    Replicator(int workers, AtomicBoolean stop) {
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "clusterlab-replication");
            t.setDaemon(true);
            return t;
        });
        this.stop = stop;
    }

    /** The seed of replication {@code index} of a scenario. */
    static long seed(Scenario s, int index) {
        return Keyed.derivedSeed(s.seed(), index);
    }

    /** values[figure][replication] for {@code replications} runs of the scenario. */
    double[][] run(Scenario s, List<Figure> figures, int replications) {
        List<Future<YearCapture>> runs = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
            long seed = seed(s, i);
            runs.add(pool.submit(() -> {
                YearCapture capture = new YearCapture();
                if (!Runner.simulate(s, seed, 1.0, 1, capture, stop)) {
                    throw new Stopped();
                }
                return capture;
            }));
        }
        double[][] values = new double[figures.size()][replications];
        for (int i = 0; i < replications; i++) {
            YearCapture capture = result(runs.get(i));
            for (int f = 0; f < figures.size(); f++) {
                values[f][i] = figures.get(f).value(capture);
            }
        }
        return values;
    }

    private static YearCapture result(Future<YearCapture> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("replication failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
