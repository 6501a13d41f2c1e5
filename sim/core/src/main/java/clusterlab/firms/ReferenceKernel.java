package clusterlab.firms;

import java.util.HashMap;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The reference implementation of the firm stage: one MASON {@link Steppable} object per firm,
 * kept across months and stepped one by one, in table order, on one thread. Each object finds its
 * row by the firm's id and applies {@link FirmKernel}'s rules to it. Totals go into the same
 * chunk blocks as the kernel's, so the floating-point sums, and so every output, are identical.
 */
final class ReferenceKernel implements FirmStepper {
    /** One firm as an object of its own. */
    private final class FirmAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int id;

        FirmAgent(int id) {
            this.id = id;
        }

        @Override
        public void step(SimState state) {
            int row = table.rowOf(id);
            rules.stepRow(table, row, shock, seed, tick, sums);
        }
    }

    private final FirmKernel rules;
    private final Map<Integer, FirmAgent> agents = new HashMap<>();
    // This month's context, read by the agents as they step.
    private FirmTable table;
    private double[] shock;
    private long seed;
    private int tick;
    private ChunkSums sums;

    ReferenceKernel(FirmKernel rules) {
        this.rules = rules;
    }

    @Override
    public void step(FirmTable t, double[] fieldShock, long seed, int tick, ChunkRunner runner, ChunkSums sums) {
        this.table = t;
        this.shock = fieldShock;
        this.seed = seed;
        this.tick = tick;
        this.sums = sums;
        sums.reset(t.size());
        for (int r = 0; r < t.size(); r++) {
            if (t.alive(r)) {
                // The stage holds no SimState (stages know nothing of MASON): agents read this month's context here.
                agents.computeIfAbsent(t.id[r], FirmAgent::new).step(null);
            }
        }
        agents.keySet().removeIf(id -> {
            int row = t.rowOf(id);
            return row < 0 || !t.alive(row);
        });
    }
}
