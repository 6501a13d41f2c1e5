package clusterlab.model;

import clusterlab.metrics.IndicatorSink;
import clusterlab.scenario.Scenario;
import java.util.function.Consumer;

/** Runs a model in-process for tests, without a run folder. */
public final class Runs {
    private Runs() {
    }

    /**
     * Builds and runs the whole horizon of {@code s}, spin-up included; {@code started} sees the model
     * at rest after the spin-up, before the first reported month.
     */
    public static ClusterModel run(Scenario s, long seed, double scale, IndicatorSink sink, Consumer<ClusterModel> started) {
        ClusterModel model = new ClusterModel(s, seed, scale, 2, sink);
        model.start();
        while (model.ticksDone() < 0) {
            model.schedule.step(model);
        }
        started.accept(model);
        while (model.ticksDone() < s.ticks()) {
            model.schedule.step(model);
        }
        model.finish();
        return model;
    }
}
