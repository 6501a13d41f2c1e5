package clusterlab.firms;

import clusterlab.parallel.SideBySide;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a body over the firm table in fixed-size chunks, in parallel when more than one thread is
 * allowed. The chunk size is fixed (not derived from the thread count) so that per-chunk partial
 * sums, merged in chunk order, are the same whatever the number of threads: floating-point
 * addition is not associative, and this is what keeps outputs byte-identical. The same threads
 * also run two independent pieces of work side by side ({@link SideBySide}) for the network and
 * the firm table's compaction.
 */
public final class ChunkRunner implements SideBySide, AutoCloseable {
    /** Rows per chunk: large enough to amortise scheduling, small enough to balance 16 cores. */
    public static final int CHUNK_ROWS = 4096;

    /** What to do with rows [from, to) of chunk number {@code chunk}. */
    @FunctionalInterface
    public interface Body {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ForkJoinPool pool;

    public ChunkRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    public int threads() {
        return threads;
    }

    /** Number of chunks covering {@code rows} rows. */
    public static int chunks(int rows) {
        return (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    /** Runs the body on every chunk and returns when all are done. */
    public void forEachChunk(int rows, Body body) {
        int n = chunks(rows);
        if (pool == null || n == 1) {
            for (int c = 0; c < n; c++) {
                body.run(c, c * CHUNK_ROWS, Math.min(rows, (c + 1) * CHUNK_ROWS));
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, n).parallel()
                .forEach(c -> body.run(c, c * CHUNK_ROWS, Math.min(rows, (c + 1) * CHUNK_ROWS)))).join();
    }

    /** Runs the two pieces on the pool's threads, or one after the other when there is one thread. */
    @Override
    public void run(Runnable first, Runnable second) {
        if (pool == null) {
            SEQUENTIAL.run(first, second);
            return;
        }
        pool.submit(() -> java.util.stream.Stream.of(first, second).parallel().forEach(Runnable::run)).join();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
