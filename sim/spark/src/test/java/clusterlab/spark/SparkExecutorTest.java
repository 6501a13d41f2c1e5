package clusterlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.experiment.LocalExecutor;
import clusterlab.experiment.RunExecutor;
import clusterlab.experiment.Sweep;
import clusterlab.experiment.SweepExecutors;
import clusterlab.experiment.SweepFile;
import clusterlab.experiment.SweepListener;
import clusterlab.experiment.SweepPlan;
import clusterlab.output.FolderComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance check of the Spark executor: in local[2] mode it equals the local executor run by run. */
class SparkExecutorTest {
    private static final Path SWEEP = Path.of("../core/src/test/resources/sweep-kill.yaml");

    @TempDir
    Path dir;

    @AfterAll
    static void stopSpark() {
        SparkContext.getOrCreate().stop();
    }

    private Sweep.Result sweep(RunExecutor executor, Path out) throws Exception {
        SweepPlan plan = SweepPlan.of(SweepFile.load(SWEEP, List.of()));
        return Sweep.run(plan, out, executor, SweepListener.NONE, new AtomicBoolean());
    }

    @Test
    void sparkInLocalModeWritesTheSameRunsAsTheLocalExecutor() throws Exception {
        RunExecutor spark = SweepExecutors.create("spark", 2);
        assertEquals("spark", spark.describe(), "found through the service loader");
        Sweep.Result s = sweep(spark, dir.resolve("spark"));
        Sweep.Result l = sweep(new LocalExecutor(2), dir.resolve("local"));
        assertEquals(36, s.complete());
        assertEquals(36, l.complete());
        List<String> runs;
        try (Stream<Path> list = Files.list(dir.resolve("local").resolve("runs"))) {
            runs = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(36, runs.size());
        for (String id : runs) {
            FolderComparison.Result same = FolderComparison.compareTables(dir.resolve("local/runs").resolve(id),
                    dir.resolve("spark/runs").resolve(id));
            assertTrue(same.identical() && same.compared().size() >= 7, id + " differs: " + same.differing());
        }
        for (String table : List.of("runs.csv", "summary_fiscal_year.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(table)),
                    Files.readString(dir.resolve("spark").resolve(table)), table);
        }
    }
}
