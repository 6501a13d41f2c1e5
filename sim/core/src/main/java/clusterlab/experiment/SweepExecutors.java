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
        if (name.equals("local")) {
            return new LocalExecutor(workers);
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
