package clusterlab.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Fixed-size chunking, run serially or in parallel. */
class ChunkRunnerTest {
    private static final int C = ChunkRunner.CHUNK_ROWS;

    @Test
    void chunkCountRoundsUp() {
        assertEquals(0, ChunkRunner.chunks(0));
        assertEquals(1, ChunkRunner.chunks(1));
        assertEquals(1, ChunkRunner.chunks(C));
        assertEquals(2, ChunkRunner.chunks(C + 1));
        assertEquals(10, ChunkRunner.chunks(10 * C));
    }

    @Test
    void atLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkRunner(0));
    }

    @Test
    void chunksCoverEveryRowExactlyOnce() {
        // Row counts: empty, one short chunk, exact multiple, and a ragged last chunk.
        for (int threads : new int[] {1, 4}) {
            try (ChunkRunner runner = new ChunkRunner(threads)) {
                for (int rows : new int[] {0, 17, 3 * C, 7 * C + 123}) {
                    AtomicIntegerArray visits = new AtomicIntegerArray(Math.max(1, rows));
                    AtomicIntegerArray chunkCalls = new AtomicIntegerArray(Math.max(1, ChunkRunner.chunks(rows)));
                    runner.forEachChunk(rows, (chunk, from, to) -> {
                        // A chunk's bounds follow from its number alone, not from scheduling.
                        assertEquals(chunk * C, from);
                        assertEquals(Math.min(rows, (chunk + 1) * C), to);
                        chunkCalls.incrementAndGet(chunk);
                        for (int r = from; r < to; r++) {
                            visits.incrementAndGet(r);
                        }
                    });
                    for (int r = 0; r < rows; r++) {
                        assertEquals(1, visits.get(r), "row " + r + ", rows=" + rows + ", threads=" + threads);
                    }
                    for (int c = 0; c < ChunkRunner.chunks(rows); c++) {
                        assertEquals(1, chunkCalls.get(c), "chunk " + c);
                    }
                    if (rows == 0) {
                        assertEquals(0, visits.get(0), "no rows, no calls");
                    }
                }
            }
        }
    }

    @Test
    void parallelRunnerReallyUsesSeveralThreads() {
        // With 4 threads and 64 chunks that each wait a little, more than one thread does work;
        // otherwise the determinism tests elsewhere would not be testing anything parallel.
        java.util.Set<Thread> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (ChunkRunner runner = new ChunkRunner(4)) {
            assertEquals(4, runner.threads());
            runner.forEachChunk(64 * C, (chunk, from, to) -> {
                seen.add(Thread.currentThread());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertEquals(true, seen.size() > 1, "threads used: " + seen.size());
    }
}
