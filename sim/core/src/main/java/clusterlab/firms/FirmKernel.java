package clusterlab.firms;

import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.FinanceParams;
import clusterlab.scenario.FirmParams;

/**
 * The monthly update of every firm, run in parallel chunks over the {@link FirmTable}: sales
 * follow a multiplicative random walk (firm shock, shared field-market shock, and a capability
 * premium, fast growth while a start-up, volatility falling with size, and occasional lumpy
 * events; corrected so that expected sales grow at the drift, not faster), employment adjusts towards what sales need, costs and loan service come out of cash,
 * and firms close after persistent losses, insolvency, a start-up running out of cash, or an
 * outside hazard. Each firm's update reads and writes only its own row and draws from its own
 * keyed stream; per-region totals go to per-chunk sums. So the result is independent of thread
 * count and chunk scheduling.
 */
public final class FirmKernel implements FirmStepper {
    /** Quantities summed per region by the kernel. */
    public static final int SALES = 0;
    public static final int PROFIT = 1;
    public static final int EXITS = 2;
    public static final int STARTUP_FAILURES = 3;
    public static final int INCUBATOR_RELEASES = 4;
    public static final int PRINCIPAL = 5;
    public static final int EXITED_CASH = 6;
    public static final int EXITED_DEBT = 7;
    public static final int PARTICIPANT_SALES = 8;
    public static final int PARTICIPANT_PROFIT = 9;
    public static final int PAYOUTS = 10;
    public static final int QUANTITIES = 11;

    private final FirmParams fp;
    private final FinanceParams fin;
    private final double loanInterestPerMonth;
    private final double volatilityPerMonth;
    private final double lumpyPerMonth;
    /**
     * Itô correction of the shocks common to all sizes (market and lumpy events): exp(X) has mean
     * above 1, so the drift of log sales is lowered to keep expected sales growing at the drift.
     */
    private final double commonItoPerMonth;

    public FirmKernel(FirmParams fp, FinanceParams fin) {
        this.fp = fp;
        this.fin = fin;
        this.loanInterestPerMonth = fin.loanInterestPerYear() / 12.0;
        this.volatilityPerMonth = fp.salesVolatilityPerYear() / Math.sqrt(12.0);
        this.lumpyPerMonth = fp.lumpyShocksPerYear() / 12.0;
        double market = fp.marketVolatilityPerYear() / Math.sqrt(12.0);
        double jump = fp.lumpyShockSize();
        this.commonItoPerMonth = 0.5 * market * market + Math.log1p(lumpyPerMonth * Math.expm1(0.5 * jump * jump));
    }

    /** Steps every live firm one month, in fixed chunks on the runner's threads. */
    @Override
    public void step(FirmTable t, double[] fieldShock, long seed, int tick, ChunkRunner runner, ChunkSums sums) {
        sums.reset(t.size());
        long tickKey = Keyed.tickKey(seed, tick);
        runner.forEachChunk(t.size(), (chunk, from, to) -> {
            KeyedStream rng = new KeyedStream(0);
            for (int r = from; r < to; r++) {
                if (t.alive(r)) {
                    rng.reset(firmKey(tickKey, t.id[r]));
                    stepFirm(t, r, fieldShock, rng, chunk, sums);
                }
            }
        });
    }

    private static long firmKey(long tickKey, int firmId) {
        return Keyed.key(tickKey, firmId, Purpose.FIRM_DYNAMICS);
    }

    /** Steps the live firm in one row (for the reference kernel), its totals into the row's chunk. */
    void stepRow(FirmTable t, int r, double[] fieldShock, long tickKey, ChunkSums sums) {
        KeyedStream rng = new KeyedStream(firmKey(tickKey, t.id[r]));
        stepFirm(t, r, fieldShock, rng, r / ChunkRunner.CHUNK_ROWS, sums);
    }

