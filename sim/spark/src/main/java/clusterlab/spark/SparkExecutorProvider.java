package clusterlab.spark;

import clusterlab.experiment.RunExecutor;
import clusterlab.experiment.SweepExecutors;

/** Makes {@code --executor spark} available when this module is on the class path (the job jar). */
public final class SparkExecutorProvider implements SweepExecutors.Provider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunExecutor create(int workers) {
        return new SparkExecutor(workers);
    }
}
