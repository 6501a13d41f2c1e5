package clusterlab.firms;

import clusterlab.random.Keyed;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The reference implementation of the firm stage, written the way MASON models usually are: one
 * {@link Steppable} object per firm, put on a MASON {@link Schedule} with
 * {@code scheduleRepeating} when the firm appears, stepped by the schedule once a month on one
 * thread, and stopped when the firm closes. Each object finds its row by the firm's id and
 * applies {@link FirmKernel}'s rules to it.
 *
 * <p>MASON shuffles agents that share an ordering (and in MASON 18 this cannot be switched off), so
 * each firm's ordering is its id: the schedule then steps firms in id order, which is table order,
 * and their totals go into the same chunk blocks in the same order as the kernel's. So the
 * floating-point sums, and so every output, are identical to the kernel's.
 */
final class ReferenceKernel implements FirmStepper {
    /** One firm as an object of its own. */
    private final class FirmAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int id;
        private Stoppable repeat;

        FirmAgent(int id) {
            this.id = id;
        }

        @Override
        public void step(SimState state) {
            int row = table.rowOf(id);
            // Another stage may have closed the firm earlier this month.
            if (row >= 0 && table.alive(row)) {
                rules.stepRow(table, row, shock, tickKey, sums);
            }
        }
    }

    private final FirmKernel rules;
    /** Holds the MASON schedule that steps the firm objects (its own random generator is unused). */
    private final SimState mason = new SimState(0);
    private final Map<Integer, FirmAgent> agents = new HashMap<>();
    /** Ids of the firms that have an object on the schedule. */
    private final BitSet scheduled = new BitSet();
    private double month = Schedule.EPOCH;
    // This month's context, read by the agents as they step.
    private FirmTable table;
    private double[] shock;
    private long tickKey;
    private ChunkSums sums;

    ReferenceKernel(FirmKernel rules) {
        this.rules = rules;
    }

    @Override
    public void step(FirmTable t, double[] fieldShock, long seed, int tick, ChunkRunner runner, ChunkSums sums) {
        this.table = t;
        this.shock = fieldShock;
        this.tickKey = Keyed.tickKey(seed, tick);
        this.sums = sums;
        sums.reset(t.size());
        for (int r = 0; r < t.size(); r++) {
            if (t.alive(r) && !scheduled.get(t.id[r])) {
                FirmAgent agent = new FirmAgent(t.id[r]);
                agent.repeat = mason.schedule.scheduleRepeating(month, agent.id, agent, 1.0);
                agents.put(agent.id, agent);
                scheduled.set(agent.id);
            }
        }
        mason.schedule.step(mason);
        month += 1.0;
        // Every closure shows as a dead row before the table is compacted: stop that firm's object.
        for (int r = 0; r < t.size(); r++) {
            if (!t.alive(r)) {
                FirmAgent gone = agents.remove(t.id[r]);
                if (gone != null) {
                    gone.repeat.stop();
                    scheduled.clear(gone.id);
                }
            }
        }
    }
}
