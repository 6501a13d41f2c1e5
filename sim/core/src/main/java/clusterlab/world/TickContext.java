package clusterlab.world;

import clusterlab.firms.ChunkRunner;
import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.Scenario;

/**
 * What a stage needs to do its work: the world, the scenario's parameters, the run seed, the
 * current tick with its calendar, and the chunk runner for parallel passes over the firms.
 */
public final class TickContext {
    public final World world;
    public final Scenario scenario;
    public final long seed;
    public final ChunkRunner runner;
    private int tick;

    public TickContext(World world, Scenario scenario, long seed, ChunkRunner runner) {
        this.world = world;
        this.scenario = scenario;
        this.seed = seed;
        this.runner = runner;
    }

    public int tick() {
        return tick;
    }

    public void setTick(int tick) {
        this.tick = tick;
    }

    /** Fiscal year of the current tick. */
    public int fiscalYear() {
        return Calendar.fiscalYear(scenario.startFiscalYear(), tick);
    }

    /** Whether this tick is April, the first month of a fiscal year. */
    public boolean fiscalYearStarts() {
        return Math.floorMod(tick, 12) == 0;
    }

    /** Whether this tick is March, the last month of a fiscal year. */
    public boolean fiscalYearEnds() {
        return Math.floorMod(tick, 12) == 11;
    }

    /** A fresh stream of draws for one agent and purpose in this tick. */
    public KeyedStream stream(long agent, Purpose purpose) {
        return new KeyedStream(Keyed.key(seed, tick, agent, purpose));
    }
}
