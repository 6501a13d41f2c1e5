package clusterlab.stages;

import clusterlab.firms.ChunkSums;
import clusterlab.firms.FirmKernel;
import clusterlab.firms.FirmStepper;
import clusterlab.firms.KernelKind;
import clusterlab.metrics.Indicator;
import clusterlab.money.Flow;
import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.FirmParams;
import clusterlab.scenario.Scenario;
import clusterlab.world.FirmFactory;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;

/**
 * Process 6, firm dynamics. Draws each field's market shock, runs the parallel {@link FirmKernel}
 * over all firms, books its per-region totals, then adds entrants in proportion to each region's
 * firms and attractiveness and, where enabled, firms relocating from outside into regions more
 * attractive than average. Dead firms leave the table here, at one fixed point of the tick.
 */
public final class FirmDynamicsStage extends NamedStage {
    /** Keys of relocating firms, apart from those of entrants. */
    private static final long RELOCATION_KEYS = 1L << 40;

    private final FirmStepper kernel;
    private final ChunkSums sums;
    private long firmUpdates;
    private long kernelNanos;

    public FirmDynamicsStage(Scenario s, int regions, KernelKind kind) {
        super("firm-dynamics",
                "sales, employment, costs and exits of every firm (parallel kernel); entry; relocation; compaction");
        this.kernel = FirmStepper.of(kind, new FirmKernel(s.firms(), s.finance()));
        this.sums = new ChunkSums(regions, FirmKernel.QUANTITIES);
    }

    /** Firm-updates so far (live firms stepped, summed over months). */
    public long firmUpdates() {
        return firmUpdates;
    }

    /** Nanoseconds spent in the kernel proper so far. */
    public long kernelNanos() {
        return kernelNanos;
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        FirmParams fp = t.scenario.firms();
        double[] shock = new double[w.fields.size()];
        double marketVol = fp.marketVolatilityPerYear() / Math.sqrt(12.0);
        for (int f = 0; f < shock.length; f++) {
            shock[f] = marketVol * t.stream(f, Purpose.MARKET).normal();
        }
        // After last month's compaction every row holds a live firm: one update each.
        firmUpdates += w.firms.size();
        long kernelStart = System.nanoTime();
        kernel.step(w.firms, shock, t.seed, t.tick(), t.runner, sums);
        kernelNanos += System.nanoTime() - kernelStart;
        double[][] totals = sums.merge();
        for (Region r : w.regions) {
            double[] q = totals[r.index];
            w.ledger.add(r.index, Indicator.SALES_OKU, q[FirmKernel.SALES]);
            w.ledger.add(r.index, Indicator.PROFIT_OKU, q[FirmKernel.PROFIT]);
            w.ledger.add(r.index, Indicator.PARTICIPANT_SALES_OKU, q[FirmKernel.PARTICIPANT_SALES]);
            w.ledger.add(r.index, Indicator.PARTICIPANT_PROFIT_OKU, q[FirmKernel.PARTICIPANT_PROFIT]);
            w.ledger.add(r.index, Indicator.FIRM_EXITS, q[FirmKernel.EXITS]);
            w.ledger.add(r.index, Indicator.STARTUP_FAILURES, q[FirmKernel.STARTUP_FAILURES]);
            r.releaseIncubatorPlaces((int) q[FirmKernel.INCUBATOR_RELEASES]);
            w.books.add(Flow.OPERATING_RESULT, q[FirmKernel.PROFIT]);
            w.books.add(Flow.LOAN_REPAYMENTS, q[FirmKernel.PRINCIPAL]);
            w.books.add(Flow.CASH_OF_EXITED_FIRMS, q[FirmKernel.EXITED_CASH]);
            w.books.add(Flow.PAYOUTS, q[FirmKernel.PAYOUTS]);
            w.books.add(Flow.LOAN_WRITE_OFFS, q[FirmKernel.EXITED_DEBT]);
        }
        enter(t, fp);
        w.firms.compact(t.runner);
        // Compaction moved rows: later stages pick firms by region through a fresh census.
        w.census.rebuild(w.firms, t.runner);
    }

    private static void enter(TickContext t, FirmParams fp) {
        World w = t.world;
        for (Region r : w.regions) {
            KeyedStream rng = t.stream(r.index, Purpose.ENTRY);
            double pull = Math.max(0.0, 1.0 + fp.attractivenessWeight() * (r.cluster.attractiveness - 1.0));
            int entrants = rng.poisson(fp.entryPerFirmPerYear() / 12.0 * r.knowledge.firms * pull);
            int movers = fp.relocationEnabled()
                    ? rng.poisson(fp.relocationPerFirmPerYear() / 12.0 * r.knowledge.firms * Math.max(0.0, r.cluster.attractiveness - 1.0))
                    : 0;
            for (int k = 0; k < entrants + movers; k++) {
                long key = Keyed.mix(((long) r.index << 20) ^ k) ^ (k < entrants ? 0 : RELOCATION_KEYS);
                int row = FirmFactory.entrant(w, t.stream(key, Purpose.ENTRY), r, t.scenario.population(), fp);
                w.books.add(Flow.ENTRY_CAPITAL, w.firms.cash[row]);
            }
            w.ledger.add(r.index, Indicator.FIRM_ENTRIES, entrants + movers);
        }
    }
}
