package clusterlab.experiment;

import clusterlab.scenario.ScenarioException;
import java.util.ServiceLoader;

/** The executors a sweep can use, by name: {@code local} here, others (Spark) from their own jars. */
public final class SweepExecutors {
    private SweepExecutors() {
    }

    /** An executor found on the class path, e.g. the Spark one in the job jar. */
    public interface Provider {
        String name();

        RunExecutor create(int workers);
    }

    public static RunExecutor create(String name, int workers) {
        return create(name, workers, null);
    }

    /**
     * As {@link #create(String, int)}, the local executor with the spin-up cache in {@code spinupCache}
     * (null: none). Others run without it: a folder of this machine means nothing on a Spark executor,
     * and a shared one would be written by many machines at once.
     */
    public static RunExecutor create(String name, int workers, java.nio.file.Path spinupCache) {
        if (name.equals("local")) {
            return new LocalExecutor(workers, spinupCache);
        }
        for (Provider p : ServiceLoader.load(Provider.class)) {
            if (p.name().equals(name)) {
                return p.create(workers);
            }
        }
        if (name.equals("spark")) {
            throw new ScenarioException("option '--executor': spark needs the Spark job jar "
                    + "(sim/spark/target/clusterlab-spark.jar) started by spark-submit; see docs/experiments.md, \"Sweeps on Spark\"");
        }
        throw new ScenarioException("option '--executor': unknown executor '" + name + "'; allowed: local, spark");
    }
}