    private void stepFirm(FirmTable t, int r, double[] fieldShock, KeyedStream rng, int chunk, ChunkSums sums) {
        double cap = t.capability[r];
        boolean startup = t.has(r, FirmTable.STARTUP);
        double drift = fp.salesDriftPerYear() + fp.capabilityGrowthPerYear() * (cap - 0.5)
                + (startup ? fp.startupGrowthPerYear() : 0);
        double sigma = volatilityPerMonth
                * Math.pow(t.employees[r] / fp.volatilityReferenceEmployees(), -fp.volatilitySizeElasticity());
        double growth = drift / 12.0 - 0.5 * sigma * sigma - commonItoPerMonth + sigma * rng.normal()
                + fieldShock[t.field[r]];
        if (rng.chance(lumpyPerMonth)) {
            growth += fp.lumpyShockSize() * rng.normal();
        }
        double sales = t.sales[r] * Math.exp(growth);
        t.sales[r] = sales;

        double needed = sales / Productivity.salesPerEmployeeMonth(cap, fp);
        double employees = Math.max(1.0, t.employees[r] + fp.employmentAdjustmentPerMonth() * (needed - t.employees[r]));
        t.employees[r] = employees;

        boolean incubated = t.has(r, FirmTable.INCUBATED);
        double burn = startup ? fin.startupBurnOkuPerMonth() * (incubated ? 1.0 - fin.incubatorBurnReduction() : 1.0) : 0;
        double interest = t.debt[r] * loanInterestPerMonth;
        double costs = (fp.materialShare() + fp.rdIntensity()) * sales
                + fp.wageOkuPerEmployeeYear() / 12.0 * employees + burn + interest;
        double profit = sales - costs;
        double principal = Math.min(t.repayment[r], t.debt[r]);
        t.cash[r] += profit - principal;
        t.debt[r] -= principal;
        if (t.debt[r] <= 1e-12) {
            t.debt[r] = 0;
            t.repayment[r] = 0;
        }
        // Start-ups are expected to lose money: only an established firm's losses count towards exit.
        t.lossMonths[r] = profit < 0 && !startup ? t.lossMonths[r] + 1 : 0;
        // Surplus cash above the buffer goes to the owners of an established firm.
        double surplus = startup ? 0 : t.cash[r] - fp.cashBufferMonths() * sales;
        if (surplus > 0) {
            t.cash[r] -= surplus;
            sums.add(chunk, t.region[r], PAYOUTS, surplus);
        }
        t.ageMonths[r]++;

        int region = t.region[r];
        sums.add(chunk, region, SALES, sales);
        sums.add(chunk, region, PROFIT, profit);
        sums.add(chunk, region, PRINCIPAL, principal);
        if (t.has(r, FirmTable.PARTICIPANT)) {
            sums.add(chunk, region, PARTICIPANT_SALES, sales);
            sums.add(chunk, region, PARTICIPANT_PROFIT, profit);
        }
        if (incubated && ++t.incubatedMonths[r] >= fin.incubatorMonths()) {
            t.set(r, FirmTable.INCUBATED, false);
            sums.add(chunk, region, INCUBATOR_RELEASES, 1);
            incubated = false;
        }
        if (startup && t.ageMonths[r] >= fin.startupPhaseMonths()) {
            t.set(r, FirmTable.STARTUP, false);
        }
        boolean closes = startup
                ? t.cash[r] < 0
                : t.lossMonths[r] >= fp.exitAfterLossMonths() || t.cash[r] < -fp.insolvencyMonthsOfSales() * sales;
        if (closes || rng.chance(fp.exitHazardPerYear() / 12.0)) {
            t.kill(r);
            sums.add(chunk, region, EXITS, 1);
            // The closed firm's cash goes to its owners and its debt is written off by the banks.
            sums.add(chunk, region, EXITED_CASH, t.cash[r]);
            sums.add(chunk, region, EXITED_DEBT, t.debt[r]);
            if (startup) {
                sums.add(chunk, region, STARTUP_FAILURES, 1);
            }
            if (incubated) {
                sums.add(chunk, region, INCUBATOR_RELEASES, 1);
            }
        }
    }
}
