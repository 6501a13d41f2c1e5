package clusterlab.model;

import clusterlab.firms.ChunkRunner;
import clusterlab.firms.KernelKind;
import clusterlab.metrics.IndicatorSink;
import clusterlab.scenario.Scenario;
import clusterlab.stages.FirmDynamicsStage;
import clusterlab.stages.KnowledgeStage;
import clusterlab.stages.MatchingStage;
import clusterlab.stages.MeasurementStage;
import clusterlab.stages.NetworkStage;
import clusterlab.stages.PolicyStage;
import clusterlab.stages.ProjectStage;
import clusterlab.stages.StartupFinanceStage;
import clusterlab.world.Stage;
import clusterlab.world.TickContext;
import clusterlab.world.World;
import clusterlab.world.WorldBuilder;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The MASON model: one tick is one month, tick 0 is April of the scenario's first fiscal year.
 * A fresh model first simulates the scenario's spin-up years as negative ticks (measured, not
 * reported), so the world is at rest at tick 0; MASON's schedule counts from its epoch, and the
 * model's tick is the schedule's time plus {@link #firstTick}.
 * {@link #start()} builds the world and puts the stages on the {@link Schedule}, each repeating
 * every tick with its position in {@link #stages()} as its ordering, so the per-tick order of
 * processes is data that can be printed. All randomness is keyed (see {@code clusterlab.random}),
 * so MASON's own generator is not used by the model.
 */
public final class ClusterModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final double scale;
    private final transient ChunkRunner runner;
    private final transient List<Stage> stages;
    private final transient FirmDynamicsStage firmStage;
    private final transient StageClock clock;
    private transient World world;
    private transient TickContext context;
    /** The model tick of the schedule's epoch: the spin-up's first month, or where a resumed run goes on. */
    private int firstTick;

    public ClusterModel(Scenario scenario, long seed, double scale, int threads, IndicatorSink sink) {
        this(scenario, seed, scale, threads, KernelKind.optimised, sink);
    }

    public ClusterModel(Scenario scenario, long seed, double scale, int threads, KernelKind kernel, IndicatorSink sink) {
        super(seed);
        this.scenario = scenario;
        this.scale = scale;
        this.runner = new ChunkRunner(threads);
        this.stages = stages(scenario, sink, kernel);
        this.firmStage = stages.stream().filter(FirmDynamicsStage.class::isInstance).map(FirmDynamicsStage.class::cast)
                .findFirst().orElseThrow();
        this.clock = new StageClock(stages.stream().map(Stage::name).toList());
    }

    /** The per-tick processes of the model (sim/ODD.md, section 3), in the order they run. */
    public static List<Stage> stages(Scenario scenario, IndicatorSink sink, KernelKind kernel) {
        int regions = scenario.regions().size();
        List<Stage> list = new ArrayList<>();
        list.add(new PolicyStage());
        list.add(new KnowledgeStage());
        list.add(new MatchingStage());
        list.add(new ProjectStage());
        list.add(new StartupFinanceStage());
        list.add(new FirmDynamicsStage(scenario, regions, kernel));
        list.add(new NetworkStage());
        list.add(new MeasurementStage(sink, regions));
        return List.copyOf(list);
    }

    /** The stage order as text, one line per stage. */
    public static List<String> describe(List<Stage> stages) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            lines.add(String.format("%d. %-17s %s", i + 1, stages.get(i).name(), stages.get(i).description()));
        }
        return lines;
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public void start() {
        super.start();
        long buildStart = System.nanoTime();
        world = WorldBuilder.build(scenario, scale, seed());
        PolicyStage.createProgrammes(world, scenario.programmes());
        clock.addBuild(System.nanoTime() - buildStart);
        scheduleStages(scenario.firstTick());
    }

    /**
     * Starts from a world saved by a checkpoint after {@code ticksDone} months, instead of
     * building one: the next step is month {@code ticksDone}. A fork goes on under this model's
     * own scenario: its programmes replace the saved ones, which is allowed only while none of
     * them has started, and every other parameter is read from the scenario month by month anyway.
     */
    public void resume(World saved, int ticksDone, boolean fork) {
        if (fork) {
            PolicyStage.checkFork(saved, scenario, ticksDone);
        }
        goOn(saved, ticksDone, fork);
    }

    /**
     * Starts from a world at rest at tick 0 (a cached spin-up, see {@code clusterlab.run.SpinupCache})
     * instead of building one and spinning it up: a fork from tick 0 under this model's own programmes,
     * which replace whatever programmes the world was spun up with (none of them has started).
     */
    public void continueAtRest(World atRest) {
        goOn(atRest, 0, true);
    }

    private void goOn(World saved, int ticksDone, boolean renewProgrammes) {
        super.start();
        world = saved;
        if (renewProgrammes) {
            PolicyStage.renewProgrammes(world, scenario);
        }
        scheduleStages(ticksDone);
    }

    private void scheduleStages(int first) {
        this.firstTick = first;
        context = new TickContext(world, scenario, seed(), runner);
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            int index = i;
            schedule.scheduleRepeating(Schedule.EPOCH, i, state -> {
                context.setTick(first + (int) Math.round(state.schedule.getTime()));
                long stageStart = System.nanoTime();
                stage.step(context);
                long elapsed = System.nanoTime() - stageStart;
                clock.addStage(index, elapsed);
                if (context.tick() < 0) {
                    clock.addSpinup(elapsed);
                }
            }, 1.0);
        }
    }

    @Override
    public void finish() {
        super.finish();
        runner.close();
    }

    /**
     * Reported months simulated so far: the next tick to run. Negative during the spin-up (−12 · spin-up
     * years before the first month), 0 when the world is at rest and the first reported month is next.
     */
    public int ticksDone() {
        double time = schedule.getTime();
        return firstTick + (time < Schedule.EPOCH ? 0 : (int) Math.round(time) + 1);
    }

    /** Where the run's time has gone so far. */
    public StageClock clock() {
        clock.setKernel(firmStage.firmUpdates(), firmStage.kernelNanos());
        return clock;
    }

    public World world() {
        return world;
    }

    public Scenario scenario() {
        return scenario;
    }
}
