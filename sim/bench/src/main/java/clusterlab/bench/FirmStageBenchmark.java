package clusterlab.bench;

import clusterlab.firms.ChunkRunner;
import clusterlab.firms.ChunkSums;
import clusterlab.firms.FirmKernel;
import clusterlab.firms.FirmStepper;
import clusterlab.firms.FirmTable;
import clusterlab.firms.KernelKind;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.world.World;
import clusterlab.world.WorldBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One month of the firm stage over the baseline's firms (133,521 at the baseline's sample), by
 * the optimised kernel on {@code threads} threads or by the reference (one MASON Steppable per
 * firm). One operation is one firm stepped one month; the score is nanoseconds per firm-update
 * (firm-updates per second = 1e9 / score).
 *
 * <p>Steady state, as inside a long run: the stepper (with the reference's firm objects) and the
 * thread pool live for the whole trial and have stepped a month before measuring starts, while
 * each measured month starts from a freshly built table (built outside the timing), so exits do
 * not thin the table as a measurement goes on and the operation count stays exact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 30)
@Fork(1)
public class FirmStageBenchmark {
    /** Firms of the baseline at its firm sample; an operation count must be a constant. */
    private static final int FIRMS = 133_521;

    @Param({"optimised", "reference"})
    public String kernel;

    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;
    private FirmTable table;
    private FirmStepper stepper;
    private ChunkRunner runner;
    private ChunkSums sums;
    private double[] shock;
    private int tick;

    @Setup(Level.Trial)
    public void startTrial() {
        scenario = ScenarioLoader.load(Path.of(System.getProperty("clusterlab.scenario", "scenarios/baseline.yaml")),
                List.<Assignment>of()).scenario();
        stepper = FirmStepper.of(KernelKind.valueOf(kernel), new FirmKernel(scenario.firms(), scenario.finance()));
        runner = new ChunkRunner(threads);
        sums = new ChunkSums(scenario.regions().size(), FirmKernel.QUANTITIES);
        shock = new double[scenario.fields().size()];
        freshTable();
        month();
    }

    @Setup(Level.Invocation)
    public void freshTable() {
        World w = WorldBuilder.build(scenario, 1.0, scenario.seed());
        if (w.firms.size() != FIRMS) {
            throw new IllegalStateException("the baseline has " + w.firms.size() + " firms; update FIRMS");
        }
        table = w.firms;
    }

    @TearDown(Level.Trial)
    public void endTrial() {
        runner.close();
    }

    @Benchmark
    @OperationsPerInvocation(FIRMS)
    public ChunkSums month() {
        stepper.step(table, shock, 1L, tick++, runner, sums);
        return sums;
    }
}
