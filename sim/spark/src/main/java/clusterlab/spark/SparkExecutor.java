package clusterlab.spark;

import clusterlab.experiment.PlannedRun;
import clusterlab.experiment.RunExecutor;
import clusterlab.experiment.RunOutcome;
import clusterlab.experiment.RunTask;
import clusterlab.experiment.SweepListener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep's pending runs as Spark tasks, each task one or more whole runs through
 * {@link RunTask#execute}, the function the local executor calls; so a run's folder is the same
 * byte for byte whichever executor made it. The sweep folder must be on storage that the driver
 * and every executor see at the same path (a shared file system), because runs write there
 * directly and the driver then reads them for the sweep's tables.
 *
 * <p>Under spark-submit the master comes from its configuration; started any other way (tests,
 * a plain java command), Spark runs in local mode with {@code workers} threads.
 */
final class SparkExecutor implements RunExecutor {
    /** Tasks per core of the cluster: small enough for balance, large enough that task overhead stays negligible. */
    private static final int TASKS_PER_CORE = 4;
    private final int workers;

    SparkExecutor(int workers) {
        this.workers = workers;
    }

    @Override
    public void execute(List<PlannedRun> pending, Path sweepDir, SweepListener listener, AtomicBoolean stop) {
        if (pending.isEmpty()) {
            return;
        }
        SparkConf conf = new SparkConf().setAppName("clusterlab sweep " + sweepDir.getFileName())
                .setIfMissing("spark.master", "local[" + workers + "]")
                .setIfMissing("spark.ui.enabled", "false");
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        int slices = Math.min(pending.size(), Math.max(1, sc.defaultParallelism() * TASKS_PER_CORE));
        String dir = sweepDir.toAbsolutePath().toString();
        JavaFutureAction<List<RunOutcome>> job = sc.parallelize(pending, slices)
                .map(run -> RunTask.execute(run, Path.of(dir), new AtomicBoolean()))
                .collectAsync();
        List<RunOutcome> outcomes = await(job, stop);
        for (RunOutcome o : outcomes) {
            listener.finished(o);
        }
    }

    /** The job's outcomes; on a stop request the job is cancelled (runs cut short leave only temporary folders). */
    private static List<RunOutcome> await(JavaFutureAction<List<RunOutcome>> job, AtomicBoolean stop) {
        while (true) {
            try {
                return job.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (stop.get()) {
                    job.cancel(true);
                    return List.of();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.cancel(true);
                return List.of();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the Spark job failed", e.getCause());
            }
        }
    }

    @Override
    public String describe() {
        return "spark";
    }
}
